package io.hedgecone.bandits.eval;

/** A point estimate with a two-sided confidence interval [lo, hi]. */
public record Estimate(double estimate, double lo, double hi) {
    public boolean overlaps(Estimate o) { return lo <= o.hi && o.lo <= hi; }
}
