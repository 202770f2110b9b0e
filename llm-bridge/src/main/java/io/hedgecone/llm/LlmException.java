package io.hedgecone.llm;

import java.util.OptionalInt;

/**
 * A failure of an LLM backend. The subclass says what the caller can do about it:
 * <ul>
 *   <li>{@link LlmBadRequestException}: the request itself was refused; fix it, do not repeat it;</li>
 *   <li>{@link LlmTransientException}: may pass if repeated later (the HTTP client already retried it);</li>
 *   <li>{@link LlmPermanentException}: the backend failed in a way repeating will not fix (authentication, a
 *       malformed or inconsistent response);</li>
 *   <li>{@link LlmCancelledException}: the caller cancelled or the client was closed.</li>
 * </ul>
 * Messages never contain the API key.
 */
public abstract sealed class LlmException extends RuntimeException
        permits LlmBadRequestException, LlmTransientException, LlmPermanentException, LlmCancelledException {

    private final int httpStatus;

    protected LlmException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status that caused it, if an HTTP response did. */
    public OptionalInt httpStatus() { return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty(); }
}
