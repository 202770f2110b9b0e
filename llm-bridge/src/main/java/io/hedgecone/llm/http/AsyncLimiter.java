package io.hedgecone.llm.http;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs asynchronous tasks with at most {@code permits} in flight, the rest queued in arrival order, without blocking a
 * thread per waiting task. Cancelling a task's future removes it from the queue, or cancels the running task and frees
 * its permit.
 */
final class AsyncLimiter {
    private final int permits;
    private final ArrayDeque<Queued<?>> queue = new ArrayDeque<>();
    private int running;
    private RuntimeException closedBy; // non-null once closed: what later submissions fail with

    private record Queued<T>(CompletableFuture<T> outer, Supplier<CompletableFuture<T>> work) {}

    AsyncLimiter(int permits) {
        if (permits < 1) throw new IllegalArgumentException("max_concurrency must be >= 1, got " + permits);
        this.permits = permits;
    }

    /** Starts {@code work} when a permit is free; the returned future mirrors the task's. */
    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> work) {
        CompletableFuture<T> outer = new CompletableFuture<>();
        Queued<T> q = new Queued<>(outer, work);
        boolean startNow;
        synchronized (this) {
            if (closedBy != null) {
                outer.completeExceptionally(closedBy);
                return outer;
            }
            startNow = running < permits;
            if (startNow) running++;
            else queue.addLast(q);
        }
        if (startNow) start(q);
        else outer.whenComplete((v, t) -> {
            if (t != null) unqueue(q); // cancelled while waiting (a no-op if it had started): no permit was taken
        });
        return outer;
    }

    private <T> void start(Queued<T> q) {
        CompletableFuture<T> inner;
        try {
            inner = q.work.get();
        } catch (RuntimeException e) {
            inner = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> task = inner;
        q.outer.whenComplete((v, t) -> {
            if (q.outer.isCancelled()) task.cancel(true);
        });
        task.whenComplete((v, t) -> {
            release();
            if (t != null) q.outer.completeExceptionally(t);
            else q.outer.complete(v);
        });
    }

    private synchronized void unqueue(Queued<?> q) { queue.remove(q); }

    private void release() {
        Queued<?> next;
        synchronized (this) {
            next = null;
            for (Iterator<Queued<?>> it = queue.iterator(); it.hasNext(); ) {
                Queued<?> q = it.next();
                it.remove();
                if (!q.outer.isDone()) {
                    next = q;
                    break;
                }
            }
            if (next == null) running--;
        }
        if (next != null) start(next);
    }

    /** Tasks running now. */
    synchronized int running() { return running; }

    /** Tasks waiting for a permit. */
    synchronized int queued() { return queue.size(); }

    /** Fails every queued task, and every later submission, with {@code cause}; running tasks are left to their owners. */
    void close(RuntimeException cause) {
        Queued<?>[] waiting;
        synchronized (this) {
            closedBy = cause;
            waiting = queue.toArray(new Queued<?>[0]);
            queue.clear();
        }
        for (Queued<?> q : waiting) q.outer.completeExceptionally(cause);
    }
}
