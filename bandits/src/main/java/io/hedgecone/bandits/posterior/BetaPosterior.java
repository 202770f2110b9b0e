package io.hedgecone.bandits.posterior;

import org.hipparchus.random.RandomDataGenerator;

/**
 * Independent Bernoulli arms, θ_a ~ Beta(α_a, β_a). Monte-Carlo and sample-based methods use exact Beta draws.
 * The conic bounds treat θ − μ as sub-Gaussian with a diagonal variance proxy: either 1/(4(α+β+1)), which
 * Marchal &amp; Arbel (2017) prove valid for every Beta, so bounds stay certified; or, on request, the Beta variance
 * αβ/((α+β)²(α+β+1)), which is the optimal proxy only when α = β, so bounds are then approximate.
 */
public record BetaPosterior(double[] alpha, double[] beta, boolean varianceAsProxy) implements Posterior {
    @Override public int dim() { return alpha.length; }

    @Override public double[] mean() {
        double[] m = new double[alpha.length];
        for (int a = 0; a < m.length; a++) m[a] = alpha[a] / (alpha[a] + beta[a]);
        return m;
    }

    /** Beta variances αβ/((α+β)²(α+β+1)). */
    public double[] variance() {
        double[] v = new double[alpha.length];
        for (int a = 0; a < v.length; a++) {
            double s = alpha[a] + beta[a];
            v[a] = alpha[a] * beta[a] / (s * s * (s + 1));
        }
        return v;
    }

    /** The proxy used by the bounds, per arm. */
    public double[] proxy() {
        if (varianceAsProxy) return variance();
        double[] v = new double[alpha.length];
        for (int a = 0; a < v.length; a++) v[a] = 1.0 / (4 * (alpha[a] + beta[a] + 1));
        return v;
    }

    @Override public double[][] factor() {
        double[] p = proxy();
        double[][] l = new double[p.length][p.length];
        for (int a = 0; a < p.length; a++) l[a][a] = Math.sqrt(p[a]);
        return l;
    }

    @Override public Tail tail() { return Tail.SUB_GAUSSIAN; }
    @Override public boolean certified() { return !varianceAsProxy; }

    @Override public String boundNote() {
        return varianceAsProxy
                ? "beta posterior: conic bounds use sub-Gaussian constants with the Beta variances as proxy (approximate, not certified)"
                : "beta posterior: conic bounds use sub-Gaussian constants with proxy 1/(4(α+β+1)) ≥ Beta variance (certified, Marchal & Arbel 2017)";
    }

    @Override public double[] armSd(double[][] features) {
        double[] v = variance();
        for (int a = 0; a < v.length; a++) v[a] = Math.sqrt(v[a]);
        return v;
    }

    @Override public Sampler sampler(long seed) {
        RandomDataGenerator rng = new RandomDataGenerator(seed);
        return theta -> {
            for (int a = 0; a < alpha.length; a++) theta[a] = rng.nextBeta(alpha[a], beta[a]);
        };
    }
}
