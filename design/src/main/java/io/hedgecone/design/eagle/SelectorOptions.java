package io.hedgecone.design.eagle;

import io.hedgecone.design.Criterion;
import io.hedgecone.design.DesignOptions;

/**
 * Options of {@link ActionSetSelector}.
 *
 * @param criterion criterion of the continuous design (G by default, EAGLE's choice; D gives the same design)
 * @param design    how the continuous design is computed
 * @param rounding  rounding rule: exchange (default), topk, sample or eagle
 * @param c         EAGLE's approximation factor C for the acceptance test (rule eagle; reported for every rule)
 * @param maxDraws  rejection-sampling draws (rule eagle)
 * @param seed      seed of the randomized rules
 * @param centering raw next-state embeddings or their offsets from the state
 */
public record SelectorOptions(Criterion criterion, DesignOptions design, String rounding, double c, int maxDraws, long seed,
                              Centering centering) {
    public SelectorOptions {
        if (criterion == null || design == null || rounding == null || centering == null) throw new IllegalArgumentException("null option");
        if (!(c >= 1)) throw new IllegalArgumentException("C must be >= 1, got " + c);
        if (maxDraws < 1) throw new IllegalArgumentException("maxDraws must be >= 1, got " + maxDraws);
    }

    /** G criterion, default design options, exchange rounding, C = 1, 1000 draws, seed 0, raw embeddings. */
    public static SelectorOptions defaults() {
        return new SelectorOptions(Criterion.G, DesignOptions.defaults(), "exchange", 1.0, 1000, 0L, Centering.RAW);
    }

    public SelectorOptions withRounding(String r) { return new SelectorOptions(criterion, design, r, c, maxDraws, seed, centering); }
    public SelectorOptions withSeed(long s) { return new SelectorOptions(criterion, design, rounding, c, maxDraws, s, centering); }
    public SelectorOptions withCentering(Centering ct) { return new SelectorOptions(criterion, design, rounding, c, maxDraws, seed, ct); }
    public SelectorOptions withDesign(DesignOptions d) { return new SelectorOptions(criterion, d, rounding, c, maxDraws, seed, centering); }
    public SelectorOptions withCriterion(Criterion cr) { return new SelectorOptions(cr, design, rounding, c, maxDraws, seed, centering); }
}
