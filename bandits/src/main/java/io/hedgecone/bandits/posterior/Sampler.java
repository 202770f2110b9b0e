package io.hedgecone.bandits.posterior;

/** A seeded stream of posterior draws. Not thread-safe: one per thread or chunk. */
public interface Sampler {
    /** Writes the next draw θ (d) into {@code theta}. */
    void next(double[] theta);
}
