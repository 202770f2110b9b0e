package io.hedgecone.solver.linalg;

/**
 * Iterative refinement of K x = b using a factorization F of a regularised K: x ← x + F⁻¹(b − K x).
 * Regularisation perturbs the factored matrix by O(δ); each step shrinks the error by about ‖I − F⁻¹K‖, so a
 * few steps recover the accuracy of the unregularised system when δ·‖K⁻¹‖ ≪ 1.
 */
public final class IterativeRefinement {
    private IterativeRefinement() {}

    /**
     * Refines {@code x} in place. Allocates nothing.
     *
     * @param pattern  n×n upper-triangle pattern of the UNregularised K
     * @param values   its values, aligned with {@code pattern.values()}
     * @param factor   factorization of the regularised K (order n), already factored
     * @param b        right-hand side, length n (not modified)
     * @param x        initial solution (typically F⁻¹b), length n; overwritten with the refined solution
     * @param maxIter  maximum number of correction steps (0 = only measure the residual)
     * @param atol     absolute tolerance on ‖b − K x‖∞
     * @param rtol     tolerance relative to ‖b‖∞
     * @param r        scratch, length n (holds the residual of the returned x on exit)
     * @param trial    scratch, length n
     * @return ‖b − K x‖∞ for the returned x. Stops when it is ≤ atol + rtol·‖b‖∞, after {@code maxIter} steps, or
     *         when a step fails to decrease it (that step is then discarded).
     */
    public static double refine(CscMatrix pattern, double[] values, QuasiDefiniteLdl factor, double[] b, double[] x,
                                int maxIter, double atol, double rtol, double[] r, double[] trial) {
        int n = pattern.cols();
        if (factor.dimension() != n || b.length != n || x.length != n || r.length != n || trial.length != n)
            throw new IllegalArgumentException("dimension mismatch: K " + n + ", factor " + factor.dimension() + ", b " + b.length
                    + ", x " + x.length + ", r " + r.length + ", trial " + trial.length);
        if (values.length != pattern.nnz())
            throw new IllegalArgumentException("value array length " + values.length + " != pattern nnz " + pattern.nnz());
        double tol = atol + rtol * UpperSymmetric.infNorm(b, n);
        double norm = UpperSymmetric.residual(pattern, values, x, b, r);
        for (int it = 0; it < maxIter && norm > tol; it++) {
            factor.solve(r);                                       // r ← F⁻¹ r, the correction
            for (int i = 0; i < n; i++) trial[i] = x[i] + r[i];
            double next = UpperSymmetric.residual(pattern, values, trial, b, r);
            if (!(next < norm)) {                                  // no progress: keep x, restore its residual
                UpperSymmetric.residual(pattern, values, x, b, r);
                break;
            }
            System.arraycopy(trial, 0, x, 0, n);
            norm = next;
        }
        return norm;
    }

    /** Convenience overload that allocates its own scratch (2n doubles). */
    public static double refine(CscMatrix pattern, double[] values, QuasiDefiniteLdl factor, double[] b, double[] x,
                                int maxIter, double atol, double rtol) {
        int n = pattern.cols();
        return refine(pattern, values, factor, b, x, maxIter, atol, rtol, new double[n], new double[n]);
    }
}
