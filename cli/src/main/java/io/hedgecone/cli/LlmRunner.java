package io.hedgecone.cli;

import io.hedgecone.llm.LlmFutures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs the same request {@code count} times from {@code concurrency} caller threads and times it. */
final class LlmRunner {
    private LlmRunner() {}

    /** The results in request order, and the timing. */
    record Run<T>(List<T> results, long wallNanos, long[] latencies) {}

    static <T> Run<T> run(int count, int concurrency, IntFunction<T> request) {
        List<T> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) results.add(null);
        long[] lat = new long[count];
        AtomicInteger next = new AtomicInteger();
        int threads = Math.min(concurrency, count);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "llm-caller");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++)
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        T r = request.apply(i);
                        lat[i] = System.nanoTime() - s;
                        synchronized (results) {
                            results.set(i, r);
                        }
                    }
                    return null;
                }));
            for (Future<?> f : workers) {
                try {
                    LlmFutures.await(f);
                } catch (RuntimeException e) {
                    next.set(count); // stop the other callers after their current request
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - t0;
        synchronized (results) {
            return new Run<>(List.copyOf(results), wall, lat);
        }
    }
}
