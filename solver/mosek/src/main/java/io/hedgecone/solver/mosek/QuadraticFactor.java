package io.hedgecone.solver.mosek;

import io.hedgecone.solver.linalg.CscMatrix;

/**
 * A factor F (r × n) with P = FᵀF for a symmetric positive semidefinite P given by its upper triangle, so that
 * ½xᵀPx ≤ t ⇔ (t, 1, Fx) lies in the rotated quadratic cone 2·t·1 ≥ ‖Fx‖². Dense pivoted Cholesky: O(n³), meant
 * for the moderate sizes where a quadratic objective is passed to MOSEK; variables outside P's support are skipped.
 */
final class QuadraticFactor {
    private QuadraticFactor() { }

    /** Relative size below which a remaining pivot counts as zero (rank found). */
    static final double RANK_TOL = 1e-12;
    /** Relative size of a negative pivot that proves P is not positive semidefinite. */
    static final double NEGATIVE_TOL = 1e-9;

    /**
     * @return F as a dense r × n array (row k = √d_k · L_kᵀ)
     * @throws IllegalArgumentException naming the variable where P fails to be positive semidefinite
     */
    static double[][] factor(CscMatrix pUpper, java.util.List<String> varNames) {
        int n = pUpper.cols();
        // support: variables with a nonzero in P
        boolean[] used = new boolean[n];
        int[] cp = pUpper.colPtr(), ri = pUpper.rowIdx();
        double[] pv = pUpper.values();
        for (int j = 0; j < n; j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) if (pv[k] != 0) { used[j] = true; used[ri[k]] = true; }
        int s = 0;
        int[] idx = new int[n];
        for (int j = 0; j < n; j++) if (used[j]) idx[s++] = j;
        int[] pos = new int[n];
        java.util.Arrays.fill(pos, -1);
        for (int a = 0; a < s; a++) pos[idx[a]] = a;
        double[][] w = new double[s][s];
        for (int j = 0; j < n; j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                int i = ri[k];
                if (pos[i] < 0 || pos[j] < 0) continue;
                w[pos[i]][pos[j]] = pv[k];
                w[pos[j]][pos[i]] = pv[k];
            }
        double maxDiag = 0;
        for (int a = 0; a < s; a++) maxDiag = Math.max(maxDiag, Math.abs(w[a][a]));
        int[] perm = new int[s];
        for (int a = 0; a < s; a++) perm[a] = a;
        double[][] rows = new double[s][];
        int rank = 0;
        // outer-product pivoted Cholesky on the working copy w (Schur complements in place)
        for (int k = 0; k < s; k++) {
            int best = k;
            for (int a = k + 1; a < s; a++) if (w[perm[a]][perm[a]] > w[perm[best]][perm[best]]) best = a;
            int t = perm[k]; perm[k] = perm[best]; perm[best] = t;
            int p = perm[k];
            double d = w[p][p];
            if (d <= RANK_TOL * Math.max(1, maxDiag)) {
                // remaining Schur complement must be ~0; a clearly negative diagonal or large entry means indefinite
                for (int a = k; a < s; a++)
                    for (int b = k; b < s; b++)
                        if (Math.abs(w[perm[a]][perm[b]]) > NEGATIVE_TOL * Math.max(1, maxDiag))
                            throw new IllegalArgumentException("quadratic objective is not convex: its matrix is not positive semidefinite (at variable '"
                                    + varNames.get(idx[perm[a]]) + "')");
                break;
            }
            double root = Math.sqrt(d);
            double[] row = new double[n];
            for (int a = k; a < s; a++) row[idx[perm[a]]] = w[perm[a]][p] / root;
            for (int a = k + 1; a < s; a++) {
                double la = w[perm[a]][p] / root;
                for (int b = k + 1; b < s; b++) w[perm[a]][perm[b]] -= la * w[perm[b]][p] / root;
            }
            rows[rank++] = row;
        }
        return java.util.Arrays.copyOf(rows, rank);
    }
}
