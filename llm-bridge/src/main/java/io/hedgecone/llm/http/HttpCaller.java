package io.hedgecone.llm.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.hedgecone.llm.LlmCancelledException;
import io.hedgecone.llm.LlmException;
import io.hedgecone.llm.LlmProtocolException;
import io.hedgecone.llm.LlmTimeoutException;
import io.hedgecone.llm.LlmTransientException;
import io.hedgecone.llm.wire.Json;
import io.hedgecone.llm.wire.WireFormatException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * One logical call = up to {@code maxAttempts} HTTP exchanges: each bounded by the request timeout (headers and the
 * whole body), transient failures retried after a jittered backoff that respects {@code Retry-After}, all of it
 * inside one concurrency permit (a server that answers 429 is thus not hit harder while we wait), cancellable at
 * any point.
 */
final class HttpCaller {
    private static final System.Logger LOG = System.getLogger("io.hedgecone.llm");

    private final HttpClient client;
    private final OpenAiConfig cfg;
    private final AsyncLimiter limiter;
    private final ScheduledExecutorService timer;
    private final RandomGenerator jitter;
    private final Set<Call<?>> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    HttpCaller(HttpClient client, OpenAiConfig cfg, ScheduledExecutorService timer, RandomGenerator jitter) {
        this.client = client;
        this.cfg = cfg;
        this.limiter = new AsyncLimiter(cfg.maxConcurrency());
        this.timer = timer;
        this.jitter = jitter;
    }

    /**
     * Sends {@code body} ({@code null} for GET) to {@code path} and decodes a 2xx response with {@code decode}; a
     * {@link WireFormatException} from parsing or decoding becomes an {@link LlmProtocolException} (not retried).
     */
    <T> CompletableFuture<T> call(String path, JsonNode body, Function<JsonNode, T> decode) {
        if (closed) return CompletableFuture.failedFuture(new LlmCancelledException("client is closed", null));
        URI uri = cfg.resolve(path);
        String what = (body == null ? "GET " : "POST ") + uri;
        byte[] bytes = body == null ? null : Json.bytes(body);
        return limiter.submit(() -> {
            Call<T> c = new Call<>(uri, what, bytes, decode);
            c.start();
            return c.result;
        });
    }

    int running() { return limiter.running(); }

    int queued() { return limiter.queued(); }

    /** Fails queued and running calls with {@link LlmCancelledException} and aborts their exchanges. */
    void close() {
        closed = true;
        LlmCancelledException ex = new LlmCancelledException("client closed while the request was pending", null);
        limiter.close(ex);
        for (Call<?> c : open) c.abort(ex);
    }

    private final class Call<T> {
        final CompletableFuture<T> result = new CompletableFuture<>();
        private final URI uri;
        private final String what;
        private final byte[] body;
        private final Function<JsonNode, T> decode;
        private volatile Future<?> current;
        private int attempt; // advanced only by the sequential attempt chain

        Call(URI uri, String what, byte[] body, Function<JsonNode, T> decode) {
            this.uri = uri;
            this.what = what;
            this.body = body;
            this.decode = decode;
        }

        void start() {
            open.add(this);
            result.whenComplete((v, t) -> {
                open.remove(this);
                Future<?> f = current;
                if (result.isCompletedExceptionally() && f != null) f.cancel(true); // cancelled or aborted: stop the exchange or the pending retry
            });
            if (closed) abort(new LlmCancelledException("client is closed", null));
            else attempt();
        }

        /** One attempt; whatever goes wrong in preparing it fails the call instead of leaving it pending. */
        private void attempt() {
            try {
                send();
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }

        void abort(LlmException e) { result.completeExceptionally(e); }

        private void setCurrent(Future<?> f) {
            current = f;
            if (result.isDone()) f.cancel(true); // lost a race with cancellation
        }

        private void send() {
            if (result.isDone()) return;
            attempt++;
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .timeout(cfg.requestTimeout())
                    .header("Accept", "application/json")
                    .header("User-Agent", "hedgecone-llm-bridge");
            if (cfg.apiKey() != null) b.header("Authorization", "Bearer " + cfg.apiKey().reveal());
            if (body == null) b.GET();
            else b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
            CompletableFuture<HttpResponse<byte[]>> http;
            try {
                http = client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (RuntimeException e) {
                result.completeExceptionally(HttpFailures.forThrowable(what, e, cfg.requestTimeout()));
                return;
            }
            // HttpRequest.timeout stops at the headers; this guard also bounds a body that stalls halfway.
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> guard = timer.schedule(() -> {
                timedOut.set(true);
                http.cancel(true);
            }, cfg.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
            setCurrent(http);
            http.whenComplete((resp, err) -> {
                guard.cancel(false);
                try {
                    handle(resp, err, timedOut.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e); // never leave the caller waiting on a bug
                }
            });
        }

        private void handle(HttpResponse<byte[]> resp, Throwable err, boolean timedOut) {
            if (result.isDone()) return;
            LlmException failure;
            if (err != null) {
                Throwable t = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                failure = timedOut || t instanceof CancellationException
                        ? new LlmTimeoutException(what + ": no complete response within " + HttpFailures.seconds(cfg.requestTimeout()), t)
                        : HttpFailures.forThrowable(what, t, cfg.requestTimeout());
            } else if (resp.statusCode() / 100 == 2) {
                succeed(resp);
                return;
            } else {
                Duration retryAfter = RetryAfter.parse(resp.headers().firstValue("retry-after-ms"),
                        resp.headers().firstValue("retry-after"), Instant.now()).orElse(null);
                failure = HttpFailures.forStatus(what, resp.statusCode(), resp.body(), retryAfter);
            }
            retryOrFail(failure);
        }

        private void succeed(HttpResponse<byte[]> resp) {
            try {
                result.complete(decode.apply(Json.parse(resp.body())));
            } catch (WireFormatException e) {
                result.completeExceptionally(new LlmProtocolException(what + ": unusable response: " + e.getMessage(), e));
            } catch (LlmException e) {
                result.completeExceptionally(e);
            }
        }

        private void retryOrFail(LlmException failure) {
            RetryPolicy policy = cfg.retry();
            if (!(failure instanceof LlmTransientException t)) {
                result.completeExceptionally(failure);
                return;
            }
            Duration retryAfter = t.retryAfter().orElse(null);
            if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                result.completeExceptionally(new LlmTransientException(t.getMessage() + " (server asked to retry after "
                        + HttpFailures.seconds(retryAfter) + ", longer than max_retry_after_s = " + policy.maxRetryAfter().toSeconds() + ")",
                        t.httpStatus().orElse(-1), retryAfter, t));
                return;
            }
            if (attempt >= policy.maxAttempts()) {
                String msg = t.getMessage() + (attempt > 1 ? " (gave up after " + attempt + " attempts)" : "");
                result.completeExceptionally(t instanceof LlmTimeoutException
                        ? new LlmTimeoutException(msg, t)
                        : new LlmTransientException(msg, t.httpStatus().orElse(-1), retryAfter, t));
                return;
            }
            Duration delay;
            synchronized (jitter) {
                delay = policy.delay(attempt, retryAfter, jitter);
            }
            LOG.log(System.Logger.Level.INFO, () -> "retry " + (attempt + 1) + "/" + policy.maxAttempts() + " in "
                    + HttpFailures.seconds(delay) + " after: " + t.getMessage());
            setCurrent(timer.schedule(this::attempt, delay.toNanos(), TimeUnit.NANOSECONDS));
        }
    }
}
