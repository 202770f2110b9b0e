package io.hedgecone.bandits.posterior;

import io.hedgecone.bandits.linalg.Cholesky;

import java.util.SplittableRandom;

/**
 * The empirical distribution of stored draws (N×d). Monte-Carlo evaluation resamples them with replacement.
 * The conic bounds use a Gaussian fit (sample mean and covariance), so they are not certificates here.
 */
public final class SamplePosterior implements Posterior {
    private final double[][] draws;
    private final double[] mean;
    private final double[][] factor;

    public SamplePosterior(double[][] draws) {
        this.draws = draws;
        int n = draws.length, d = draws[0].length;
        mean = new double[d];
        for (double[] row : draws) for (int j = 0; j < d; j++) mean[j] += row[j] / n;
        double[][] cov = new double[d][d];
        for (double[] row : draws)
            for (int i = 0; i < d; i++)
                for (int j = 0; j <= i; j++) cov[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]) / (n - 1);
        for (int i = 0; i < d; i++) for (int j = 0; j < i; j++) cov[j][i] = cov[i][j];
        try {
            factor = Cholesky.factor(cov);
        } catch (Cholesky.NotPsdException e) {
            throw new IllegalStateException("sample covariance not PSD: " + e.getMessage(), e);
        }
    }

    /** The stored draws (not copied). */
    public double[][] draws() { return draws; }

    @Override public int dim() { return mean.length; }
    @Override public double[] mean() { return mean.clone(); }
    @Override public double[][] factor() { return factor; }
    @Override public Tail tail() { return Tail.GAUSSIAN; }
    @Override public boolean certified() { return false; }
    @Override public String boundNote() {
        return "samples posterior: conic bounds use a Gaussian fit to the " + draws.length + " draws (not certified)";
    }
    @Override public double[] armSd(double[][] features) { return GaussianPosterior.armNorms(features, factor); }

    @Override public Sampler sampler(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return theta -> System.arraycopy(draws[rng.nextInt(draws.length)], 0, theta, 0, theta.length);
    }
}
