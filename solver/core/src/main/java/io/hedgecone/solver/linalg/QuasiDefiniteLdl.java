package io.hedgecone.solver.linalg;

/**
 * LDLᵀ factorization of a symmetric quasi-definite matrix K whose sparsity pattern is fixed at analysis time
 * (the upper triangle, diagonal included, in CSC). The interior-point method refactors the same pattern every
 * iteration with new values.
 */
public interface QuasiDefiniteLdl {
    /**
     * Numeric factorization with new values of the analysed upper-triangle pattern ({@code upperValues} is aligned
     * with the pattern's {@code values()} array). {@code signs[i]} ∈ {+1, −1} is the expected sign of the pivot of
     * row/column i in the original (unpermuted) ordering. A pivot d with {@code signs[i]·d < dynamicThreshold} is
     * replaced by {@code signs[i]·dynamicDelta} (dynamic regularisation); static regularisation is added to the
     * diagonal by the caller.
     *
     * @return the number of pivots regularised dynamically
     */
    int factor(double[] upperValues, int[] signs, double dynamicThreshold, double dynamicDelta);

    /** Solves L D Lᵀ x = b for the last factorization; {@code b} is overwritten with x. */
    void solve(double[] b);

    /** Threads the solves may use (results are the same with any); ignored by default. */
    default void useParallel(Parallel par) { }

    /** Order n of K. */
    int dimension();

    /** Nonzeros of L (strictly lower part), for reporting fill. */
    long factorNonzeros();
}
