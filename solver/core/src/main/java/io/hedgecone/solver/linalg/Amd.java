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
        int[][] adj = symmetricAdjacency(pattern);
        int dense = denseFactor < 0 ? n : (int) Math.max(16, Math.min(n, denseFactor * Math.sqrt(n)));
        int[] perm = new QuotientGraphElimination(n, adj[0], adj[1], dense).run();
        return new Ordering(perm, Permutation.inverse(perm, n));
    }

    /** Adjacency of A + Aᵀ without the diagonal and without duplicates: {pointers (n+1), indices}. */
    private static int[][] symmetricAdjacency(CscMatrix a) {
        int n = a.cols();
        int[] cp = a.colPtr(), ri = a.rowIdx();
        int[] cnt = new int[n + 1];
        for (int j = 0; j < n; j++)
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = ri[p];
                if (i != j) { cnt[i + 1]++; cnt[j + 1]++; }
            }
        for (int i = 0; i < n; i++) cnt[i + 1] += cnt[i];
        int[] pos = Arrays.copyOf(cnt, n);
        int[] idx = new int[cnt[n]];
        for (int j = 0; j < n; j++)
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = ri[p];
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
