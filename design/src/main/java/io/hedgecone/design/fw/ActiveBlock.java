package io.hedgecone.design.fw;

/**
 * The candidates still in play, packed contiguously (points and leverages) so that the per-step pass over them
 * streams through memory. Candidates leave by elimination and may come back.
 */
final class ActiveBlock {
    final int r;
    final double[] z;   // packed points, size·r used
    final double[] g;   // packed leverages
    final int[] ids;    // packed position → candidate
    private final int[] pos; // candidate → packed position, −1 when out
    int size;

    ActiveBlock(double[] points, int k, int r) {
        this.r = r;
        z = points.clone();
        g = new double[k];
        ids = new int[k];
        pos = new int[k];
        for (int i = 0; i < k; i++) { ids[i] = i; pos[i] = i; }
        size = k;
    }

    boolean contains(int i) { return pos[i] >= 0; }

    /** Packed position of candidate i (must be active). */
    int at(int i) { return pos[i]; }

    /** Removes the candidate at packed position p by moving the last one into its place. */
    void removeAt(int p) {
        int last = size - 1, i = ids[p];
        if (p != last) {
            System.arraycopy(z, last * r, z, p * r, r);
            g[p] = g[last];
            ids[p] = ids[last];
            pos[ids[p]] = p;
        }
        pos[i] = -1;
        size = last;
    }

    /** Appends candidate i with point {@code points[i·r..]} and leverage gi. */
    void add(int i, double[] points, double gi) {
        if (pos[i] >= 0) return;
        System.arraycopy(points, i * r, z, size * r, r);
        g[size] = gi;
        ids[size] = i;
        pos[i] = size++;
    }
}
