package io.hedgecone.solver.linalg;

/** Validation and inversion of permutation vectors. */
public final class Permutation {
    private Permutation() {}

    /**
     * Inverse of {@code perm} (inv[perm[k]] = k).
     *
     * @throws IllegalArgumentException if {@code perm} is not a permutation of 0..n−1
     */
    public static int[] inverse(int[] perm, int n) {
        if (perm.length != n) throw new IllegalArgumentException("permutation length " + perm.length + " != dimension " + n);
        int[] inv = new int[n];
        java.util.Arrays.fill(inv, -1);
        for (int k = 0; k < n; k++) {
            int i = perm[k];
            if (i < 0 || i >= n) throw new IllegalArgumentException("not a permutation: perm[" + k + "] = " + i + " outside 0.." + (n - 1));
            if (inv[i] >= 0) throw new IllegalArgumentException("not a permutation: index " + i + " appears at positions " + inv[i] + " and " + k);
            inv[i] = k;
        }
        return inv;
    }

    /** The identity permutation of length n. */
    public static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }
}
