package io.hedgecone.solver.linalg;

/**
 * Symbolic analysis of an LDLᵀ factorization of a symmetric n×n matrix with a fixed upper-triangle pattern under a
 * fixed symmetric permutation: permuted pattern, map from the caller's value positions to permuted positions,
 * elimination tree and the structure of L. Immutable, so one analysis may back several {@link SparseLdl}
 * (or {@link UpLookingLdl}) instances, e.g. one per thread.
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
    /** First column of each supernode, then n: see {@link SupernodeStructure#partition}. */
    private final int[] supernodeFirst;
    /** Dense-block layout of L used by {@link SparseLdl}; built on first use (the up-looking engine has none). */
    private volatile SupernodeStructure supernodes;

    private LdlSymbolic(int n, int[] perm, int[] pinv, int[] cp, int[] ci, int[] valueMap, int nnzPattern,
                        int[] parent, int[] lp, int[] li) {
        this.n = n; this.perm = perm; this.pinv = pinv; this.cp = cp; this.ci = ci; this.valueMap = valueMap;
        this.nnzPattern = nnzPattern; this.parent = parent; this.lp = lp; this.li = li;
        this.supernodeFirst = SupernodeStructure.partition(n, parent, lp, li);
    }

    /**
     * Analysis under a fill-reducing approximate-minimum-degree ordering ({@link Amd}), postordered along the
     * elimination tree: what {@link SparseLdl#analyze(CscMatrix)} and {@link UpLookingLdl#analyze(CscMatrix)} use.
     */
    public static LdlSymbolic analyzeWithAmd(CscMatrix upperPattern) {
        UpperSymmetric.requireUpperPattern(upperPattern);
        return analyze(upperPattern, Amd.order(upperPattern).perm(), true);
    }

    /**
     * As {@link #analyzeWithAmd(CscMatrix)} with the indices of each group (see {@link Amd#order(CscMatrix, int[])})
     * ordered as one block.
     */
    public static LdlSymbolic analyzeWithAmd(CscMatrix upperPattern, int[] groupOf) {
        UpperSymmetric.requireUpperPattern(upperPattern);
        return analyze(upperPattern, Amd.order(upperPattern, groupOf).perm(), true);
    }

    /**
     * Analyses {@code upperPattern} (n×n, upper triangle incl. diagonal; a missing diagonal entry counts as zero)
     * under {@code perm} (perm[k] = original index eliminated k-th; null = natural order).
     *
     * @throws IllegalArgumentException if the pattern is not square/upper triangular or perm is not a permutation
     * @throws ArithmeticException if L would have more than 2³¹−1 nonzeros
     */
    public static LdlSymbolic analyze(CscMatrix upperPattern, int[] perm) {
        return analyze(upperPattern, perm, false);
    }

    /**
     * As {@link #analyze(CscMatrix, int[])}; with {@code postorder} the ordering is first composed with a postorder
     * of its elimination tree, which leaves nnz(L) unchanged but makes the columns of each subtree contiguous, so
     * the factorization touches memory in a cache-friendlier order.
     */
    public static LdlSymbolic analyze(CscMatrix upperPattern, int[] perm, boolean postorder) {
        UpperSymmetric.requireUpperPattern(upperPattern);
        int n = upperPattern.cols();
        int[] pm = perm == null ? Permutation.identity(n) : perm.clone();
        int[] pinv = Permutation.inverse(pm, n);
        PermutedPattern pp = PermutedPattern.of(upperPattern, pinv);
        int[] parent = eliminationTree(n, pp.cp, pp.ci);
        if (postorder) {
            int[] post = postorder(parent);
            int[] composed = new int[n];
            for (int k = 0; k < n; k++) composed[k] = pm[post[k]];
            pm = composed;
            pinv = Permutation.inverse(pm, n);
            pp = PermutedPattern.of(upperPattern, pinv);
            parent = eliminationTree(n, pp.cp, pp.ci);
        }
        int[] lp = new int[n + 1];
        int[] li = lowerStructure(n, pp.cp, pp.ci, parent, lp);
        return new LdlSymbolic(n, pm, pinv, pp.cp, pp.ci, pp.map, upperPattern.nnz(), parent, lp, li);
    }

    /**
     * Strictly upper part of P K Pᵀ (entry (i,j) goes to column max(pinv i, pinv j)) and the map from the caller's
     * value positions to it (−1 − k for the diagonal of permuted column k).
     */
    private record PermutedPattern(int[] cp, int[] ci, int[] map) {
        static PermutedPattern of(CscMatrix a, int[] pinv) {
            int n = a.cols();
            int[] acp = a.colPtr(), ari = a.rowIdx();
            int[] cp = new int[n + 1];
            for (int j = 0; j < n; j++)
                for (int p = acp[j]; p < acp[j + 1]; p++) {
                    int i = ari[p];
                    if (i != j) cp[Math.max(pinv[i], pinv[j]) + 1]++;
                }
            for (int k = 0; k < n; k++) cp[k + 1] += cp[k];
            int[] next = java.util.Arrays.copyOf(cp, n);
            int[] ci = new int[cp[n]];
            int[] map = new int[a.nnz()];
            for (int j = 0; j < n; j++)
                for (int p = acp[j]; p < acp[j + 1]; p++) {
                    int i = ari[p];
                    if (i == j) { map[p] = -1 - pinv[j]; continue; }
                    int u = pinv[i], v = pinv[j];
                    int q = next[Math.max(u, v)]++;
                    ci[q] = Math.min(u, v);
                    map[p] = q;
                }
            return new PermutedPattern(cp, ci, map);
        }
    }

    /** A postorder of the forest {@code parent} (children visited in increasing index order): post[k] = k-th node. */
    static int[] postorder(int[] parent) {
        int n = parent.length;
        int[] head = new int[n], sibling = new int[n], stack = new int[n], post = new int[n];
        java.util.Arrays.fill(head, -1);
        for (int j = n - 1; j >= 0; j--)
            if (parent[j] != -1) { sibling[j] = head[parent[j]]; head[parent[j]] = j; }
        int k = 0;
        for (int root = 0; root < n; root++) {
            if (parent[root] != -1) continue;
            int sp = 0;
            stack[sp++] = root;
            while (sp > 0) {
                int v = stack[sp - 1], c = head[v];
                if (c == -1) { sp--; post[k++] = v; }
                else { head[v] = sibling[c]; stack[sp++] = c; }
            }
        }
        return post;
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

    /** Largest Java array length (a few entries below Integer.MAX_VALUE on every JVM). */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * Refuses, with a message a user can act on, a factor whose {@code entries} cannot be stored: more than one Java
     * array holds, or more bytes than the whole heap — before the allocation would fail with an
     * OutOfMemoryError deep inside the analysis. (Only sizes beyond the heap's maximum are refused: a smaller one may
     * still fit once garbage is collected.)
     */
    static void requireStorable(long entries, int bytesEach, String what) {
        if (entries > MAX_ARRAY)
            throw new IllegalArgumentException(String.format("the KKT system is too large for the native solver's direct "
                    + "factorization: %s would need %,d entries, more than a Java array holds (%,d)", what, entries, MAX_ARRAY));
        long heap = Runtime.getRuntime().maxMemory();
        if (entries * bytesEach > heap)
            throw new IllegalArgumentException(String.format("the KKT factorization needs more memory than the Java heap "
                    + "has: %s would take %.1f GB, the heap's maximum is %.1f GB (raise it with -Xmx, for the hedgecone "
                    + "command through HEDGECONE_JAVA_OPTS)", what, entries * (double) bytesEach / 1e9, heap / 1e9));
    }

    /**
     * Row k of L is the set of nodes reached from the entries of column k of the upper pattern by walking up the
     * elimination tree until k. Two passes of these walks give the column counts (filling {@code lp}) and then the
     * row indices, in increasing order within each column since rows are visited k = 0, 1, ...
     */
    private static int[] lowerStructure(int n, int[] cp, int[] ci, int[] parent, int[] lp) {
        int[] count = columnCounts(n, cp, ci, parent);
        int[] flag = new int[n];
        long total = 0;
        for (int k = 0; k < n; k++) { lp[k] = (int) total; total += count[k]; }
        requireStorable(total, Integer.BYTES, "the factor's row indices");
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

    /** |L(:,j)| for each column j, by the same elimination-tree walks (O(nnz(L)) time, O(n) memory). */
    private static int[] columnCounts(int n, int[] cp, int[] ci, int[] parent) {
        int[] flag = new int[n];
        java.util.Arrays.fill(flag, -1);
        int[] count = new int[n];
        for (int k = 0; k < n; k++) {
            flag[k] = k;
            for (int p = cp[k]; p < cp[k + 1]; p++)
                for (int i = ci[p]; flag[i] != k; i = parent[i]) { flag[i] = k; count[i]++; }
        }
        return count;
    }

    /**
     * nnz(L) (strictly lower) of the factorization of the n×n upper-triangle pattern under {@code perm} (null =
     * natural), without building L: for comparing orderings.
     */
    public static long countFactorNonzeros(CscMatrix upperPattern, int[] perm) {
        UpperSymmetric.requireUpperPattern(upperPattern);
        int n = upperPattern.cols();
        int[] pinv = Permutation.inverse(perm == null ? Permutation.identity(n) : perm, n);
        PermutedPattern pp = PermutedPattern.of(upperPattern, pinv);
        long total = 0;
        for (int c : columnCounts(n, pp.cp, pp.ci, eliminationTree(n, pp.cp, pp.ci))) total += c;
        return total;
    }

    /** Order n. */
    public int dimension() { return n; }

    /** Number of supernodes of the dense-block layout. */
    public int supernodeCount() { return supernodeFirst.length - 1; }

    /** The dense-block layout of L (built once, on first call; safe to share between threads). */
    SupernodeStructure supernodes() {
        SupernodeStructure s = supernodes;
        if (s == null) {
            synchronized (this) {
                if (supernodes == null) supernodes = new SupernodeStructure(supernodeFirst, n, lp, li, cp, ci, valueMap);
                s = supernodes;
            }
        }
        return s;
    }

    /** Nonzeros of L (strictly lower). */
    public long factorNonzeros() { return lp[n]; }

    /** The ordering (perm[k] = original index eliminated k-th), as a copy. */
    public int[] permutation() { return perm.clone(); }

    /** Number of stored entries in the analysed upper-triangle pattern (the length {@code factor} expects). */
    public int patternNonzeros() { return nnzPattern; }
}
