package io.hedgecone.llm;

/** A failure that repeating will not fix: authentication (401/403), other 4xx, or an unusable response. */
public sealed class LlmPermanentException extends LlmException permits LlmProtocolException {
    public LlmPermanentException(String message, int httpStatus, Throwable cause) { super(message, httpStatus, cause); }
}
