package io.hedgecone.design.rounding;

import io.hedgecone.design.Candidates;

/**
 * A rule turning a continuous design into exactly k distinct candidates. Every rule keeps the problem's required
 * candidates. Implementations are deterministic given their seed.
 */
public sealed interface Rounding permits TopKRounding, WeightSampling, GreedyExchange, EagleRejectionSampling {
    /** Chooses k candidates given the continuous weights {@code w} (length K; ignored by some rules). */
    Selection select(Candidates c, double[] w, int k);

    /** Short name used in output ("topk", "sample", "exchange", "eagle"). */
    String name();

    /** Checks 1 ≤ k ≤ K and that the required candidates fit. */
    static void checkK(Candidates c, int k) {
        if (k < 1 || k > c.count()) throw new IllegalArgumentException("cannot select k = " + k + " of " + c.count() + " candidates");
        int req = c.required().length;
        if (req > k) throw new IllegalArgumentException(req + " required candidates do not fit in k = " + k);
    }
}
