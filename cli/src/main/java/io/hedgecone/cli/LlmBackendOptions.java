package io.hedgecone.cli;

import io.hedgecone.llm.Embedder;
import io.hedgecone.llm.ModelCatalog;
import io.hedgecone.llm.TextGenerator;
import io.hedgecone.llm.config.LlmSettings;
import io.hedgecone.llm.config.Setting;
import io.hedgecone.llm.http.OpenAiCompatible;
import io.hedgecone.llm.http.OpenAiConfig;
import io.hedgecone.llm.onnx.OnnxEmbedder;
import io.hedgecone.llm.onnx.OnnxOptions;
import io.hedgecone.llm.sim.SimulatedLlm;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The backend options every {@code hedgecone llm} subcommand shares, and the backend they select. */
final class LlmBackendOptions {

    static final class Choice {
        @Option(names = "--endpoint", paramLabel = "URL", description = "OpenAI-compatible server base URL including /v1, e.g. http://127.0.0.1:8000/v1")
        String endpoint;

        @Option(names = "--onnx", paramLabel = "MODEL", description = "in-process ONNX embedding model (vocab.txt beside it, or --vocab)")
        Path onnx;

        @Option(names = "--sim", description = "the deterministic simulator (not an LLM)")
        boolean sim;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (default: $HEDGECONE_LLM_CONFIG); HEDGECONE_LLM_* variables override it, options override both")
    Path config;

    @Option(names = "--model", paramLabel = "NAME", description = "model name (default: the server's first model)")
    String model;

    @Option(names = "--timeout", paramLabel = "SEC", description = "per-request timeout in seconds (default 120)")
    Integer timeout;

    @Option(names = "--max-attempts", paramLabel = "N", description = "attempts per request for transient failures (default 4)")
    Integer maxAttempts;

    @Option(names = "--vocab", paramLabel = "FILE", description = "WordPiece vocab.txt of the ONNX model")
    Path vocab;

    @Option(names = "--provider", paramLabel = "P", description = "ONNX execution provider: auto, cpu or cuda (default auto)")
    String provider;

    @Option(names = "--sim-seed", paramLabel = "S", defaultValue = "0", description = "seed of the simulator (default 0)")
    long simSeed;

    @Option(names = "--dimension", paramLabel = "D", description = "embedding dimension: declared for --endpoint, chosen for --sim (default 16)")
    Integer dimension;

    /** The backend in use: simulator, ONNX model or HTTP client. Closing it releases the client or native session. */
    record Backend(String description, TextGenerator generator, Embedder embedder, ModelCatalog catalog, AutoCloseable resource)
            implements AutoCloseable {
        @Override public void close() {
            try {
                if (resource != null) resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + description + " failed: " + e.getMessage(), e);
            }
        }
    }

    enum Kind { SIM, ONNX, ENDPOINT }

    /** Settings from file and environment with these options on top. */
    LlmSettings settings(int concurrency, Integer batchSize) {
        LlmSettings s = LlmSettings.load(config, System.getenv());
        if (choice != null && choice.endpoint != null) s = s.with(Setting.ENDPOINT, choice.endpoint, "--endpoint");
        if (choice != null && choice.onnx != null) s = s.with(Setting.ONNX_MODEL, choice.onnx.toString(), "--onnx");
        s = s.with(Setting.MODEL, model, "--model")
                .with(Setting.REQUEST_TIMEOUT_S, timeout == null ? null : timeout.toString(), "--timeout")
                .with(Setting.MAX_ATTEMPTS, maxAttempts == null ? null : maxAttempts.toString(), "--max-attempts")
                .with(Setting.ONNX_VOCAB, vocab == null ? null : vocab.toString(), "--vocab")
                .with(Setting.ONNX_PROVIDER, provider, "--provider")
                .with(Setting.EMBEDDING_BATCH_SIZE, batchSize == null ? null : batchSize.toString(), "--batch-size");
        if (dimension != null) s = s.with(Setting.EMBEDDING_DIMENSION, dimension.toString(), "--dimension");
        if (concurrency > 0) s = s.with(Setting.MAX_CONCURRENCY, Integer.toString(concurrency), "--concurrency");
        return s;
    }

    /** Which backend: the flag given, else an endpoint or ONNX model from the settings. */
    Kind kind(LlmSettings s) {
        if (choice != null && choice.sim) return Kind.SIM;
        if (choice != null && choice.onnx != null) return Kind.ONNX;
        if (choice != null && choice.endpoint != null) return Kind.ENDPOINT;
        if (s.has(Setting.ENDPOINT)) return Kind.ENDPOINT;
        if (s.has(Setting.ONNX_MODEL)) return Kind.ONNX;
        throw new IllegalArgumentException("choose a backend: --endpoint URL, --onnx MODEL or --sim (or set "
                + Setting.ENDPOINT.envName() + " / " + Setting.ONNX_MODEL.envName() + ")");
    }

    Backend open(LlmSettings s) {
        return switch (kind(s)) {
            case SIM -> {
                if (model != null && !model.equals(SimulatedLlm.MODEL))
                    throw new IllegalArgumentException("--model: the simulator serves only '" + SimulatedLlm.MODEL + "'");
                SimulatedLlm.Config c = SimulatedLlm.Config.defaults(simSeed);
                if (dimension != null) c = c.withDimension(dimension);
                SimulatedLlm sim = new SimulatedLlm(c);
                yield new Backend("simulator (seed " + simSeed + ", not an LLM)", sim, sim, sim, null);
            }
            case ONNX -> {
                OnnxEmbedder e = OnnxEmbedder.open(OnnxOptions.from(s));
                yield new Backend("ONNX model " + s.string(Setting.ONNX_MODEL).orElseThrow() + " on " + e.executionProvider(), null, e, e, e);
            }
            case ENDPOINT -> {
                OpenAiCompatible c = OpenAiCompatible.create(OpenAiConfig.from(s));
                yield new Backend("endpoint " + c.config().endpoint(), c, c, c, c);
            }
        };
    }
}
