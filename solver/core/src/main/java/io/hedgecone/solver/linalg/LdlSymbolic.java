package io.hedgecone.solver.linalg;

/**
 * Symbolic analysis of an LDLᵀ factorization of a symmetric n×n matrix with a fixed upper-triangle pattern under a
 * fixed symmetric permutation: permuted pattern, map from the caller's value positions to permuted positions,
 * elimination tree and the structure of L. Immutable, so one analysis may back several {@link SparseLdl}
 * instances (e.g. one per thread).
 */
public final class LdlSymbolic {
    final int n;
    /** perm[k] = original index eliminated k-th; pinv is its inverse. */
    final int[] perm, pinv;
    /** Strictly upper part of P K Pᵀ in CSC (row indices unsorted). */
    final int[] cp, ci;
    /**
     * For each stored entry p of the caller's pattern: its position in {@code ci} when off-diagonal, or
     * −1 − k when it is the diagonal entry of permuted column k.
     */
    final int[] valueMap;
    final int nnzPattern;
    /** Elimination tree of P K Pᵀ (−1 at roots). */
    final int[] parent;
    /** Column pointers and row indices of L (strictly lower, rows increasing within each column). */
    final int[] lp, li;

    private LdlSymbolic(int n, int[] perm, int[] pinv, int[] cp, int[] ci, int[] valueMap, int nnzPattern,
                        int[] parent, int[] lp, int[] li) {
        this.n = n; this.perm = perm; this.pinv = pinv; this.cp = cp; this.ci = ci; this.valueMap = valueMap;
        this.nnzPattern = nnzPattern; this.parent = parent; this.lp = lp; this.li = li;
    }

    /**
     * Analyses {@code upperPattern} (n×n, upper triangle incl. diagonal; a missing diagonal entry counts as zero)
     * under {@code perm} (perm[k] = original index eliminated k-th; null = natural order).
     *
     * @throws IllegalArgumentException if the pattern is not square/upper triangular or perm is not a permutation
     * @throws ArithmeticException if L would have more than 2³¹−1 nonzeros
     */
    public static LdlSymbolic analyze(CscMatrix upperPattern, int[] perm) {
        UpperSymmetric.requireUpperPattern(upperPattern);
        int n = upperPattern.cols();
        int[] pm = perm == null ? Permutation.identity(n) : perm.clone();
        int[] pinv = Permutation.inverse(pm, n);

        // permute the pattern: entry (i,j) goes to column max(pinv i, pinv j) of the permuted upper triangle
        int[] acp = upperPattern.colPtr(), ari = upperPattern.rowIdx();
        int nz = upperPattern.nnz();
        int[] cp = new int[n + 1];
        for (int j = 0; j < n; j++)
            for (int p = acp[j]; p < acp[j + 1]; p++) {
                int i = ari[p];
                if (i != j) cp[Math.max(pinv[i], pinv[j]) + 1]++;
            }
        for (int k = 0; k < n; k++) cp[k + 1] += cp[k];
        int[] next = java.util.Arrays.copyOf(cp, n);
        int[] ci = new int[cp[n]];
        int[] map = new int[nz];
        for (int j = 0; j < n; j++)
            for (int p = acp[j]; p < acp[j + 1]; p++) {
                int i = ari[p];
                if (i == j) { map[p] = -1 - pinv[j]; continue; }
                int a = pinv[i], b = pinv[j];
                int col = Math.max(a, b);
                int q = next[col]++;
                ci[q] = Math.min(a, b);
                map[p] = q;
            }

        int[] parent = eliminationTree(n, cp, ci);
        int[] lp = new int[n + 1];
        int[] li = lowerStructure(n, cp, ci, parent, lp);
        return new LdlSymbolic(n, pm, pinv, cp, ci, map, nz, parent, lp, li);
    }

    /** Elimination tree by Liu's algorithm with path compression through an ancestor array. */
    private static int[] eliminationTree(int n, int[] cp, int[] ci) {
        int[] parent = new int[n], ancestor = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = -1;
            ancestor[k] = -1;
            for (int p = cp[k]; p < cp[k + 1]; p++) {
                int i = ci[p];
                while (i != -1 && i < k) {
                    int up = ancestor[i];
                    ancestor[i] = k;
                    if (up == -1) parent[i] = k;
                    i = up;
                }
            }
        }
        return parent;
    }

    /**
     * Row k of L is the set of nodes reached from the entries of column k of the upper pattern by walking up the
     * elimination tree until k. Two passes of these walks give the column counts (filling {@code lp}) and then the
     * row indices, in increasing order within each column since rows are visited k = 0, 1, ...
     */
    private static int[] lowerStructure(int n, int[] cp, int[] ci, int[] parent, int[] lp) {
        int[] flag = new int[n];
        java.util.Arrays.fill(flag, -1);
        int[] count = new int[n];
        for (int k = 0; k < n; k++) {
            flag[k] = k;
            for (int p = cp[k]; p < cp[k + 1]; p++)
                for (int i = ci[p]; flag[i] != k; i = parent[i]) { flag[i] = k; count[i]++; }
        }
        long total = 0;
        for (int k = 0; k < n; k++) { lp[k] = (int) total; total += count[k]; }
        if (total > Integer.MAX_VALUE - 8) throw new ArithmeticException("factor too large: nnz(L) = " + total);
        lp[n] = (int) total;
        int[] li = new int[(int) total];
        int[] fill = java.util.Arrays.copyOf(lp, n);
        java.util.Arrays.fill(flag, -1);
        for (int k = 0; k < n; k++) {
            flag[k] = k;
            for (int p = cp[k]; p < cp[k + 1]; p++)
                for (int i = ci[p]; flag[i] != k; i = parent[i]) { flag[i] = k; li[fill[i]++] = k; }
        }
        return li;
    }

    /** Order n. */
    public int dimension() { return n; }

    /** Nonzeros of L (strictly lower). */
    public long factorNonzeros() { return lp[n]; }

    /** The ordering (perm[k] = original index eliminated k-th), as a copy. */
    public int[] permutation() { return perm.clone(); }

    /** Number of stored entries in the analysed upper-triangle pattern (the length {@code factor} expects). */
    public int patternNonzeros() { return nnzPattern; }
}
