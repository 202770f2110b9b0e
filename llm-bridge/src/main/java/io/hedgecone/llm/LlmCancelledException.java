package io.hedgecone.llm;

/** A blocking call was interrupted (the request is cancelled too) or the client was closed with the request pending. */
public final class LlmCancelledException extends LlmException {
    public LlmCancelledException(String message, Throwable cause) { super(message, -1, cause); }
}
