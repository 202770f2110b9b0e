package io.hedgecone.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may pass if the request is repeated: HTTP 408, 429 and 5xx, refused or reset connections, a body cut
 * short, a timeout. The HTTP client retries these itself; one that reaches the caller means it gave up.
 */
public sealed class LlmTransientException extends LlmException permits LlmTimeoutException {
    private final Duration retryAfter;

    public LlmTransientException(String message, int httpStatus, Duration retryAfter, Throwable cause) {
        super(message, httpStatus, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for ({@code Retry-After}), if it asked. */
    public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }
}
