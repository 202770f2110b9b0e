package io.hedgecone.solver.linalg;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data-parallel loops over a fixed number of contiguous chunks, for the solver's long per-cone and per-entry loops
 * (ten thousand small cones, products with a matrix of half a million entries).
 *
 * <p>The chunking depends only on the loop length, never on the number of threads, and a loop whose chunks are
 * combined (a minimum, a sum) combines them in chunk order: a solve gives the same bits on one core as on many.
 * Loops whose iterations write disjoint outputs give the same bits as the plain sequential loop.
 *
 * <p>The calling thread works too: it claims chunks alongside the helpers and only waits for chunks a helper has
 * already started, so a busy (or absent) helper never blocks a solve, and nested or concurrent solves cannot
 * deadlock. Helpers are daemon threads shared by all solves.
 */
public final class Parallel {
    /** Chunks per loop: a fixed number, so that the chunk boundaries (and any chunk-wise sums) do not vary. */
    public static final int CHUNKS = 4;

    /** Sequential execution: every loop runs its chunks in order on the calling thread. */
    public static final Parallel SEQUENTIAL = new Parallel(1);

    private static final int HELPERS = Math.max(0, Math.min(CHUNKS, Runtime.getRuntime().availableProcessors()) - 1);
    private static volatile ExecutorService pool;

    /** A range of loop indices, [from, to), with the chunk's number. */
    @FunctionalInterface public interface Body { void run(int chunk, int from, int to); }

    private final int threads;

    private Parallel(int threads) { this.threads = threads; }

    /**
     * Loops on up to {@code threads} threads (the caller included); 0 means as many as there are processors (at
     * most {@link #CHUNKS}).
     */
    public static Parallel of(int threads) {
        if (threads < 0) throw new IllegalArgumentException("threads must be >= 0, got " + threads);
        int t = threads == 0 ? HELPERS + 1 : Math.min(threads, CHUNKS);
        return t <= 1 ? SEQUENTIAL : new Parallel(t);
    }

    public int threads() { return threads; }

    /** Start of chunk {@code c} of a loop of length {@code n}. */
    public static int chunkStart(int n, int c) { return (int) ((long) n * c / CHUNKS); }

    /**
     * Runs {@code body} over [0, n) in {@link #CHUNKS} chunks, in parallel when there are helpers and
     * n ≥ {@code minParallel} (shorter loops cost more to hand over than they take).
     */
    public void forRange(int n, int minParallel, Body body) {
        if (threads <= 1 || n < minParallel || HELPERS == 0) {
            for (int c = 0; c < CHUNKS; c++) body.run(c, chunkStart(n, c), chunkStart(n, c + 1));
            return;
        }
        Job job = new Job(n, body);
        ExecutorService p = pool();
        for (int h = 1; h < threads; h++) p.execute(job);
        job.run();
        job.await();
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (Parallel.class) {
                if (pool == null) {
                    AtomicInteger count = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(Math.max(1, HELPERS), r -> {
                        Thread t = new Thread(r, "hedgecone-parallel-" + count.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                }
                p = pool;
            }
        }
        return p;
    }

    /** One loop: chunks claimed in order by whoever comes first; the caller waits only for chunks under way. */
    private static final class Job implements Runnable {
        private final int n;
        private final Body body;
        private final AtomicInteger next = new AtomicInteger(), done = new AtomicInteger();
        private volatile Throwable failure;

        Job(int n, Body body) { this.n = n; this.body = body; }

        @Override public void run() {
            for (int c; (c = next.getAndIncrement()) < CHUNKS; ) {
                try {
                    if (failure == null) body.run(c, chunkStart(n, c), chunkStart(n, c + 1));
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    done.incrementAndGet();
                }
            }
        }

        void await() {
            for (int spins = 0; done.get() < CHUNKS; spins++) {
                if (spins < 1 << 12) Thread.onSpinWait();
                else Thread.yield();
            }
            Throwable t = failure;
            if (t instanceof RuntimeException e) throw e;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IllegalStateException(t);
        }
    }
}
