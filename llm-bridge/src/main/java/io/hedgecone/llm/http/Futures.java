package io.hedgecone.llm.http;

import io.hedgecone.llm.LlmFutures;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Composition that keeps cancellation working: {@link CompletableFuture#thenCompose} does not pass a cancel on to
 * the stage that is running, these do.
 */
final class Futures {
    private Futures() {}

    /** {@code next(first's value)}; cancelling the result cancels whichever of the two is running. */
    static <A, B> CompletableFuture<B> then(CompletableFuture<A> first, Function<A, CompletableFuture<B>> next) {
        CompletableFuture<B> out = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> stage = new AtomicReference<>(first);
        out.whenComplete((v, t) -> {
            if (out.isCancelled()) stage.get().cancel(true);
        });
        first.whenComplete((a, t) -> {
            if (t != null) {
                out.completeExceptionally(LlmFutures.rethrowable(t));
                return;
            }
            CompletableFuture<B> f;
            try {
                f = next.apply(a);
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
                return;
            }
            stage.set(f);
            if (out.isCancelled()) f.cancel(true);
            f.whenComplete((b, t2) -> {
                if (t2 != null) out.completeExceptionally(LlmFutures.rethrowable(t2));
                else out.complete(b);
            });
        });
        return out;
    }

    /**
     * All of {@code parts}, in order. The first failure fails the result at once and cancels the other parts;
     * cancelling the result cancels every part.
     */
    static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> parts) {
        CompletableFuture<List<T>> out = new CompletableFuture<>();
        out.whenComplete((v, t) -> {
            if (t != null) parts.forEach(p -> p.cancel(true)); // no-op for the parts already done
        });
        for (CompletableFuture<T> p : parts)
            p.whenComplete((v, t) -> {
                if (t != null) out.completeExceptionally(LlmFutures.rethrowable(t));
            });
        CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).whenComplete((v, t) -> {
            if (t == null) out.complete(parts.stream().map(CompletableFuture::join).toList());
        });
        return out;
    }
}
