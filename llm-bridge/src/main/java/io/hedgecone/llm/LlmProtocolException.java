package io.hedgecone.llm;

/**
 * The server answered 2xx but the body is not a usable response: malformed JSON, a missing or mistyped field, the
 * wrong number of samples or vectors, a vector of the wrong dimension or with non-finite entries. Not retried: a
 * server that sends a complete but wrong body will most likely send it again.
 */
public final class LlmProtocolException extends LlmPermanentException {
    public LlmProtocolException(String message, Throwable cause) { super(message, -1, cause); }
}
