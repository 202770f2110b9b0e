package io.hedgecone.solver.form;

import io.hedgecone.solver.linalg.CscMatrix;

/**
 * Checks that a quadratic objective is convex (Q ⪰ 0 for minimization, Q ⪯ 0 for maximization) with a pivoted
 * Cholesky factorization of the variables Q touches; a diagonal Q is checked entry by entry.
 */
public final class ConvexityCheck {
    /** Largest number of coupled variables checked densely (memory 8·n² bytes). */
    static final int DENSE_LIMIT = 4000;

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
        if (active > DENSE_LIMIT)
            throw new IllegalArgumentException("cannot check convexity of a quadratic objective coupling " + active
                    + " variables (limit " + DENSE_LIMIT + ")");
        int[] global = new int[active];
        for (int j = 0; j < n; j++) if (local[j] >= 0) global[local[j]] = j;
        double[][] m = new double[active][active];
        for (int j = 0; j < n; j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                int a = local[ri[k]], b = local[j];
                m[a][b] = m[b][a] = sign * v[k];
            }
        int bad = pivotedCholeskyFailure(m, tol * active);
        if (bad >= 0)
            throw new IllegalArgumentException("the quadratic objective is not " + what + ": it curves the wrong way along a direction involving variable '"
                    + d.varNames().get(global[bad]) + "'");
    }

    /** Runs a pivoted Cholesky in place; returns the local index of a variable proving indefiniteness, or -1 if PSD. */
    static int pivotedCholeskyFailure(double[][] m, double tol) {
        int n = m.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (m[perm[i]][perm[i]] > m[perm[p]][perm[p]]) p = i;
            int t = perm[k]; perm[k] = perm[p]; perm[p] = t;
            int pk = perm[k];
            double d = m[pk][pk];
            if (d <= tol) {
                // Remaining Schur complement must vanish: a negative diagonal or a sizeable off-diagonal entry proves indefiniteness.
                for (int i = k; i < n; i++) {
                    int a = perm[i];
                    if (m[a][a] < -tol) return a;
                    for (int j = i + 1; j < n; j++) if (Math.abs(m[a][perm[j]]) > Math.sqrt(tol) * 1e-3 + tol) return a;
                }
                return -1;
            }
            double s = Math.sqrt(d);
            for (int i = k + 1; i < n; i++) m[perm[i]][pk] /= s;
            for (int i = k + 1; i < n; i++) {
                int a = perm[i];
                double la = m[a][pk];
                if (la == 0) continue;
                for (int j = k + 1; j <= i; j++) {
                    int b = perm[j];
                    double upd = m[a][b] - la * m[b][pk];
                    m[a][b] = upd;
                    m[b][a] = upd;
                }
            }
        }
        return -1;
    }
}
