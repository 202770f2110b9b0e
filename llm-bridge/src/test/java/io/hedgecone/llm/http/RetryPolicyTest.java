package io.hedgecone.llm.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {
    private final RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(60));

    @Test void nominalBackoffDoublesUpToTheCap() {
        assertEquals(Duration.ofMillis(100), p.nominalBackoff(1));
        assertEquals(Duration.ofMillis(200), p.nominalBackoff(2));
        assertEquals(Duration.ofMillis(800), p.nominalBackoff(4));
        assertEquals(Duration.ofMillis(1000), p.nominalBackoff(5));
        assertEquals(Duration.ofMillis(1000), p.nominalBackoff(1000)); // no overflow however many retries
    }

    @Test void jitteredDelayStaysWithinHalfToFullNominalAndVaries() {
        SplittableRandom rnd = new SplittableRandom(1);
        long min = Long.MAX_VALUE, max = 0;
        for (int i = 0; i < 2000; i++) {
            long d = p.delay(3, null, rnd).toNanos();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        long b = p.nominalBackoff(3).toNanos();
        assertTrue(min >= b / 2 && max < b, min + ".." + max);
        // 2000 uniform draws cover [b/2, b) to within 1 % of its width at each end (failure odds ~ e^-40)
        assertTrue(min < b / 2 + b / 200 && max > b - b / 200, min + ".." + max);
    }

    @Test void sameSeedSameDelaysOtherSeedOtherDelays() {
        SplittableRandom a = new SplittableRandom(9), b = new SplittableRandom(9), c = new SplittableRandom(10);
        assertEquals(p.delay(2, null, a), p.delay(2, null, b));
        assertNotEquals(p.delay(2, null, new SplittableRandom(9)), p.delay(2, null, c));
    }

    @Test void retryAfterIsALowerBound() {
        SplittableRandom rnd = new SplittableRandom(3);
        assertEquals(Duration.ofSeconds(7), p.delay(1, Duration.ofSeconds(7), rnd));
        Duration shortAsk = Duration.ofMillis(1);
        Duration d = p.delay(4, shortAsk, rnd);
        assertTrue(d.compareTo(Duration.ofMillis(400)) >= 0, d.toString()); // backoff wins when longer
    }

    @Test void impossibleSettingsNameTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO));
        assertTrue(e.getMessage().startsWith("max_attempts"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(5), Duration.ZERO));
        assertTrue(e.getMessage().startsWith("backoff_max_ms"), e.getMessage());
    }
}
