package io.hedgecone.llm;

/** Why a sample ended. */
public enum FinishReason {
    /** The model ended it or a stop string was hit. */
    STOP,
    /** It reached {@link SamplingParams#maxTokens()}. */
    LENGTH,
    /** Any other reason the backend gave (content filter, tool call, ...). */
    OTHER,
    /** The backend gave none. */
    UNKNOWN;

    /** Maps the protocol's {@code finish_reason} (possibly {@code null}). */
    public static FinishReason fromWire(String s) {
        if (s == null) return UNKNOWN;
        return switch (s) {
            case "stop", "eos", "stop_sequence" -> STOP;
            case "length" -> LENGTH;
            default -> OTHER;
        };
    }

    /** The protocol's name; {@code null} for {@link #UNKNOWN}. */
    public String wireName() {
        return switch (this) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case OTHER -> "other";
            case UNKNOWN -> null;
        };
    }
}
