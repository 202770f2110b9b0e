package io.hedgecone.llm.onnx;

/**
 * The token ids of one text, {@code [CLS] ... [SEP]}.
 *
 * @param ids       vocabulary ids
 * @param truncated whether pieces were cut to fit the maximum length
 */
public record Encoding(long[] ids, boolean truncated) {
    public int length() { return ids.length; }
}
