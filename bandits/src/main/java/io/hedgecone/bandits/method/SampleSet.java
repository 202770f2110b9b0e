package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.posterior.Sampler;

/**
 * N posterior draws seen as arm rewards: r_i = Φθ_i (k) and best_i = max_a r_ia, so that the regret of any policy
 * on draw i is R(π, θ_i) = best_i − r_iᵀπ (the max does not depend on π, so one row per draw suffices).
 */
public final class SampleSet {
    private final double[][] rewards;
    private final double[] best;

    private SampleSet(double[][] rewards, double[] best) {
        this.rewards = rewards;
        this.best = best;
    }

    /** N draws from the problem's posterior with the given seed. */
    public static SampleSet draw(BanditProblem p, int n, long seed) {
        Sampler s = p.posterior().sampler(seed);
        double[][] phi = p.features();
        int k = p.arms();
        double[] theta = new double[p.dim()];
        double[][] r = new double[n][];
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            s.next(theta);
            double[] ri = phi == null ? theta.clone() : new double[k];
            if (phi != null) for (int a = 0; a < k; a++) {
                double v = 0;
                for (int j = 0; j < theta.length; j++) v += phi[a][j] * theta[j];
                ri[a] = v;
            }
            double m = Double.NEGATIVE_INFINITY;
            for (double x : ri) m = Math.max(m, x);
            r[i] = ri;
            best[i] = m;
        }
        return new SampleSet(r, best);
    }

    public int size() { return best.length; }
    /** r (N×k), not copied. */
    public double[][] rewards() { return rewards; }
    /** best_i (N), not copied. */
    public double[] best() { return best; }

    /** R(π, θ_i) for every draw. */
    public double[] regret(double[] pi) {
        double[] out = new double[best.length];
        for (int i = 0; i < out.length; i++) {
            double v = 0;
            for (int a = 0; a < pi.length; a++) v += pi[a] * rewards[i][a];
            out[i] = best[i] - v;
        }
        return out;
    }

    /** Empirical VaR: the ⌈(1−δ)N⌉-th smallest regret (the smallest t with at least (1−δ)N draws at or below t). */
    public double empiricalVar(double[] pi, double delta) {
        double[] r = regret(pi);
        java.util.Arrays.sort(r);
        return r[(int) Math.ceil((1 - delta) * r.length) - 1];
    }

    /** Empirical CVaR_δ by Rockafellar–Uryasev: min_t t + Σ_i (R_i − t)₊ / (δN), attained at the empirical VaR. */
    public double empiricalCvar(double[] pi, double delta) {
        double[] r = regret(pi);
        double t = empiricalVar(pi, delta);
        double s = 0;
        for (double x : r) s += Math.max(0, x - t);
        return t + s / (delta * r.length);
    }
}
