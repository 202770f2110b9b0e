package io.hedgecone.llm;

/** The backend refused the request as invalid (HTTP 400, 404, 413, 422, or a local check). Never retried. */
public final class LlmBadRequestException extends LlmException {
    public LlmBadRequestException(String message) { this(message, -1, null); }

    public LlmBadRequestException(String message, int httpStatus, Throwable cause) { super(message, httpStatus, cause); }
}
