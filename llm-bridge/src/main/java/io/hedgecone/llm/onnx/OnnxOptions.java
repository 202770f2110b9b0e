package io.hedgecone.llm.onnx;

import io.hedgecone.llm.config.LlmSettings;
import io.hedgecone.llm.config.Setting;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link OnnxEmbedder} loads and runs a model.
 *
 * @param model      the {@code .onnx} file
 * @param vocab      WordPiece {@code vocab.txt}; {@code null}: {@code vocab.txt} in the model's folder
 * @param maxTokens  longest input including [CLS] and [SEP], ≥ 2; longer texts are truncated
 * @param lowercase  lower-case and strip accents before WordPiece (uncased models)
 * @param normalize  scale every vector to unit Euclidean length
 * @param provider   where to run
 * @param batchSize  texts per model run, ≥ 1
 * @param outputName the model output to read; {@code null}: {@code sentence_embedding}, else
 *                   {@code last_hidden_state}, else the only output
 */
public record OnnxOptions(Path model, Path vocab, int maxTokens, boolean lowercase, boolean normalize, Provider provider,
                          int batchSize, String outputName) {

    /** Execution provider choice. */
    public enum Provider {
        /** CUDA when this build of ONNX Runtime has it (the -Pgpu build), else CPU. */
        AUTO,
        /** CPU only. */
        CPU,
        /** CUDA; falls back to CPU with a logged warning when it cannot be used. */
        CUDA;

        static Provider parse(String s, String source) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("onnx_provider must be auto, cpu or cuda, got '" + s + "' (from " + source + ")");
            }
        }
    }

    public OnnxOptions {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provider, "provider");
        if (maxTokens < 2) throw new IllegalArgumentException("onnx_max_tokens must be >= 2, got " + maxTokens);
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }

    /** Uncased, 256 tokens, not normalised, AUTO provider, batches of 32, automatic output. */
    public static OnnxOptions defaults(Path model) { return new OnnxOptions(model, null, 256, true, false, Provider.AUTO, 32, null); }

    /** Reads the {@code onnx_*} settings; {@code onnx_model} is required. */
    public static OnnxOptions from(LlmSettings s) {
        Path model = s.path(Setting.ONNX_MODEL).orElseThrow(() -> new IllegalArgumentException(
                "no ONNX model: give --onnx MODEL, set " + Setting.ONNX_MODEL.envName() + " or 'onnx_model' in the settings file"));
        OnnxOptions d = defaults(model);
        Provider p = s.string(Setting.ONNX_PROVIDER).map(v -> Provider.parse(v, s.sourceOf(Setting.ONNX_PROVIDER))).orElse(d.provider);
        return new OnnxOptions(model, s.path(Setting.ONNX_VOCAB).orElse(null), s.integer(Setting.ONNX_MAX_TOKENS, d.maxTokens, 2, 1 << 16),
                s.bool(Setting.ONNX_LOWERCASE, d.lowercase), s.bool(Setting.ONNX_NORMALIZE, d.normalize), p, d.batchSize, null);
    }

    /** The vocabulary file to read. */
    public Path vocabPath() {
        if (vocab != null) return vocab;
        Path dir = model.toAbsolutePath().getParent();
        return dir == null ? Path.of("vocab.txt") : dir.resolve("vocab.txt");
    }

    public OnnxOptions withProvider(Provider p) { return new OnnxOptions(model, vocab, maxTokens, lowercase, normalize, p, batchSize, outputName); }

    public OnnxOptions withBatchSize(int b) { return new OnnxOptions(model, vocab, maxTokens, lowercase, normalize, provider, b, outputName); }

    public OnnxOptions withMaxTokens(int m) { return new OnnxOptions(model, vocab, m, lowercase, normalize, provider, batchSize, outputName); }

    public OnnxOptions withNormalize(boolean n) { return new OnnxOptions(model, vocab, maxTokens, lowercase, n, provider, batchSize, outputName); }

    public OnnxOptions withVocab(Path v) { return new OnnxOptions(model, v, maxTokens, lowercase, normalize, provider, batchSize, outputName); }

    public OnnxOptions withOutputName(String o) { return new OnnxOptions(model, vocab, maxTokens, lowercase, normalize, provider, batchSize, o); }
}
