package io.hedgecone.llm.wire;

/**
 * A JSON document that does not have the shape the protocol requires. The client turns it into an
 * {@link io.hedgecone.llm.LlmProtocolException}, the server into HTTP 400.
 */
public final class WireFormatException extends RuntimeException {
    public WireFormatException(String message) { super(message); }

    public WireFormatException(String message, Throwable cause) { super(message, cause); }
}
