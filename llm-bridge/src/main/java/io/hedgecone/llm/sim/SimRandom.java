package io.hedgecone.llm.sim;

import java.nio.charset.StandardCharsets;

/**
 * SplitMix64 with Box–Muller normals, written out here so the simulator's numbers are fixed by this code alone and do
 * not change with the JDK's generators.
 */
final class SimRandom {
    private long state;

    SimRandom(long seed) { this.state = seed; }

    /** SplitMix64's finaliser: a well-mixed 64-bit function of {@code z}. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Combines values into one seed (order matters). */
    static long seed(long... parts) {
        long h = 0x2545F4914F6CDD1DL;
        for (long p : parts) h = mix(h ^ mix(p + 0x9e3779b97f4a7c15L));
        return h;
    }

    /** 64-bit FNV-1a of the UTF-8 bytes, mixed. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    long nextLong() {
        state += 0x9e3779b97f4a7c15L;
        return mix(state);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextDouble() { return (nextLong() >>> 11) * 0x1.0p-53; }

    /** Standard normal (Box–Muller, one value per call). */
    double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]: log is finite
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
