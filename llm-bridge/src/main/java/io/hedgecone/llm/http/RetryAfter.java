package io.hedgecone.llm.http;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses the server's requested wait: {@code Retry-After} (RFC 9110: delay-seconds or an HTTP date) or {@code retry-after-ms}. */
final class RetryAfter {
    private RetryAfter() {}

    /**
     * The wait a response asks for. {@code retry-after-ms} (sent by some hosted APIs, finer grained) wins over
     * {@code Retry-After}. A date in the past means no wait; an unparseable value is ignored (empty).
     */
    static Optional<Duration> parse(Optional<String> retryAfterMs, Optional<String> retryAfter, Instant now) {
        if (retryAfterMs.isPresent()) {
            Optional<Duration> ms = seconds(retryAfterMs.get(), 1_000_000L);
            if (ms.isPresent()) return ms;
        }
        if (retryAfter.isEmpty()) return Optional.empty();
        String v = retryAfter.get().strip();
        Optional<Duration> s = seconds(v, 1_000_000_000L);
        if (s.isPresent()) return s;
        try {
            Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, when);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A non-negative decimal number of units ({@code nanosPerUnit} ns each); RFC says integer, servers send "1.5" too. */
    private static Optional<Duration> seconds(String v, long nanosPerUnit) {
        v = v.strip();
        if (!v.matches("\\d{1,9}(\\.\\d{1,9})?")) return Optional.empty();
        BigDecimal ns = new BigDecimal(v).multiply(BigDecimal.valueOf(nanosPerUnit));
        return Optional.of(Duration.ofNanos(ns.longValue()));
    }
}
