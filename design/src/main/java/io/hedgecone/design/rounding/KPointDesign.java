package io.hedgecone.design.rounding;

import io.hedgecone.design.Candidates;

import java.util.List;

/**
 * Exactly k chosen candidates with the rule that chose them and their quality as a uniform k-point design.
 *
 * @param rule     rounding rule name
 * @param indices  k candidate indices, ascending
 * @param quality  log det, volume and EAGLE leverage test of the subset
 * @param accepted EAGLE rejection sampling only: whether the acceptance test passed (null for other rules)
 * @param draws    subsets drawn by rejection sampling (0 for other rules)
 * @param notes    remarks from the rule
 */
public record KPointDesign(String rule, int[] indices, SubsetQuality quality, Boolean accepted, int draws, List<String> notes) {

    /** Applies {@code rule} to weights {@code w} and evaluates the subset. */
    public static KPointDesign round(Candidates c, double[] w, int k, Rounding rule) {
        Selection s = rule.select(c, w, k);
        return new KPointDesign(rule.name(), s.indices(), SubsetQuality.of(c, s.indices()), s.accepted(), s.draws(), s.notes());
    }

    /** The rule for a name: topk, sample, exchange or eagle (C, draws and seed apply where used). */
    public static Rounding rule(String name, long seed, double c, int maxDraws) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "topk", "top-k" -> new TopKRounding();
            case "sample", "sampling" -> new WeightSampling(seed);
            case "exchange", "greedy" -> new GreedyExchange();
            case "eagle" -> new EagleRejectionSampling(c, maxDraws, seed);
            default -> throw new IllegalArgumentException("unknown rounding '" + name + "'; expected topk, sample, exchange or eagle");
        };
    }
}
