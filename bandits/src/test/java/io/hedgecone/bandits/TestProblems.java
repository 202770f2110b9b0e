package io.hedgecone.bandits;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.linalg.Cholesky;
import io.hedgecone.bandits.posterior.GaussianPosterior;

import java.util.SplittableRandom;

/** Seeded random problems shared by the tests. */
public final class TestProblems {
    private TestProblems() { }

    /** Φ ~ U[−½, ½]^{k×d}, μ ~ N(0, I), Σ = B Bᵀ/d · scale with B ~ N(0, 1) (full rank, correlated). */
    public static BanditProblem linear(int k, int d, double scale, double delta, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] phi = new double[k][d];
        for (double[] row : phi) for (int j = 0; j < d; j++) row[j] = rng.nextDouble() - 0.5;
        return new BanditProblem("linear-" + seed, phi, gaussian(d, scale, rng), delta);
    }

    /** Multi-armed (Φ = I) with the same kind of posterior. */
    public static BanditProblem multiArmed(int k, double scale, double delta, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new BanditProblem("mab-" + seed, null, gaussian(k, scale, rng), delta);
    }

    static GaussianPosterior gaussian(int d, double scale, SplittableRandom rng) {
        double[] mu = new double[d];
        for (int j = 0; j < d; j++) mu[j] = rng.nextGaussian();
        double[][] b = new double[d][d];
        for (double[] row : b) for (int j = 0; j < d; j++) row[j] = rng.nextGaussian();
        double[][] cov = new double[d][d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) {
                double s = i == j ? 1e-3 : 0; // keeps Σ positive definite
                for (int q = 0; q < d; q++) s += b[i][q] * b[j][q];
                cov[i][j] = s * scale / d;
            }
        try {
            return new GaussianPosterior(mu, Cholesky.factor(cov));
        } catch (Cholesky.NotPsdException e) {
            throw new AssertionError(e);
        }
    }
}
