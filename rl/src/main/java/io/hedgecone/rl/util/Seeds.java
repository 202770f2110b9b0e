package io.hedgecone.rl.util;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seed derivation: every random stream of an experiment is named by its master seed and a few integer keys (seed
 * index, episode, step, ...), so results never depend on the order in which streams are created or on threads.
 */
public final class Seeds {
    private Seeds() {}

    /** SplitMix64's finalizer: a bijection of 64-bit values with good avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A seed for the stream named by {@code keys} under {@code seed}. */
    public static long derive(long seed, long... keys) {
        long h = mix(seed + 0x9e3779b97f4a7c15L);
        for (long k : keys) h = mix(h ^ mix(k + 0x632be59bd9b4e019L));
        return h;
    }

    /** 64-bit FNV-1a of the UTF-8 bytes, mixed: a stable key for a text. */
    public static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A generator for the stream named by {@code keys} under {@code seed}. */
    public static SplittableRandom rng(long seed, long... keys) { return new SplittableRandom(derive(seed, keys)); }
}
