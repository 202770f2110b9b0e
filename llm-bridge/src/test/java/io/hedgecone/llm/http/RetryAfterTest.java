package io.hedgecone.llm.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private static Optional<Duration> parse(String ms, String header) {
        return RetryAfter.parse(Optional.ofNullable(ms), Optional.ofNullable(header), NOW);
    }

    @Test void delaySeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(3)), parse(null, "3"));
        assertEquals(Optional.of(Duration.ofSeconds(0)), parse(null, "0"));
        assertEquals(Optional.of(Duration.ofMillis(1500)), parse(null, " 1.5 ")); // not RFC, but servers send it
    }

    @Test void httpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), parse(null, "Sat, 01 Mar 2025 12:01:30 GMT"));
        assertEquals(Optional.of(Duration.ZERO), parse(null, "Sat, 01 Mar 2025 11:00:00 GMT")); // in the past: no wait
    }

    @Test void retryAfterMsIsPreferredWhenValid() {
        assertEquals(Optional.of(Duration.ofMillis(250)), parse("250", "3"));
        assertEquals(Optional.of(Duration.ofSeconds(3)), parse("soon", "3"));
    }

    @Test void garbageIsIgnored() {
        assertEquals(Optional.empty(), parse(null, "-1"));
        assertEquals(Optional.empty(), parse(null, "tomorrow"));
        assertEquals(Optional.empty(), parse(null, "1e3"));
        assertEquals(Optional.empty(), parse(null, null));
    }
}
