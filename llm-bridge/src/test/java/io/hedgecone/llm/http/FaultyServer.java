package io.hedgecone.llm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.hedgecone.llm.config.Secret;
import io.hedgecone.llm.server.LoopbackOpenAiServer;
import io.hedgecone.llm.sim.SimulatedLlm;
import io.hedgecone.llm.wire.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loopback server in front of the simulator, with a script of faults per path: each request to a path takes the
 * next fault of its script (none left: served normally). Records arrival times and the most requests held at once.
 * Every wait ends when the server closes, so no test thread outlives its test.
 */
final class FaultyServer implements AutoCloseable {

    /** What to do with one request; {@code true} if it answered (or broke) the exchange itself. */
    @FunctionalInterface
    interface Fault {
        boolean apply(HttpExchange ex, FaultyServer s) throws IOException;
    }

    final SimulatedLlm sim = SimulatedLlm.withSeed(7);
    final LoopbackOpenAiServer server;
    private final Map<String, Deque<Fault>> script = new ConcurrentHashMap<>();
    private final List<Long> arrivals = new ArrayList<>();
    private final AtomicInteger held = new AtomicInteger(), maxHeld = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    FaultyServer() throws IOException { this(null); }

    FaultyServer(Secret requiredKey) throws IOException {
        server = LoopbackOpenAiServer.start(sim, sim, sim, LoopbackOpenAiServer.Options.defaults()
                .withRequiredKey(requiredKey).withInterceptor(this::intercept));
    }

    /** Queues faults for the next requests to {@code path} (e.g. "/v1/completions"). */
    void script(String path, Fault... faults) {
        Deque<Fault> q = script.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (q) {
            q.addAll(List.of(faults));
        }
    }

    int requests() { return server.requestCount(); }

    /** Arrival times (System.nanoTime) of all requests so far. */
    synchronized List<Long> arrivals() { return List.copyOf(arrivals); }

    /** Requests inside a {@link #hold} or {@link #delay} right now. */
    int held() { return held.get(); }

    int maxHeld() { return maxHeld.get(); }

    private boolean intercept(HttpExchange ex, String path, int n) throws IOException {
        synchronized (this) {
            arrivals.add(System.nanoTime());
        }
        Deque<Fault> q = script.get(path);
        Fault f;
        if (q == null) return false;
        synchronized (q) {
            f = q.poll();
        }
        return f != null && f.apply(ex, this);
    }

    /** Waits up to {@code d}, less if the server closes. */
    private void pause(Duration d) {
        try {
            closing.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void holding(Runnable wait) {
        maxHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
        try {
            wait.run();
        } finally {
            held.decrementAndGet();
        }
    }

    @Override public void close() {
        closing.countDown();
        server.close();
    }

    // ---------------------------------------------------------------- faults

    /** Served normally. */
    static Fault pass() { return (ex, s) -> false; }

    /** Waits {@code d} before serving normally (slow first byte). */
    static Fault delay(Duration d) {
        return (ex, s) -> {
            s.holding(() -> s.pause(d));
            return false;
        };
    }

    /** Waits until {@code release} opens (or the server closes), then serves normally. */
    static Fault hold(CountDownLatch release) {
        return (ex, s) -> {
            s.holding(() -> {
                try {
                    while (!release.await(10, TimeUnit.MILLISECONDS) && s.closing.getCount() > 0) { /* wait */ }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return false;
        };
    }

    /** Answers {@code status} with a protocol error body and the given header name/value pairs. */
    static Fault status(int status, String... headers) {
        return (ex, s) -> {
            ex.getRequestBody().readAllBytes();
            for (int i = 0; i + 1 < headers.length; i += 2) ex.getResponseHeaders().add(headers[i], headers[i + 1]);
            LoopbackOpenAiServer.sendError(ex, status, "injected " + status, "injected");
            return true;
        };
    }

    /** 200 with exactly this body (complete, but maybe not JSON). */
    static Fault body(String body) {
        return (ex, s) -> {
            ex.getRequestBody().readAllBytes();
            LoopbackOpenAiServer.send(ex, 200, body.getBytes(StandardCharsets.UTF_8));
            return true;
        };
    }

    /** Declares a 2000-byte body, sends 40 bytes, then drops the connection. */
    static Fault truncated() {
        return (ex, s) -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, 2000);
            OutputStream os = ex.getResponseBody();
            os.write("{\"choices\":[{\"index\":0,\"text\":\"cut short".getBytes(StandardCharsets.UTF_8));
            os.flush();
            throw new IOException("truncated on purpose"); // the JDK server closes the connection on a handler exception
        };
    }

    /** Declares a 2000-byte body, sends 40 bytes, then sends nothing more until the server closes. */
    static Fault stallBody() {
        return (ex, s) -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, 2000);
            OutputStream os = ex.getResponseBody();
            os.write("{\"choices\":[{\"index\":0,\"text\":\"stalled ".getBytes(StandardCharsets.UTF_8));
            os.flush();
            s.holding(() -> s.pause(Duration.ofSeconds(20)));
            throw new IOException("stalled on purpose");
        };
    }

    /** Closes the connection without any response. */
    static Fault drop() {
        return (ex, s) -> {
            ex.getRequestBody().readAllBytes();
            throw new IOException("dropped on purpose");
        };
    }

    /**
     * Serves embeddings computed by the simulator, then lets {@code edit} change the response JSON (e.g. shorten one
     * vector) before it is sent.
     */
    static Fault editEmbeddings(java.util.function.Consumer<ObjectNode> edit) {
        return (ex, s) -> {
            JsonNode req = Json.parse(ex.getRequestBody().readAllBytes());
            List<String> texts = new ArrayList<>();
            req.get("input").forEach(t -> texts.add(t.textValue()));
            ObjectNode resp = io.hedgecone.llm.wire.EmbeddingWire.responseJson(s.sim.embed(texts));
            edit.accept(resp);
            LoopbackOpenAiServer.send(ex, 200, Json.bytes(resp));
            return true;
        };
    }

    /** Drops the last entry of vector {@code i}'s embedding. */
    static java.util.function.Consumer<ObjectNode> shorten(int i) {
        return resp -> {
            ArrayNode v = (ArrayNode) resp.get("data").get(i).get("embedding");
            v.remove(v.size() - 1);
        };
    }
}
