package io.hedgecone.design.data;

import java.util.Random;

/**
 * Seeded synthetic candidate sets standing in for next-state embeddings. {@link java.util.Random} is used because
 * its algorithm (and that of nextGaussian) is fixed by the Java specification: the same seed gives the same
 * points on every JVM.
 */
public final class SyntheticPoints {
    private SyntheticPoints() { }

    /**
     * K points in R^n: z_i = μ + D·ξ_i with ξ_i ~ N(0, I), D diagonal with scales spaced geometrically from 0.3 to
     * 3 (an anisotropic cloud) and μ a random direction of norm 1 (embeddings of next states sit around, not at,
     * the origin). Returns K rows of n.
     */
    public static double[][] embeddingCloud(int k, int n, long seed) {
        if (k < 1 || n < 1) throw new IllegalArgumentException("need K >= 1 and n >= 1, got K=" + k + ", n=" + n);
        Random rnd = new Random(seed);
        double[] mu = new double[n];
        double norm = 0;
        for (int j = 0; j < n; j++) { mu[j] = rnd.nextGaussian(); norm += mu[j] * mu[j]; }
        norm = Math.sqrt(norm);
        double[] scale = new double[n];
        for (int j = 0; j < n; j++) {
            mu[j] /= norm;
            scale[j] = n == 1 ? 1.0 : 0.3 * Math.pow(10.0, (double) j / (n - 1));
        }
        double[][] z = new double[k][n];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < n; j++) z[i][j] = mu[j] + scale[j] * rnd.nextGaussian();
        return z;
    }

    /** K standard Gaussian points in R^n. */
    public static double[][] gaussian(int k, int n, long seed) {
        if (k < 1 || n < 1) throw new IllegalArgumentException("need K >= 1 and n >= 1, got K=" + k + ", n=" + n);
        Random rnd = new Random(seed);
        double[][] z = new double[k][n];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < n; j++) z[i][j] = rnd.nextGaussian();
        return z;
    }
}
