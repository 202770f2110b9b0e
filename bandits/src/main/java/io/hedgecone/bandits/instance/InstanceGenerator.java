package io.hedgecone.bandits.instance;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded synthetic offline bandits in the style of Hong et al. (2023, §7.1): features φ_a ~ U[−½, ½]^d, true
 * parameter θ* ~ N(0, σ_q² I), n rewards logged under a uniform logging policy with noise N(0, σ²), and the
 * prior N(0, σ_q² I) the posterior is computed from.
 */
public final class InstanceGenerator {
    private InstanceGenerator() { }

    /**
     * A logged dataset and the θ* that generated it (needed to score true regret); {@link #instance(int)} uses the
     * first n rounds, so datasets of growing n are nested.
     *
     * @param features Φ (k×d), or null for a multi-armed instance with d = k
     */
    public record Logged(String name, double delta, double[][] features, double[] thetaStar, double priorSd, double noiseSd,
                         int[] actions, double[] rewards) {
        public int dim() { return thetaStar.length; }

        /** The instance with the first n logged rounds and the prior N(0, σ_q² I). */
        public BanditInstance instance(int n) {
            int d = dim();
            double[][] prior = new double[d][d];
            for (int j = 0; j < d; j++) prior[j][j] = priorSd * priorSd;
            var spec = new PosteriorSpec.Data(new double[d], prior, noiseSd, Arrays.copyOf(actions, n), Arrays.copyOf(rewards, n));
            return InstanceValidator.validate(new BanditInstance(name, delta, features, spec));
        }
    }

    /** Draws θ* ~ N(0, σ_q² I) and n rounds under uniform logging with reward noise N(0, σ²). */
    public static Logged logged(String name, double delta, double[][] features, int d, double priorSd, double noiseSd, int n, SplittableRandom rng) {
        int k = features == null ? d : features.length;
        double[] theta = new double[d];
        for (int j = 0; j < d; j++) theta[j] = priorSd * rng.nextGaussian();
        int[] actions = new int[n];
        double[] rewards = new double[n];
        for (int t = 0; t < n; t++) {
            int a = rng.nextInt(k);
            double mean = features == null ? theta[a] : dot(features[a], theta);
            actions[t] = a;
            rewards[t] = mean + noiseSd * rng.nextGaussian();
        }
        return new Logged(name, delta, features, theta, priorSd, noiseSd, actions, rewards);
    }

    /** Features U[−½, ½]^d for k arms. */
    public static double[][] uniformFeatures(int k, int d, SplittableRandom rng) {
        double[][] f = new double[k][d];
        for (double[] row : f) for (int j = 0; j < d; j++) row[j] = rng.nextDouble() - 0.5;
        return f;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
