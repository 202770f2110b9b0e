package io.hedgecone.bandits.eval;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.posterior.Sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Monte-Carlo regret of several policies under the posterior with common random numbers: every policy is scored
 * on the same N draws θ_i, so differences between methods are not blurred by sampling noise. Draws are produced
 * in fixed chunks, each with its own seed taken in order from {@code SplittableRandom(seed)}, so the numbers do
 * not depend on the number of threads.
 */
public final class MonteCarloEvaluator {
    /** Confidence level of every interval: 95 %. */
    public static final double ALPHA = 0.05;
    static final int CHUNK = 4096;

    private final BanditProblem p;
    private final int samples;
    private final long seed;

    public MonteCarloEvaluator(BanditProblem p, int samples, long seed) {
        if (samples < 10) throw new IllegalArgumentException("--samples must be at least 10, got " + samples);
        this.p = p;
        this.samples = samples;
        this.seed = seed;
    }

    /** VaR_δ and mean regret of each policy (k probabilities each). */
    public List<RegretEstimate> evaluate(List<double[]> policies) {
        double[][] regret = regretSamples(policies);
        List<RegretEstimate> out = new ArrayList<>();
        for (double[] r : regret) {
            Estimate mean = OrderStatistics.mean(r, ALPHA);
            Estimate var = OrderStatistics.quantile(r, 1 - p.delta(), ALPHA);
            out.add(new RegretEstimate(var, mean, samples));
        }
        return out;
    }

    /** R(π_j, θ_i) for every policy j and draw i ([policies][N]). */
    public double[][] regretSamples(List<double[]> policies) {
        int k = p.arms(), d = p.dim(), np = policies.size();
        double[][] phi = p.features();
        // Φᵀ (d×k) row by row: r = Φθ becomes d axpy passes over contiguous arm arrays, which the JIT vectorizes.
        double[][] phiT = null;
        if (phi != null) {
            phiT = new double[d][k];
            for (int a = 0; a < k; a++) for (int q = 0; q < d; q++) phiT[q][a] = phi[a][q];
        }
        // πᵀΦθ = (Φᵀπ)ᵀθ: one d-vector per policy, so a policy costs d flops per draw, not k.
        double[][] w = new double[np][];
        for (int j = 0; j < np; j++) {
            double[] pi = policies.get(j);
            if (pi.length != k) throw new IllegalArgumentException("policy " + j + " has " + pi.length + " entries, expected " + k);
            w[j] = phi == null ? pi : io.hedgecone.bandits.linalg.Dense.mulT(phi, pi);
        }
        int chunks = (samples + CHUNK - 1) / CHUNK;
        long[] seeds = new long[chunks];
        SplittableRandom root = new SplittableRandom(seed);
        for (int c = 0; c < chunks; c++) seeds[c] = root.nextLong();
        double[][] out = new double[np][samples];
        final double[][] featuresT = phiT;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Sampler s = p.posterior().sampler(seeds[c]);
            double[] theta = new double[d];
            double[] r = new double[k];
            int end = Math.min(samples, (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                s.next(theta);
                double best = Double.NEGATIVE_INFINITY;
                if (featuresT == null) {
                    for (double x : theta) best = Math.max(best, x);
                } else {
                    java.util.Arrays.fill(r, 0.0);
                    for (int q = 0; q < d; q++) {
                        double tq = theta[q];
                        double[] row = featuresT[q];
                        for (int a = 0; a < k; a++) r[a] += tq * row[a];
                    }
                    for (int a = 0; a < k; a++) if (r[a] > best) best = r[a];
                }
                for (int j = 0; j < np; j++) {
                    double v = 0;
                    double[] wj = w[j];
                    for (int q = 0; q < d; q++) v += wj[q] * theta[q];
                    out[j][i] = best - v;
                }
            }
        });
        return out;
    }
}
