package io.hedgecone.bandits.posterior;

import io.hedgecone.bandits.linalg.Dense;

import java.util.SplittableRandom;

/** θ ~ N(μ, L Lᵀ). L may be any square factor (a Cholesky factor or one given by the user). */
public record GaussianPosterior(double[] mean, double[][] factor) implements Posterior {
    @Override public int dim() { return mean.length; }
    @Override public Tail tail() { return Tail.GAUSSIAN; }
    @Override public boolean certified() { return true; }
    @Override public String boundNote() { return ""; }

    /** The covariance L Lᵀ (d×d). */
    public double[][] covariance() { return Dense.gram(factor); }

    @Override public double[] armSd(double[][] features) { return armNorms(features, factor); }

    /** ‖Lᵀφ_a‖ for every arm (features null = identity). */
    static double[] armNorms(double[][] features, double[][] l) {
        int d = l.length;
        int k = features == null ? d : features.length;
        double[] sd = new double[k];
        for (int a = 0; a < k; a++) {
            double[] w = features == null ? l[a] : Dense.mulT(l, features[a]);
            sd[a] = Dense.norm(w);
        }
        return sd;
    }

    @Override public Sampler sampler(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = mean.length;
        boolean diagonal = isDiagonal(factor);
        double[] z = new double[d];
        return theta -> {
            for (int i = 0; i < d; i++) z[i] = rng.nextGaussian();
            for (int i = 0; i < d; i++) {
                double v = mean[i];
                double[] li = factor[i];
                if (diagonal) v += li[i] * z[i];
                else for (int j = 0; j < d; j++) v += li[j] * z[j];
                theta[i] = v;
            }
        };
    }

    static boolean isDiagonal(double[][] l) {
        for (int i = 0; i < l.length; i++)
            for (int j = 0; j < l.length; j++)
                if (i != j && l[i][j] != 0) return false;
        return true;
    }
}
