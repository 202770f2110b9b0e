package io.hedgecone.llm.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsyncLimiterTest {

    @Test void startsAtMostPermitsAndTheRestInArrivalOrder() throws Exception {
        AsyncLimiter l = new AsyncLimiter(2);
        List<CompletableFuture<Integer>> inner = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        List<CompletableFuture<Integer>> outer = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int k = i;
            outer.add(l.submit(() -> {
                started.add(k);
                CompletableFuture<Integer> f = new CompletableFuture<>();
                inner.add(f);
                return f;
            }));
        }
        assertEquals(List.of(0, 1), started);
        assertEquals(3, l.queued());
        inner.get(1).complete(1);
        assertEquals(List.of(0, 1, 2), started);
        inner.get(0).complete(0);
        inner.get(2).complete(2);
        assertEquals(List.of(0, 1, 2, 3, 4), started);
        inner.get(3).complete(3);
        inner.get(4).complete(4);
        for (int i = 0; i < 5; i++) assertEquals(i, outer.get(i).get());
        assertEquals(0, l.running());
    }

    @Test void aCancelledQueuedTaskNeverStarts() {
        AsyncLimiter l = new AsyncLimiter(1);
        CompletableFuture<String> first = new CompletableFuture<>();
        l.submit(() -> first);
        boolean[] ran = {false};
        CompletableFuture<String> second = l.submit(() -> {
            ran[0] = true;
            return CompletableFuture.completedFuture("no");
        });
        second.cancel(true);
        first.complete("yes");
        assertTrue(!ran[0]);
        assertEquals(0, l.running());
        assertEquals(0, l.queued());
    }

    @Test void cancellingARunningTaskCancelsItAndFreesThePermit() {
        AsyncLimiter l = new AsyncLimiter(1);
        CompletableFuture<String> inner = new CompletableFuture<>();
        CompletableFuture<String> outer = l.submit(() -> inner);
        outer.cancel(true);
        assertTrue(inner.isCancelled());
        assertEquals(0, l.running());
    }

    @Test void aTaskThatThrowsFailsAndFreesThePermit() {
        AsyncLimiter l = new AsyncLimiter(1);
        CompletableFuture<String> f = l.submit(() -> {
            throw new IllegalStateException("boom");
        });
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        assertEquals("boom", e.getCause().getMessage());
        assertEquals(0, l.running());
    }
}
