package io.hedgecone.llm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hedgecone.llm.Embedder;
import io.hedgecone.llm.Embeddings;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.LlmBadRequestException;
import io.hedgecone.llm.ModelCatalog;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.TextGenerator;
import io.hedgecone.llm.config.Secret;
import io.hedgecone.llm.wire.CompletionWire;
import io.hedgecone.llm.wire.EmbeddingWire;
import io.hedgecone.llm.wire.ErrorWire;
import io.hedgecone.llm.wire.Json;
import io.hedgecone.llm.wire.ModelsWire;
import io.hedgecone.llm.wire.WireFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small OpenAI-compatible server on the loopback interface only (127.0.0.1), in front of any
 * {@link TextGenerator} / {@link Embedder} — usually the simulator. It exists to test and measure the HTTP client
 * without a GPU host: the fault-injection tests, {@code hedgecone llm serve}, and the throughput numbers. It serves
 * {@code POST /v1/completions}, {@code POST /v1/chat/completions}, {@code POST /v1/embeddings} and
 * {@code GET /v1/models}; errors use the protocol's {@code {"error": {...}}} body.
 */
public final class LoopbackOpenAiServer implements AutoCloseable {
    private static final int MAX_BODY = 16 << 20;

    static {
        // The JDK server writes headers and body as two segments; without TCP_NODELAY the body waits for the
        // client's delayed ACK (~40 ms per response). Real inference servers set it; read once, at first server start.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /**
     * Runs before each request is served and may answer it itself (tests inject faults this way; {@code serve} adds
     * latency). Returns {@code true} if it sent the response, {@code false} to let the server answer normally.
     */
    @FunctionalInterface
    public interface Interceptor {
        boolean intercept(HttpExchange exchange, String path, int requestNumber) throws IOException;

        Interceptor NONE = (e, p, n) -> false;
    }

    /**
     * How to run.
     *
     * @param port        TCP port, 0 for any free one
     * @param threads     handler threads (requests served at once)
     * @param requiredKey bearer token clients must send, or {@code null} for none
     * @param interceptor per-request hook
     */
    public record Options(int port, int threads, Secret requiredKey, Interceptor interceptor) {
        public Options {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in 0..65535, got " + port);
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            Objects.requireNonNull(interceptor, "interceptor");
        }

        /** Any free port, 64 threads, no key, no interceptor. */
        public static Options defaults() { return new Options(0, 64, null, Interceptor.NONE); }

        public Options withPort(int p) { return new Options(p, threads, requiredKey, interceptor); }

        public Options withThreads(int t) { return new Options(port, t, requiredKey, interceptor); }

        public Options withRequiredKey(Secret k) { return new Options(port, threads, k, interceptor); }

        public Options withInterceptor(Interceptor i) { return new Options(port, threads, requiredKey, i); }
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final TextGenerator generator;
    private final Embedder embedder;
    private final ModelCatalog catalog;
    private final Options options;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();

    private LoopbackOpenAiServer(HttpServer server, ExecutorService pool, TextGenerator g, Embedder e, ModelCatalog c, Options o) {
        this.server = server;
        this.pool = pool;
        this.generator = g;
        this.embedder = e;
        this.catalog = c;
        this.options = o;
    }

    /** Starts serving {@code g}, {@code e} and {@code c} (any may be {@code null}: its endpoints then answer 404). */
    public static LoopbackOpenAiServer start(TextGenerator g, Embedder e, ModelCatalog c, Options o) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), o.port()), 256);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "llm-loopback-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        s.setExecutor(pool);
        LoopbackOpenAiServer srv = new LoopbackOpenAiServer(s, pool, g, e, c, o);
        s.createContext("/", srv::handle);
        s.start();
        return srv;
    }

    /** The base URL clients take, {@code http://127.0.0.1:PORT/v1}. */
    public URI baseUrl() { return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/v1"); }

    public int port() { return server.getAddress().getPort(); }

    /** Requests received so far (intercepted ones included). */
    public int requestCount() { return requests.get(); }

    /** Stops at once; handlers still running are interrupted. */
    @Override public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            int number = requests.incrementAndGet();
            if (options.interceptor().intercept(ex, path, number)) return;
            byte[] body = readBody(ex);
            if (body == null) return;
            if (options.requiredKey() != null
                    && !("Bearer " + options.requiredKey().reveal()).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                sendError(ex, 401, "missing or wrong API key", "authentication_error");
                return;
            }
            route(ex, path, body);
        }
    }

    private void route(HttpExchange ex, String path, byte[] body) throws IOException {
        String method = ex.getRequestMethod();
        boolean get = path.equals("/v1/models");
        boolean known = get || path.equals("/v1/completions") || path.equals("/v1/chat/completions") || path.equals("/v1/embeddings");
        if (!known) {
            sendError(ex, 404, "no such endpoint: " + path, "not_found_error");
            return;
        }
        if (!method.equals(get ? "GET" : "POST")) {
            sendError(ex, 405, path + " takes " + (get ? "GET" : "POST") + ", not " + method, "invalid_request_error");
            return;
        }
        try {
            JsonNode out = switch (path) {
                case "/v1/models" -> catalog == null ? null : ModelsWire.responseJson(catalog.models(), now());
                case "/v1/embeddings" -> embedder == null ? null : embeddings(Json.parse(body));
                default -> generator == null ? null : completions(Json.parse(body), path.equals("/v1/chat/completions"));
            };
            if (out == null) sendError(ex, 404, path + " is not served here", "not_found_error");
            else send(ex, 200, Json.bytes(out));
        } catch (WireFormatException | LlmBadRequestException | IllegalArgumentException e) {
            sendError(ex, 400, e.getMessage(), "invalid_request_error");
        } catch (RuntimeException e) {
            sendError(ex, 500, "backend failed: " + e, "server_error");
        }
    }

    private JsonNode completions(JsonNode body, boolean chat) {
        GenerationRequest r = CompletionWire.parseRequest(body, chat);
        Generation g = generator.generate(r);
        String id = (chat ? "chatcmpl-" : "cmpl-") + ids.incrementAndGet();
        return CompletionWire.responseJson(g, r.prompt() instanceof Prompt.Chat, r.params().logprobs() != null, id, now());
    }

    private JsonNode embeddings(JsonNode body) {
        EmbeddingWire.Request r = EmbeddingWire.parseRequest(body);
        Embeddings e = embedder.embed(r.texts());
        return EmbeddingWire.responseJson(e);
    }

    private static long now() { return System.currentTimeMillis() / 1000; }

    /** The whole request body, or {@code null} after answering 413 to one that is too large. */
    private static byte[] readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            if (b.length > MAX_BODY) {
                sendError(ex, 413, "request body larger than " + MAX_BODY + " bytes", "invalid_request_error");
                return null;
            }
            return b;
        }
    }

    /** Sends a JSON body with a fixed length. */
    public static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    /** Sends the protocol's error body. */
    public static void sendError(HttpExchange ex, int status, String message, String type) throws IOException {
        send(ex, status, Json.bytes(ErrorWire.json(message, type, status)));
    }
}
