package io.hedgecone.llm.config;

import java.util.Locale;

/**
 * Every configuration key of the LLM bridge. In a settings file a key is written as is ({@code max_concurrency = 8});
 * in the environment it is {@code HEDGECONE_LLM_} + the key in upper case ({@code HEDGECONE_LLM_MAX_CONCURRENCY=8}).
 */
public enum Setting {
    ENDPOINT("endpoint", "base URL of an OpenAI-compatible server, including /v1 (e.g. http://127.0.0.1:8000/v1)"),
    API_KEY("api_key", "bearer token for the server; best given in the environment; never logged or printed"),
    MODEL("model", "model name for generation (default: the first model the server lists)"),
    EMBEDDING_MODEL("embedding_model", "model name for embeddings (default: model)"),
    EMBEDDING_DIMENSION("embedding_dimension", "declared vector length; a response of another length is an error (default: learnt from the first response)"),
    MAX_CONCURRENCY("max_concurrency", "requests in flight at once (default 16)"),
    EMBEDDING_BATCH_SIZE("embedding_batch_size", "texts per /v1/embeddings request (default 32)"),
    REQUEST_TIMEOUT_S("request_timeout_s", "seconds for one attempt, from sending to the last byte of the body (default 120)"),
    CONNECT_TIMEOUT_S("connect_timeout_s", "seconds to open a connection (default 10)"),
    MAX_ATTEMPTS("max_attempts", "attempts per request including the first, for 408/429/5xx/connection errors/timeouts (default 4)"),
    BACKOFF_INITIAL_MS("backoff_initial_ms", "backoff before the first retry, doubled each retry, with jitter (default 500)"),
    BACKOFF_MAX_MS("backoff_max_ms", "cap of the backoff (default 20000)"),
    MAX_RETRY_AFTER_S("max_retry_after_s", "longest Retry-After the client waits for; a longer one fails at once (default 60)"),
    ONNX_MODEL("onnx_model", "path of an ONNX embedding model (BERT-style inputs)"),
    ONNX_VOCAB("onnx_vocab", "WordPiece vocab.txt (default: vocab.txt beside the model)"),
    ONNX_MAX_TOKENS("onnx_max_tokens", "longest token sequence including [CLS] and [SEP]; longer texts are truncated (default 256)"),
    ONNX_LOWERCASE("onnx_lowercase", "lower-case and strip accents before WordPiece, as uncased BERT models need (default true)"),
    ONNX_NORMALIZE("onnx_normalize", "scale each vector to unit length (default false)"),
    ONNX_PROVIDER("onnx_provider", "auto, cpu or cuda; cuda falls back to cpu with a warning (default auto: cuda when the GPU build is present)");

    /** Prefix of the environment variables. */
    public static final String ENV_PREFIX = "HEDGECONE_LLM_";
    /** Environment variable naming the settings file. */
    public static final String CONFIG_FILE_ENV = "HEDGECONE_LLM_CONFIG";

    private final String key;
    private final String description;

    Setting(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The key in a settings file. */
    public String key() { return key; }

    /** One line on what it sets and its default. */
    public String description() { return description; }

    /** The environment variable that sets it. */
    public String envName() { return ENV_PREFIX + key.toUpperCase(Locale.ROOT); }

    /** The setting with this file key, or {@code null}. */
    public static Setting byKey(String key) {
        for (Setting s : values()) if (s.key.equals(key)) return s;
        return null;
    }

    /** The setting with this environment variable name, or {@code null}. */
    public static Setting byEnvName(String name) {
        for (Setting s : values()) if (s.envName().equals(name)) return s;
        return null;
    }
}
