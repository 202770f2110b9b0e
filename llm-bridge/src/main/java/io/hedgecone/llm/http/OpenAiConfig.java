package io.hedgecone.llm.http;

import io.hedgecone.llm.config.LlmSettings;
import io.hedgecone.llm.config.Secret;
import io.hedgecone.llm.config.Setting;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link OpenAiCompatible}. {@link #toString()} shows the API key as {@code Secret[redacted]}.
 *
 * @param endpoint           base URL including {@code /v1}, e.g. {@code http://127.0.0.1:8000/v1}
 * @param apiKey             bearer token, or {@code null} for servers without authentication (vLLM, Ollama by default)
 * @param model              generation model, or {@code null}: the first one {@code /v1/models} lists
 * @param embeddingModel     embedding model, or {@code null}: {@code model}'s rule
 * @param embeddingDimension declared vector length, or 0: learnt from the first response and then enforced
 * @param maxConcurrency     requests in flight at once (each embedding batch is one request)
 * @param embeddingBatchSize texts per embedding request
 * @param requestTimeout     one attempt, from sending until the last byte of the response body
 * @param connectTimeout     opening a connection
 * @param retry              retries of transient failures
 */
public record OpenAiConfig(URI endpoint, Secret apiKey, String model, String embeddingModel, int embeddingDimension,
                           int maxConcurrency, int embeddingBatchSize, Duration requestTimeout, Duration connectTimeout,
                           RetryPolicy retry) {

    public OpenAiConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint.getScheme() == null || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https")) || endpoint.getHost() == null)
            throw new IllegalArgumentException("endpoint must be an http:// or https:// URL with a host, got " + endpoint);
        String s = endpoint.toString();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        endpoint = URI.create(s);
        if (embeddingDimension < 0) throw new IllegalArgumentException("embedding_dimension must be >= 0, got " + embeddingDimension);
        if (maxConcurrency < 1) throw new IllegalArgumentException("max_concurrency must be >= 1, got " + maxConcurrency);
        if (embeddingBatchSize < 1) throw new IllegalArgumentException("embedding_batch_size must be >= 1, got " + embeddingBatchSize);
        requirePositive(requestTimeout, "request_timeout_s");
        requirePositive(connectTimeout, "connect_timeout_s");
        Objects.requireNonNull(retry, "retry");
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be > 0, got " + d);
    }

    /** Defaults for {@code endpoint}: no key, server's model, 16 concurrent, batches of 32, 120 s / 10 s timeouts. */
    public static OpenAiConfig of(URI endpoint) {
        return new OpenAiConfig(endpoint, null, null, null, 0, 16, 32, Duration.ofSeconds(120), Duration.ofSeconds(10), RetryPolicy.defaults());
    }

    /**
     * Reads the settings; {@code endpoint} is required.
     *
     * @throws IllegalArgumentException a missing endpoint or a bad value, naming the key and where it was set
     */
    public static OpenAiConfig from(LlmSettings s) {
        URI endpoint = s.url(Setting.ENDPOINT).orElseThrow(() -> new IllegalArgumentException(
                "no endpoint: give --endpoint URL, set " + Setting.ENDPOINT.envName() + " or 'endpoint' in the settings file"));
        RetryPolicy d = RetryPolicy.defaults();
        int initialMs = s.integer(Setting.BACKOFF_INITIAL_MS, (int) d.initialBackoff().toMillis(), 1, 3_600_000);
        int maxMs = s.integer(Setting.BACKOFF_MAX_MS, Math.max(initialMs, (int) d.maxBackoff().toMillis()), 1, 3_600_000);
        RetryPolicy retry = new RetryPolicy(s.integer(Setting.MAX_ATTEMPTS, d.maxAttempts(), 1, 100), Duration.ofMillis(initialMs),
                Duration.ofMillis(maxMs), Duration.ofSeconds(s.integer(Setting.MAX_RETRY_AFTER_S, (int) d.maxRetryAfter().toSeconds(), 0, 86_400)));
        OpenAiConfig base = of(endpoint);
        return new OpenAiConfig(endpoint, s.apiKey().orElse(null), s.string(Setting.MODEL).orElse(null),
                s.string(Setting.EMBEDDING_MODEL).orElse(null), s.integer(Setting.EMBEDDING_DIMENSION, 0, 0, 1 << 20),
                s.integer(Setting.MAX_CONCURRENCY, base.maxConcurrency, 1, 4096),
                s.integer(Setting.EMBEDDING_BATCH_SIZE, base.embeddingBatchSize, 1, 65_536),
                Duration.ofSeconds(s.integer(Setting.REQUEST_TIMEOUT_S, (int) base.requestTimeout.toSeconds(), 1, 86_400)),
                Duration.ofSeconds(s.integer(Setting.CONNECT_TIMEOUT_S, (int) base.connectTimeout.toSeconds(), 1, 3_600)), retry);
    }

    /** The URL of an endpoint path such as {@code completions}. */
    public URI resolve(String path) { return URI.create(endpoint + "/" + path); }

    public OpenAiConfig withApiKey(Secret v) { return new OpenAiConfig(endpoint, v, model, embeddingModel, embeddingDimension, maxConcurrency, embeddingBatchSize, requestTimeout, connectTimeout, retry); }

    public OpenAiConfig withModel(String v) { return new OpenAiConfig(endpoint, apiKey, v, embeddingModel, embeddingDimension, maxConcurrency, embeddingBatchSize, requestTimeout, connectTimeout, retry); }

    public OpenAiConfig withEmbeddingModel(String v) { return new OpenAiConfig(endpoint, apiKey, model, v, embeddingDimension, maxConcurrency, embeddingBatchSize, requestTimeout, connectTimeout, retry); }

    public OpenAiConfig withEmbeddingDimension(int v) { return new OpenAiConfig(endpoint, apiKey, model, embeddingModel, v, maxConcurrency, embeddingBatchSize, requestTimeout, connectTimeout, retry); }

    public OpenAiConfig withMaxConcurrency(int v) { return new OpenAiConfig(endpoint, apiKey, model, embeddingModel, embeddingDimension, v, embeddingBatchSize, requestTimeout, connectTimeout, retry); }

    public OpenAiConfig withEmbeddingBatchSize(int v) { return new OpenAiConfig(endpoint, apiKey, model, embeddingModel, embeddingDimension, maxConcurrency, v, requestTimeout, connectTimeout, retry); }

    public OpenAiConfig withRequestTimeout(Duration v) { return new OpenAiConfig(endpoint, apiKey, model, embeddingModel, embeddingDimension, maxConcurrency, embeddingBatchSize, v, connectTimeout, retry); }

    public OpenAiConfig withRetry(RetryPolicy v) { return new OpenAiConfig(endpoint, apiKey, model, embeddingModel, embeddingDimension, maxConcurrency, embeddingBatchSize, requestTimeout, connectTimeout, v); }
}
