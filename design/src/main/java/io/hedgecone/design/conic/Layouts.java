package io.hedgecone.design.conic;

import io.hedgecone.solver.api.Matrix;

/**
 * Constant matrices shared by the design models. A K×r matrix variable X is stored row-major (element (i, b) at
 * i·r + b); a lower-triangular r×r variable J is packed by columns (column b holds rows b..r−1).
 */
final class Layouts {
    private Layouts() { }

    /** Position of J_ab (a ≥ b) in the column-packed lower triangle. */
    static int packed(int a, int b, int r) { return b * r - b * (b - 1) / 2 + (a - b); }

    /** r(r+1)/2. */
    static int packedSize(int r) { return r * (r + 1) / 2; }

    /**
     * The r²×(K·r) matrix M with (M·vec X)_{a·r+b} = Σ_i y_ia·X_ib, i.e. vec(YᵀX) for the K×r point matrix Y.
     */
    static Matrix moment(double[] y, int k, int r) {
        int nnz = 0;
        for (double v : y) if (v != 0) nnz++;
        nnz *= r;
        int[] ri = new int[nnz], ci = new int[nnz];
        double[] vv = new double[nnz];
        int p = 0;
        for (int i = 0; i < k; i++)
            for (int a = 0; a < r; a++) {
                double yia = y[i * r + a];
                if (yia == 0) continue;
                for (int b = 0; b < r; b++) { ri[p] = a * r + b; ci[p] = i * r + b; vv[p] = yia; p++; }
            }
        return Matrix.sparse(r * r, k * r, ri, ci, vv);
    }

    /** The r²×(r(r+1)/2) matrix placing packed J_ab at row a·r+b for a ≥ b (rows a &lt; b stay zero). */
    static Matrix lowerPlacement(int r) {
        int s = packedSize(r);
        int[] ri = new int[s], ci = new int[s];
        double[] v = new double[s];
        int p = 0;
        for (int b = 0; b < r; b++)
            for (int a = b; a < r; a++) { ri[p] = a * r + b; ci[p] = packed(a, b, r); v[p] = 1; p++; }
        return Matrix.sparse(r * r, s, ri, ci, v);
    }

    /** The r×(r(r+1)/2) matrix picking the diagonal J_bb. */
    static Matrix diagonalPick(int r) {
        int[] ri = new int[r], ci = new int[r];
        double[] v = new double[r];
        for (int b = 0; b < r; b++) { ri[b] = b; ci[b] = packed(b, b, r); v[b] = 1; }
        return Matrix.sparse(r, packedSize(r), ri, ci, v);
    }

    /** The r×(K·r) matrix of column sums: row b is Σ_i X_ib. */
    static Matrix columnSums(int k, int r) {
        int[] ri = new int[k * r], ci = new int[k * r];
        double[] v = new double[k * r];
        for (int i = 0; i < k; i++)
            for (int b = 0; b < r; b++) { int p = i * r + b; ri[p] = b; ci[p] = p; v[p] = 1; }
        return Matrix.sparse(r, k * r, ri, ci, v);
    }
}
