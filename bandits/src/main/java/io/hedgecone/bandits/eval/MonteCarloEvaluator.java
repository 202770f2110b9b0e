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

    /** Stored draws (N·d doubles) above this size are not kept: evaluation then streams them per call. */
    static final long STORE_LIMIT = 16_000_000L;

    private final BanditProblem p;
    private final int samples;
    private final long seed;
    private volatile Draws stored;

    /** The evaluation draws θ_i (row-major N×d) and best_i = max_a φ_aᵀθ_i, which do not depend on any policy. */
    record Draws(double[] theta, double[] best) { }

    public MonteCarloEvaluator(BanditProblem p, int samples, long seed) {
        if (samples < 10) throw new IllegalArgumentException("--samples must be at least 10, got " + samples);
        this.p = p;
        this.samples = samples;
        this.seed = seed;
    }

    /**
     * Generates and keeps the draws and their best rewards — the O(N·k·d) part of the evaluation — so that it can run
     * while the methods are being solved; {@link #evaluate} then costs O(N·d) per policy. Does nothing when the draws
     * would exceed {@link #STORE_LIMIT} doubles.
     */
    public void prepare() {
        if ((long) samples * p.dim() > STORE_LIMIT || stored != null) return;
        int d = p.dim();
        double[] theta = new double[samples * d];
        double[] best = new double[samples];
        forEachBlock((i0, nb, th, bst) -> {
            for (int b = 0; b < nb; b++) {
                System.arraycopy(th[b], 0, theta, (i0 + b) * d, d);
                best[i0 + b] = bst[b];
            }
        });
        stored = new Draws(theta, best);
    }

    /** Receives a block of nb draws starting at index i0 with their best rewards. */
    private interface BlockConsumer {
        void accept(int i0, int nb, double[][] theta, double[] best);
    }

    /** Generates all draws in seeded chunks (in parallel) and hands them to {@code consumer} block by block. */
    private void forEachBlock(BlockConsumer consumer) {
        int k = p.arms(), d = p.dim();
        double[][] phi = p.features();
        // Φᵀ (d×k) row by row: r = Φθ becomes d axpy passes over contiguous arm arrays, which the JIT vectorizes.
        double[][] phiT = null;
        if (phi != null) {
            phiT = new double[d][k];
            for (int a = 0; a < k; a++) for (int q = 0; q < d; q++) phiT[q][a] = phi[a][q];
        }
        int chunks = (samples + CHUNK - 1) / CHUNK;
        long[] seeds = new long[chunks];
        SplittableRandom root = new SplittableRandom(seed);
        for (int c = 0; c < chunks; c++) seeds[c] = root.nextLong();
        final double[][] featuresT = phiT;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Sampler s = p.posterior().sampler(seeds[c]);
            int end = Math.min(samples, (c + 1) * CHUNK);
            // Draws go in blocks of B: each row of Φᵀ is read once per block instead of once per draw.
            double[][] theta = new double[B][d];
            double[][] r = new double[B][k];
            double[] best = new double[B];
            for (int i0 = c * CHUNK; i0 < end; i0 += B) {
                int nb = Math.min(B, end - i0);
                for (int b = 0; b < nb; b++) s.next(theta[b]);
                if (featuresT == null) {
                    for (int b = 0; b < nb; b++) {
                        double m = Double.NEGATIVE_INFINITY;
                        for (double x : theta[b]) m = Math.max(m, x);
                        best[b] = m;
                    }
                } else if (nb == B) {
                    maxRewardsBlock(featuresT, theta, r, best, k, d);
                } else {
                    for (int b = 0; b < nb; b++) best[b] = maxReward(featuresT, theta[b], r[b], k, d);
                }
                consumer.accept(i0, nb, theta, best);
            }
        });
    }

    /** Draws per block of the reward kernel. */
    static final int B = 4;

    /** max_a φ_aᵀθ for one draw, r (k) as scratch. */
    static double maxReward(double[][] phiT, double[] theta, double[] r, int k, int d) {
        java.util.Arrays.fill(r, 0.0);
        for (int q = 0; q < d; q++) {
            double tq = theta[q];
            double[] row = phiT[q];
            for (int a = 0; a < k; a++) r[a] += tq * row[a];
        }
        double m = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < k; a++) if (r[a] > m) m = r[a];
        return m;
    }

    /** max_a φ_aᵀθ_b for a full block of B = 4 draws: four independent accumulations per load of Φᵀ. */
    static void maxRewardsBlock(double[][] phiT, double[][] theta, double[][] r, double[] best, int k, int d) {
        double[] r0 = r[0], r1 = r[1], r2 = r[2], r3 = r[3];
        java.util.Arrays.fill(r0, 0.0);
        java.util.Arrays.fill(r1, 0.0);
        java.util.Arrays.fill(r2, 0.0);
        java.util.Arrays.fill(r3, 0.0);
        for (int q = 0; q < d; q++) {
            double t0 = theta[0][q], t1 = theta[1][q], t2 = theta[2][q], t3 = theta[3][q];
            double[] row = phiT[q];
            for (int a = 0; a < k; a++) {
                double f = row[a];
                r0[a] += t0 * f;
                r1[a] += t1 * f;
                r2[a] += t2 * f;
                r3[a] += t3 * f;
            }
        }
        double m0 = Double.NEGATIVE_INFINITY, m1 = m0, m2 = m0, m3 = m0;
        for (int a = 0; a < k; a++) {
            m0 = Math.max(m0, r0[a]);
            m1 = Math.max(m1, r1[a]);
            m2 = Math.max(m2, r2[a]);
            m3 = Math.max(m3, r3[a]);
        }
        best[0] = m0;
        best[1] = m1;
        best[2] = m2;
        best[3] = m3;
    }

    /** VaR_δ and mean regret of each policy (k probabilities each). */
    public List<RegretEstimate> evaluate(List<double[]> policies) {
        double[][] regret = regretSamples(policies);
        // The CI ranks depend on (N, 1−δ) only: one exact binomial inversion serves every policy.
        int[] ranks = OrderStatistics.ciRanks(samples, 1 - p.delta(), ALPHA);
        int rank = OrderStatistics.rank(samples, 1 - p.delta());
        List<RegretEstimate> out = new ArrayList<>();
        for (double[] r : regret) {
            Estimate mean = OrderStatistics.mean(r, ALPHA);
            java.util.Arrays.sort(r);
            Estimate var = new Estimate(r[rank - 1], r[ranks[0] - 1], r[ranks[1] - 1]);
            out.add(new RegretEstimate(var, mean, samples));
        }
        return out;
    }

    /** R(π_j, θ_i) for every policy j and draw i ([policies][N]). */
    public double[][] regretSamples(List<double[]> policies) {
        int k = p.arms(), d = p.dim(), np = policies.size();
        double[][] phi = p.features();
        // πᵀΦθ = (Φᵀπ)ᵀθ: one d-vector per policy, so a policy costs d flops per draw, not k.
        double[][] w = new double[np][];
        for (int j = 0; j < np; j++) {
            double[] pi = policies.get(j);
            if (pi.length != k) throw new IllegalArgumentException("policy " + j + " has " + pi.length + " entries, expected " + k);
            w[j] = phi == null ? pi : io.hedgecone.bandits.linalg.Dense.mulT(phi, pi);
        }
        double[][] out = new double[np][samples];
        Draws dr = stored;
        if (dr != null) {
            IntStream.range(0, (samples + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
                int end = Math.min(samples, (c + 1) * CHUNK);
                for (int i = c * CHUNK; i < end; i++)
                    for (int j = 0; j < np; j++) {
                        double v = 0;
                        double[] wj = w[j];
                        for (int q = 0, off = i * d; q < d; q++) v += wj[q] * dr.theta()[off + q];
                        out[j][i] = dr.best()[i] - v;
                    }
            });
            return out;
        }
        forEachBlock((i0, nb, theta, best) -> {
            for (int b = 0; b < nb; b++)
                for (int j = 0; j < np; j++) {
                    double v = 0;
                    double[] wj = w[j];
                    for (int q = 0; q < d; q++) v += wj[q] * theta[b][q];
                    out[j][i0 + b] = best[b] - v;
                }
        });
        return out;
    }
}
