package io.hedgecone.llm;

/** No complete response arrived within the per-request timeout (connecting, waiting for headers or reading the body). */
public final class LlmTimeoutException extends LlmTransientException {
    public LlmTimeoutException(String message, Throwable cause) { super(message, -1, null, cause); }
}
