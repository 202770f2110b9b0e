package io.hedgecone.llm.http;

import io.hedgecone.llm.Embedder;
import io.hedgecone.llm.Embeddings;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.LlmFutures;
import io.hedgecone.llm.LlmPermanentException;
import io.hedgecone.llm.LlmProtocolException;
import io.hedgecone.llm.ModelCatalog;
import io.hedgecone.llm.ModelInfo;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.TextGenerator;
import io.hedgecone.llm.Usage;
import io.hedgecone.llm.wire.CompletionWire;
import io.hedgecone.llm.wire.EmbeddingWire;
import io.hedgecone.llm.wire.ModelsWire;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Client of an OpenAI-compatible inference server — vLLM, llama.cpp's server, Ollama, TGI, or a hosted API — over
 * {@code java.net.http}: {@code /v1/completions} for text prompts, {@code /v1/chat/completions} for chat prompts,
 * {@code /v1/embeddings} and {@code /v1/models}.
 *
 * <p>At most {@link OpenAiConfig#maxConcurrency()} requests are in flight; the rest wait in a queue without holding
 * a thread. Embedding inputs are sent in batches of {@link OpenAiConfig#embeddingBatchSize()} texts, concurrently, and
 * reassembled in input order. Transient failures (408/429/5xx, connection errors, timeouts, bodies cut short) are
 * retried as {@link RetryPolicy} says; each attempt is bounded by the request timeout, including a body that stalls.
 * Cancelling a returned future aborts the HTTP exchange or the pending retry and frees the concurrency permit.
 * A 2xx body that is malformed or inconsistent (wrong number of samples, wrong vector dimension, non-finite values)
 * fails with {@link LlmProtocolException}; no partial or wrong vector is ever returned.
 *
 * <p>Thread-safe. {@link #close()} aborts pending requests.
 */
public final class OpenAiCompatible implements TextGenerator, Embedder, ModelCatalog, AutoCloseable {
    private final OpenAiConfig cfg;
    private final ScheduledThreadPoolExecutor timer;
    private final HttpCaller caller;
    private final AtomicInteger dimension;
    private final AtomicReference<CompletableFuture<String>> defaultModel = new AtomicReference<>();

    private OpenAiCompatible(OpenAiConfig cfg, long jitterSeed) {
        this.cfg = cfg;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "hedgecone-llm-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true); // cancelled timeout guards must not pile up
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // what inference servers speak; avoids h2c upgrade attempts
                .connectTimeout(cfg.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // never re-send a bearer token somewhere else
                .build();
        this.caller = new HttpCaller(client, cfg, timer, new SplittableRandom(jitterSeed));
        this.dimension = new AtomicInteger(cfg.embeddingDimension());
    }

    /**
     * A client for {@code cfg}. The retry jitter is seeded from the clock on purpose: clients that fail together
     * should not retry together.
     */
    public static OpenAiCompatible create(OpenAiConfig cfg) { return new OpenAiCompatible(cfg, System.nanoTime()); }

    /** A client whose retry jitter is seeded with {@code jitterSeed} (reproducible delays, for tests). */
    public static OpenAiCompatible create(OpenAiConfig cfg, long jitterSeed) { return new OpenAiCompatible(cfg, jitterSeed); }

    public OpenAiConfig config() { return cfg; }

    @Override public Generation generate(GenerationRequest request) { return LlmFutures.await(generateAsync(request)); }

    @Override public CompletableFuture<Generation> generateAsync(GenerationRequest r) {
        Objects.requireNonNull(r, "request");
        String path = r.prompt() instanceof Prompt.Chat ? "chat/completions" : "completions";
        return Futures.then(modelFor(r.model() != null ? r.model() : cfg.model()),
                m -> caller.call(path, CompletionWire.request(r, m), json -> CompletionWire.response(json, r, m)));
    }

    @Override public Embeddings embed(List<String> texts) { return LlmFutures.await(embedAsync(texts)); }

    @Override public CompletableFuture<Embeddings> embedAsync(List<String> texts) {
        List<String> in = List.copyOf(texts); // also rejects null elements
        if (in.isEmpty()) return Futures.then(dimensionAsync(), d -> CompletableFuture.completedFuture(
                new Embeddings(embeddingModelName(), d, List.of(), new Usage(0, 0))));
        return Futures.then(modelFor(cfg.embeddingModel() != null ? cfg.embeddingModel() : cfg.model()), m -> {
            List<CompletableFuture<Embeddings>> parts = new ArrayList<>();
            for (int from = 0; from < in.size(); from += cfg.embeddingBatchSize()) {
                int first = from;
                List<String> batch = in.subList(from, Math.min(in.size(), from + cfg.embeddingBatchSize()));
                parts.add(caller.call("embeddings", EmbeddingWire.request(m, batch), json -> fixDimension(EmbeddingWire.response(
                        json, batch.size(), dimension.get(), dimensionOrigin(), first, m))));
            }
            return Futures.all(parts).thenApply(OpenAiCompatible::concat);
        });
    }

    private String dimensionOrigin() {
        return cfg.embeddingDimension() > 0 ? "declared embedding_dimension" : "learnt from an earlier response";
    }

    private String embeddingModelName() {
        String m = cfg.embeddingModel() != null ? cfg.embeddingModel() : cfg.model();
        return m != null ? m : "";
    }

    /** The declared dimension, or the one learnt from the first response: every later response must match it. */
    private Embeddings fixDimension(Embeddings e) {
        if (dimension.compareAndSet(0, e.dimension()) || dimension.get() == e.dimension()) return e;
        throw new LlmProtocolException("POST " + cfg.resolve("embeddings") + ": vectors of dimension " + e.dimension()
                + " after earlier responses of dimension " + dimension.get(), null);
    }

    private static Embeddings concat(List<Embeddings> parts) {
        List<float[]> vs = new ArrayList<>();
        Usage u = new Usage(0, 0);
        for (Embeddings e : parts) {
            vs.addAll(e.vectors());
            u = u.plus(e.usage());
        }
        return new Embeddings(parts.get(0).model(), parts.get(0).dimension(), vs, u);
    }

    /**
     * The declared dimension; if none was declared and no response has come yet, embeds one short probe text to
     * learn it.
     */
    @Override public int dimension() { return LlmFutures.await(dimensionAsync()); }

    private CompletableFuture<Integer> dimensionAsync() {
        int d = dimension.get();
        if (d > 0) return CompletableFuture.completedFuture(d);
        return embedAsync(List.of("dimension probe")).thenApply(Embeddings::dimension);
    }

    @Override public List<ModelInfo> models() { return LlmFutures.await(modelsAsync()); }

    /** Asynchronous {@link #models()}. */
    public CompletableFuture<List<ModelInfo>> modelsAsync() { return caller.call("models", null, ModelsWire::response); }

    /** {@code named}, or the server's first listed model, asked once and remembered (forgotten again on failure). */
    private CompletableFuture<String> modelFor(String named) {
        if (named != null) return CompletableFuture.completedFuture(named);
        CompletableFuture<String> f = defaultModel.get();
        if (f == null) {
            CompletableFuture<String> mine = new CompletableFuture<>();
            if (defaultModel.compareAndSet(null, mine)) {
                modelsAsync().whenComplete((list, t) -> {
                    if (t != null) {
                        defaultModel.compareAndSet(mine, null);
                        mine.completeExceptionally(LlmFutures.rethrowable(t));
                    } else if (list.isEmpty()) {
                        defaultModel.compareAndSet(mine, null);
                        mine.completeExceptionally(new LlmPermanentException("GET " + cfg.resolve("models")
                                + " lists no models; name one with --model or the 'model' setting", -1, null));
                    } else {
                        mine.complete(list.get(0).id());
                    }
                });
            }
            f = defaultModel.get() != null ? defaultModel.get() : mine;
        }
        return f.copy(); // a caller cancelling its request must not cancel the shared lookup
    }

    /** Requests running now (each holds a concurrency permit). */
    public int inFlight() { return caller.running(); }

    /** Requests waiting for a permit. */
    public int queued() { return caller.queued(); }

    /** Aborts pending requests (they fail with {@link io.hedgecone.llm.LlmCancelledException}) and stops the timer. */
    @Override public void close() {
        caller.close();
        timer.shutdownNow();
    }

    @Override public String toString() { return "OpenAiCompatible[" + cfg.endpoint() + "]"; }
}
