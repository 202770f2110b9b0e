package io.hedgecone.design.algebra;

/** Information matrices V(w) = Σ_i w_i z_i z_iᵀ of points stored as rows of a row-major K×r array. */
public final class Information {
    private Information() { }

    /** Checks that {@code z} holds K×r entries; the message names both counts. */
    public static void requirePoints(double[] z, int k, int r) {
        if (z.length != k * r) throw new IllegalArgumentException("points array has " + z.length + " entries, expected " + k * r);
    }

    /** The Cholesky factor of V(w), refusing a singular V(w) (a conic model has no finite point for such a design). */
    public static Cholesky factorForPoint(double[] z, int k, int r, double[] w) {
        Cholesky f = Cholesky.factor(matrix(z, k, r, w), r);
        if (f == null) throw new IllegalArgumentException("V(w) is singular: no finite point of the model matches this design");
        return f;
    }

    /** V(w) (r×r row-major, symmetric) for points {@code z} (K×r row-major) and weights {@code w} (K). Zero weights are skipped. */
    public static double[] matrix(double[] z, int k, int r, double[] w) {
        double[] v = new double[r * r];
        for (int i = 0; i < k; i++) {
            double wi = w[i];
            if (wi == 0) continue;
            addOuter(v, z, i * r, r, wi);
        }
        symmetrizeFromLower(v, r);
        return v;
    }

    /** V(S) = s·Σ_{i∈S} z_i z_iᵀ over a subset of rows. */
    public static double[] subsetMatrix(double[] z, int r, int[] subset, double s) {
        double[] v = new double[r * r];
        for (int i : subset) addOuter(v, z, i * r, r, s);
        symmetrizeFromLower(v, r);
        return v;
    }

    /** Adds s·z zᵀ to the lower triangle of v for z = z[off..off+r). */
    static void addOuter(double[] v, double[] z, int off, int r, double s) {
        for (int a = 0; a < r; a++) {
            double za = s * z[off + a];
            if (za == 0) continue;
            int row = a * r;
            for (int b = 0; b <= a; b++) v[row + b] += za * z[off + b];
        }
    }

    static void symmetrizeFromLower(double[] v, int r) {
        for (int a = 0; a < r; a++)
            for (int b = a + 1; b < r; b++) v[a * r + b] = v[b * r + a];
    }

    /** Leverages g_i = z_iᵀV⁻¹z_i of all K rows, from a factor of V. */
    public static double[] leverages(Cholesky f, double[] z, int k, int r) {
        double[] g = new double[k];
        double[] work = new double[r];
        for (int i = 0; i < k; i++) g[i] = f.leverage(z, i * r, work);
        return g;
    }
}
