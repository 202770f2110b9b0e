package io.hedgecone.solver.form;

import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.linalg.SparseLdl;

/**
 * Checks that a quadratic objective is convex (Q ⪰ 0 for minimization, Q ⪯ 0 for maximization) with a sparse
 * LDLᵀ of ±Q + εI over the variables Q couples; a diagonal Q is checked entry by entry.
 */
public final class ConvexityCheck {
    private ConvexityCheck() { }

    /** Throws {@link IllegalArgumentException} naming a variable along which the objective is not convex. */
    public static void requireConvex(ModelData d) {
        CscMatrix q = d.qUpper();
        if (q.nnz() == 0) return;
        double sign = d.maximize() ? -1 : 1;
        int n = q.cols();
        int[] cp = q.colPtr(), ri = q.rowIdx();
        double[] v = q.values();
        double maxAbs = 0;
        boolean diagonal = true;
        int[] local = new int[n];
        java.util.Arrays.fill(local, -1);
        int active = 0;
        for (int j = 0; j < n; j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                maxAbs = Math.max(maxAbs, Math.abs(v[k]));
                if (ri[k] != j) diagonal = false;
                if (local[ri[k]] < 0) local[ri[k]] = active++;
                if (local[j] < 0) local[j] = active++;
            }
        double tol = 1e-9 * Math.max(maxAbs, 1e-300);
        String what = d.maximize() ? "concave (maximization)" : "convex (minimization)";
        for (int j = 0; j < n; j++)
            for (int k = cp[j]; k < cp[j + 1]; k++)
                if (ri[k] == j && sign * v[k] < -tol)
                    throw new IllegalArgumentException("the quadratic objective is not " + what + ": diagonal entry of variable '"
                            + d.varNames().get(j) + "' is " + v[k]);
        if (diagonal) return;
        // sign·Q + εI over the variables Q couples must factor with positive pivots (a sparse LDLᵀ, fill-reducing
        // ordering): PSD plus ε is positive definite, and rounding in a Cholesky-like factorization of a PSD matrix is
        // far below ε = 1e-9·max|Q|; a curvature below −ε makes some pivot negative
        int[] global = new int[active];
        for (int j = 0; j < n; j++) if (local[j] >= 0) global[local[j]] = j;
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(active, active);
        for (int a = 0; a < active; a++) tb.add(a, a, tol);
        for (int j = 0; j < n; j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                int a = local[ri[k]], b = local[j];
                tb.add(Math.min(a, b), Math.max(a, b), sign * v[k]);
            }
        CscMatrix upper = tb.build();
        SparseLdl ldl = SparseLdl.analyze(upper);
        int[] signs = new int[active];
        java.util.Arrays.fill(signs, 1);
        int bad;
        try {
            bad = ldl.factor(upper.values(), signs, 0.5 * tol, 1.0) > 0 ? ldl.firstRegularisedIndex() : -1;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("cannot check the convexity of the quadratic objective: its factorization "
                    + "overflows (largest entry " + maxAbs + ")");
        }
        if (bad >= 0)
            throw new IllegalArgumentException("the quadratic objective is not " + what + ": it curves the wrong way along a direction involving variable '"
                    + d.varNames().get(global[bad]) + "'");
    }
}
