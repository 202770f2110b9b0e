package io.hedgecone.bandits.bench;

import java.util.List;

/**
 * A benchmark suite for the frequentist-Bayes protocol: for every configuration (arms K, prior sd σ_q) and run,
 * draw features φ_a ~ U[−½, ½]^d (or Φ = I when {@code multiArmed}), θ* ~ N(0, σ_q² I) and a log of max(n) rounds
 * under uniform logging with noise σ; for each n the posterior comes from the first n rounds.
 *
 * @param name        suite name (used in file names and tables)
 * @param seed        master seed; every run's streams are derived from it
 * @param runs        runs per (K, σ_q); datasets for the different n of one run are nested
 * @param delta       risk level δ of VaR_δ
 * @param arms        the K values
 * @param dim         d for linear suites (ignored when multiArmed: d = K)
 * @param multiArmed  Φ = I
 * @param noiseSd     reward noise σ
 * @param priorSd     the σ_q values
 * @param n           logged sample sizes
 * @param methods     comma-separated method list
 * @param alpha       LCB α ({@code z}, {@code chernoff}, {@code hong} or a number)
 * @param evalSamples posterior draws of the MC VaR per run
 */
public record Suite(String name, long seed, int runs, double delta, List<Integer> arms, int dim, boolean multiArmed, double noiseSd,
                    List<Double> priorSd, List<Integer> n, String methods, String alpha, int evalSamples) {
    public int maxN() { return n.stream().mapToInt(Integer::intValue).max().orElse(0); }

    /** Number of (K, σ_q, run, n) cells. */
    public int cells() { return arms.size() * priorSd.size() * runs * n.size(); }
}
