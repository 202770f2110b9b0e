package io.hedgecone.llm;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Maps texts to float vectors of one declared dimension. Implementations are thread-safe.
 */
public interface Embedder {

    /** Length of every vector this embedder returns. */
    int dimension();

    /**
     * Embeds {@code texts}; vector {@code i} of the result belongs to {@code texts.get(i)}. Every vector has
     * {@link #dimension()} finite entries; a backend that cannot guarantee that throws instead.
     *
     * @throws LlmException as {@link TextGenerator#generate} does
     */
    Embeddings embed(List<String> texts);

    /** Asynchronous {@link #embed}; the default runs it on the calling thread. */
    default CompletableFuture<Embeddings> embedAsync(List<String> texts) {
        try {
            return CompletableFuture.completedFuture(embed(texts));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Embeds one text. */
    default float[] embed(String text) {
        return embed(List.of(text)).vectors().get(0);
    }
}
