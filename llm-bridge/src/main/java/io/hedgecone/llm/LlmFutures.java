package io.hedgecone.llm;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for the futures of the asynchronous API with the exceptions of the blocking one. */
public final class LlmFutures {
    private LlmFutures() {}

    /**
     * Waits for {@code f}. An {@link LlmException} (or other runtime exception) the future failed with is rethrown
     * as is; an interrupt cancels {@code f}, keeps the thread's interrupt flag and throws {@link LlmCancelledException}.
     */
    public static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmCancelledException("interrupted while waiting for the LLM backend; request cancelled", e);
        } catch (CancellationException e) {
            throw new LlmCancelledException("request was cancelled", e);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        }
    }

    /** The exception to rethrow for a future's failure cause: unwrapped, runtime exceptions as they are. */
    public static RuntimeException rethrowable(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error err) throw err;
        return new CompletionException(t);
    }
}
