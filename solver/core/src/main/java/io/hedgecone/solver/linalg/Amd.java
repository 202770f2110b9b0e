package io.hedgecone.solver.linalg;

import java.util.Arrays;

/**
 * Approximate minimum degree ordering of a symmetric sparsity pattern (Amestoy, Davis &amp; Duff, SIAM J. Matrix
 * Anal. Appl. 17(4), 1996), written from the paper: elimination on the quotient graph with element absorption
 * (aggressive included), approximate external degrees, mass elimination and supervariable detection by hashing.
 * Rows denser than {@code max(16, α·√n)} are removed before ordering and placed last, in increasing index order.
 *
 * <p>Deterministic: the same pattern always gives the same ordering. Memory is O(n + nnz).
 */
public final class Amd {
    /** Default α of the dense-row threshold max(16, α·√n). */
    public static final double DEFAULT_DENSE_FACTOR = 10.0;

    /** A symmetric permutation: {@code perm[k]} = original index eliminated k-th, {@code inverse[perm[k]] = k}. */
    public record Ordering(int[] perm, int[] inverse) {}

    private Amd() {}

    /**
     * Orders the symmetric pattern of the square matrix {@code pattern} (upper triangle, lower triangle or both;
     * values and the diagonal are ignored; A + Aᵀ is used).
     *
     * @throws IllegalArgumentException if the matrix is not square
     */
    public static Ordering order(CscMatrix pattern) {
        return order(pattern, DEFAULT_DENSE_FACTOR);
    }

    /**
     * As {@link #order(CscMatrix)} with dense-row threshold max(16, denseFactor·√n); a negative
     * {@code denseFactor} disables dense-row removal.
     */
    public static Ordering order(CscMatrix pattern, double denseFactor) {
        if (pattern.rows() != pattern.cols())
            throw new IllegalArgumentException("AMD needs a square pattern, got " + pattern.rows() + "x" + pattern.cols());
        int n = pattern.cols();
        int[][] adj = symmetricAdjacency(pattern, Permutation.identity(n), n);
        int[] perm = new QuotientGraphElimination(n, adj[0], adj[1], null, denseLimit(n, denseFactor)).run();
        return new Ordering(perm, Permutation.inverse(perm, n));
    }

    /**
     * As {@link #order(CscMatrix)}, but the indices i with {@code groupOf[i] = g ≥ 0} are ordered as one node of the
     * graph (adjacent to everything any member is adjacent to) and eliminated together, in increasing index order,
     * where that node falls; {@code groupOf[i] < 0} leaves i alone. For blocks the factorization eliminates as a
     * whole anyway — the rows of one cone of the KKT system, say — this gives the same fill at a fraction of the
     * ordering cost: minimum degree on a cone's own rows rescans their growing element lists, Σ dim² work over
     * the cones. A group is ordered like a supervariable of its size. The dense-row threshold is that of the whole
     * matrix, applied to node degrees; a group above it is left ungrouped, so that it is not pushed to the end.
     *
     * @throws IllegalArgumentException if the matrix is not square or {@code groupOf} has the wrong length
     */
    public static Ordering order(CscMatrix pattern, int[] groupOf) {
        if (pattern.rows() != pattern.cols())
            throw new IllegalArgumentException("AMD needs a square pattern, got " + pattern.rows() + "x" + pattern.cols());
        int n = pattern.cols();
        if (groupOf.length != n) throw new IllegalArgumentException("groupOf length " + groupOf.length + " != " + n);
        int[] g = groupOf.clone();
        int[] node = new int[n];
        int nodes = compress(g, node);
        int[][] adj = symmetricAdjacency(pattern, node, nodes);
        int dense = denseLimit(n, DEFAULT_DENSE_FACTOR);
        boolean split = false;
        for (int i = 0; i < n; i++)
            if (g[i] >= 0 && adj[0][node[i] + 1] - adj[0][node[i]] > dense) { g[i] = -1; split = true; }
        if (split) {
            nodes = compress(g, node);
            adj = symmetricAdjacency(pattern, node, nodes);
        }
        // a node weighs as many indices as it stands for, so that degrees count what elimination would fill
        int[] weight = new int[nodes];
        for (int i = 0; i < n; i++) weight[node[i]]++;
        int[] nodePerm = new QuotientGraphElimination(nodes, adj[0], adj[1], weight, dense).run();
        // expand: each node's members in increasing index order
        int[] start = new int[nodes + 1];
        for (int v = 0; v < nodes; v++) start[v + 1] = start[v] + weight[v];
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int i = 0; i < n; i++) members[fill[node[i]]++] = i;
        int[] perm = new int[n];
        int k = 0;
        for (int v : nodePerm) for (int p = start[v]; p < start[v + 1]; p++) perm[k++] = members[p];
        return new Ordering(perm, Permutation.inverse(perm, n));
    }

    /** Numbers the graph nodes: one per ungrouped index, one per group; returns their count. */
    private static int compress(int[] groupOf, int[] node) {
        int groups = 0;
        for (int g : groupOf) groups = Math.max(groups, g + 1);
        int[] groupNode = new int[groups];
        Arrays.fill(groupNode, -1);
        int nodes = 0;
        for (int i = 0; i < groupOf.length; i++) {
            int g = groupOf[i];
            if (g < 0) node[i] = nodes++;
            else {
                if (groupNode[g] < 0) groupNode[g] = nodes++;
                node[i] = groupNode[g];
            }
        }
        return nodes;
    }

    private static int denseLimit(int n, double denseFactor) {
        return denseFactor < 0 ? n : (int) Math.max(16, Math.min(n, denseFactor * Math.sqrt(n)));
    }

    /**
     * Adjacency of A + Aᵀ over the nodes (index i ↦ node[i]) without self-loops and duplicates:
     * {pointers (n+1), indices}.
     */
    private static int[][] symmetricAdjacency(CscMatrix a, int[] node, int n) {
        int[] cp = a.colPtr(), ri = a.rowIdx();
        int[] cnt = new int[n + 1];
        for (int jj = 0; jj < a.cols(); jj++)
            for (int p = cp[jj]; p < cp[jj + 1]; p++) {
                int i = node[ri[p]], j = node[jj];
                if (i != j) { cnt[i + 1]++; cnt[j + 1]++; }
            }
        for (int i = 0; i < n; i++) cnt[i + 1] += cnt[i];
        int[] pos = Arrays.copyOf(cnt, n);
        int[] idx = new int[cnt[n]];
        for (int jj = 0; jj < a.cols(); jj++)
            for (int p = cp[jj]; p < cp[jj + 1]; p++) {
                int i = node[ri[p]], j = node[jj];
                if (i != j) { idx[pos[i]++] = j; idx[pos[j]++] = i; }
            }
        // remove duplicates (a full pattern lists each edge twice) in place, keeping first occurrences
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int[] ptr = new int[n + 1];
        int w = 0;
        for (int i = 0; i < n; i++) {
            ptr[i] = w;
            for (int p = cnt[i]; p < cnt[i + 1]; p++) {
                int j = idx[p];
                if (mark[j] != i) { mark[j] = i; idx[w++] = j; }
            }
        }
        ptr[n] = w;
        return new int[][] {ptr, idx};
    }
}
