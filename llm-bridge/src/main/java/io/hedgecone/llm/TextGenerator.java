package io.hedgecone.llm;

import java.util.concurrent.CompletableFuture;

/**
 * Samples text from a language model (or from the simulator). Implementations are thread-safe.
 */
public interface TextGenerator {

    /**
     * Draws {@code request.params().n()} samples for one prompt, blocking until they are all there.
     *
     * @throws LlmBadRequestException  the request was refused as invalid (not worth repeating)
     * @throws LlmTransientException   the backend failed in a way that may pass (after the backend's own retries)
     * @throws LlmPermanentException   the backend failed in a way that will not pass by repeating
     */
    Generation generate(GenerationRequest request);

    /**
     * Asynchronous {@link #generate}. Cancelling the returned future cancels the request where the backend can (the
     * HTTP client aborts the exchange). The default runs {@link #generate} on the calling thread.
     */
    default CompletableFuture<Generation> generateAsync(GenerationRequest request) {
        try {
            return CompletableFuture.completedFuture(generate(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
