package io.hedgecone.llm.config;

import java.util.Objects;

/**
 * A credential whose {@link #toString()} never shows it, so it cannot end up in a log line or an exception message by
 * accident. Only {@link #reveal()} gives the value, for the one place that puts it in a request header.
 */
public final class Secret {
    private final String value;

    private Secret(String value) { this.value = value; }

    /** Wraps a non-blank value. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("api_key must not be blank");
        return new Secret(value.strip());
    }

    /** The credential itself; do not log it. */
    public String reveal() { return value; }

    @Override public String toString() { return "Secret[redacted]"; }

    @Override public boolean equals(Object o) { return o instanceof Secret s && s.value.equals(value); }

    @Override public int hashCode() { return value.hashCode(); }
}
