package io.hedgecone.llm.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to repeat a request that failed transiently (HTTP 408/429/5xx, connection errors, timeouts).
 *
 * <p>Retry {@code k} (k = 1 before the second attempt) waits {@code b/2 + U[0, b/2)} with
 * {@code b = min(maxBackoff, initialBackoff·2^(k-1))}: exponential, capped, and jittered so that many clients that
 * failed together do not come back together, yet never shorter than half the nominal backoff. A server's
 * {@code Retry-After} is a lower bound on the wait; one longer than {@code maxRetryAfter} is not waited for at all.
 *
 * @param maxAttempts    attempts including the first, ≥ 1 (1 = never retry)
 * @param initialBackoff nominal wait before the first retry, &gt; 0
 * @param maxBackoff     cap of the nominal wait, ≥ initialBackoff
 * @param maxRetryAfter  longest {@code Retry-After} honoured, ≥ 0
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("max_attempts must be >= 1, got " + maxAttempts);
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialBackoff.isNegative() || initialBackoff.isZero())
            throw new IllegalArgumentException("backoff_initial_ms must be > 0, got " + initialBackoff.toMillis());
        if (maxBackoff.compareTo(initialBackoff) < 0)
            throw new IllegalArgumentException("backoff_max_ms (" + maxBackoff.toMillis() + ") must be >= backoff_initial_ms (" + initialBackoff.toMillis() + ")");
        if (maxRetryAfter.isNegative()) throw new IllegalArgumentException("max_retry_after_s must be >= 0");
    }

    /** 4 attempts, 0.5 s initial backoff, 20 s cap, Retry-After honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    /** Never retries. */
    public static RetryPolicy none() { return defaults().withMaxAttempts(1); }

    public RetryPolicy withMaxAttempts(int v) { return new RetryPolicy(v, initialBackoff, maxBackoff, maxRetryAfter); }

    /** The nominal (un-jittered) backoff before retry {@code k} ≥ 1. */
    public Duration nominalBackoff(int k) {
        if (k < 1) throw new IllegalArgumentException("retry number must be >= 1, got " + k);
        long ns = initialBackoff.toNanos();
        long cap = maxBackoff.toNanos();
        for (int i = 1; i < k && ns < cap; i++) ns = ns > cap / 2 ? cap : ns * 2; // doubling without overflow
        return Duration.ofNanos(Math.min(ns, cap));
    }

    /** The wait before retry {@code k}: jittered backoff, but at least {@code retryAfter} when the server gave one. */
    public Duration delay(int k, Duration retryAfter, RandomGenerator rnd) {
        long b = nominalBackoff(k).toNanos();
        long jittered = b / 2 + (long) (rnd.nextDouble() * (b - b / 2));
        Duration d = Duration.ofNanos(jittered);
        return retryAfter != null && retryAfter.compareTo(d) > 0 ? retryAfter : d;
    }
}
