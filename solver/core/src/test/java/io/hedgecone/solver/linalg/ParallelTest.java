package io.hedgecone.solver.linalg;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.*;

class ParallelTest {
    @Test void chunksPartitionTheRangeIndependentlyOfTheThreads() {
        for (int n : new int[] {0, 1, 3, 4, 7, 1000, 100_003}) {
            assertEquals(0, Parallel.chunkStart(n, 0));
            assertEquals(n, Parallel.chunkStart(n, Parallel.CHUNKS));
            for (int c = 0; c < Parallel.CHUNKS; c++) assertTrue(Parallel.chunkStart(n, c) <= Parallel.chunkStart(n, c + 1));
        }
    }

    @Test void everyIndexRunsOnceInItsOwnChunk() {
        int n = 200_001;
        for (Parallel par : new Parallel[] {Parallel.SEQUENTIAL, Parallel.of(0), Parallel.of(2), Parallel.of(8)}) {
            AtomicIntegerArray hits = new AtomicIntegerArray(n);
            int[] chunkOf = new int[n];
            par.forRange(n, 1, (ch, from, to) -> {
                assertEquals(Parallel.chunkStart(n, ch), from);
                assertEquals(Parallel.chunkStart(n, ch + 1), to);
                for (int i = from; i < to; i++) { hits.incrementAndGet(i); chunkOf[i] = ch; }
            });
            for (int i = 0; i < n; i++) assertEquals(1, hits.get(i), "index " + i + " with " + par.threads() + " threads");
            assertEquals(0, chunkOf[0]);
            assertEquals(Parallel.CHUNKS - 1, chunkOf[n - 1]);
        }
    }

    @Test void aFailingChunkFailsTheLoopOnTheCallingThread() {
        IllegalStateException boom = new IllegalStateException("chunk 2 failed");
        for (int k = 0; k < 20; k++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.of(0).forRange(10_000, 1, (ch, from, to) -> {
                if (ch == 2) throw boom;
            }));
            assertSame(boom, e);
        }
        // the helpers survive a failure: the next loop still covers every index
        AtomicIntegerArray hits = new AtomicIntegerArray(10_000);
        Parallel.of(0).forRange(10_000, 1, (ch, from, to) -> { for (int i = from; i < to; i++) hits.incrementAndGet(i); });
        for (int i = 0; i < 10_000; i++) assertEquals(1, hits.get(i));
    }

    @Test void nestedLoopsDoNotDeadlock() {
        AtomicIntegerArray hits = new AtomicIntegerArray(64);
        Parallel.of(0).forRange(8, 1, (ch, from, to) -> {
            for (int i = from; i < to; i++) {
                int row = i;
                Parallel.of(0).forRange(8, 1, (c2, f2, t2) -> { for (int j = f2; j < t2; j++) hits.incrementAndGet(8 * row + j); });
            }
        });
        for (int i = 0; i < 64; i++) assertEquals(1, hits.get(i));
    }

    @Test void negativeThreadCountsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.of(-1));
        assertTrue(e.getMessage().contains("threads"), e.getMessage());
    }
}
