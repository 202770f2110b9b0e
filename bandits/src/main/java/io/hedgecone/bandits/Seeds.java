package io.hedgecone.bandits;

/** Derives independent seeds from one user seed, so every stream (evaluation, optimization, each bench run) is reproducible. */
public final class Seeds {
    private Seeds() { }

    /** SplitMix64-style mix of a seed with a sequence of stream identifiers. */
    public static long mix(long seed, long... parts) {
        long h = seed;
        for (long p : parts) h = finalize(h ^ finalize(p + 0x9E3779B97F4A7C15L));
        return finalize(h);
    }

    private static long finalize(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
