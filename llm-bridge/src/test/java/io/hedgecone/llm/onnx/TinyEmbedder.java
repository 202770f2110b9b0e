package io.hedgecone.llm.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny BERT-shaped embedding model written by the tests themselves, and the same computation in plain Java.
 * Token embeddings E (V × 8), a linear layer W (8 × 4) and bias b (4): the embedding of ids t_1..t_L is
 * (1/L Σ E[t_i])·W + b. Two ONNX graphs compute it:
 * <ul>
 *   <li>{@link #pooledModel()}: Gather → ReduceMean over the sequence → MatMul → Add, output {@code sentence_embedding}
 *       [batch, 4]; takes only {@code input_ids}, so it must never see padding;</li>
 *   <li>{@link #tokenModel()}: Gather → MatMul → Add per token, output {@code last_hidden_state} [batch, seq, 4];
 *       takes {@code attention_mask} and {@code token_type_ids} as a real BERT export does (and, like many, leaves
 *       the type ids unused), so the embedder pads and mean-pools.</li>
 * </ul>
 * By linearity both equal the Java {@link #reference} on unpadded ids. Weights are multiples of 1/64 from a fixed
 * SplitMix64 stream, so the files are byte-for-byte reproducible.
 */
final class TinyEmbedder {
    static final int HIDDEN = 8, DIM = 4;
    static final List<String> VOCAB = vocab();
    static final float[] E = weights(1, VOCAB.size() * HIDDEN), W = weights(2, HIDDEN * DIM), B = weights(3, DIM);

    private TinyEmbedder() {}

    private static List<String> vocab() {
        List<String> v = new ArrayList<>(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
                "the", "some", "text", "hello", "world", "movie", "comedy", "drama", "un", "##aff", "##able", "run", "##ning", "cafe",
                ".", ",", "!", "?", "'", "-"));
        for (char c = 'a'; c <= 'z'; c++) v.add(String.valueOf(c));
        for (char c = 'a'; c <= 'z'; c++) v.add("##" + c);
        for (char c = '0'; c <= '9'; c++) v.add(String.valueOf(c));
        for (char c = '0'; c <= '9'; c++) v.add("##" + c);
        return List.copyOf(v);
    }

    private static float[] weights(long stream, int n) {
        float[] w = new float[n];
        long state = stream * 0x632BE59BD9B4E019L;
        for (int i = 0; i < n; i++) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            z ^= z >>> 31;
            w[i] = (Math.floorMod(z, 129) - 64) / 64f; // exact in float: k/64, k in -64..64
        }
        return w;
    }

    static byte[] pooledModel() {
        return new OnnxGraph()
                .input("input_ids", OnnxGraph.INT64, "batch", "sequence")
                .floats("E", E, VOCAB.size(), HIDDEN).floats("W", W, HIDDEN, DIM).floats("b", B, DIM)
                .node("Gather", List.of("E", "input_ids"), List.of("tokens"), "axis", 0L)
                .node("ReduceMean", List.of("tokens"), List.of("mean"), "axes", new long[]{1}, "keepdims", 0L)
                .node("MatMul", List.of("mean", "W"), List.of("projected"))
                .node("Add", List.of("projected", "b"), List.of("sentence_embedding"))
                .output("sentence_embedding", OnnxGraph.FLOAT, "batch", (long) DIM)
                .toBytes("tiny-pooled");
    }

    static byte[] tokenModel() {
        return new OnnxGraph()
                .input("input_ids", OnnxGraph.INT64, "batch", "sequence")
                .input("attention_mask", OnnxGraph.INT64, "batch", "sequence")
                .input("token_type_ids", OnnxGraph.INT64, "batch", "sequence")
                .floats("E", E, VOCAB.size(), HIDDEN).floats("W", W, HIDDEN, DIM).floats("b", B, DIM)
                .node("Gather", List.of("E", "input_ids"), List.of("tokens"), "axis", 0L)
                .node("MatMul", List.of("tokens", "W"), List.of("projected"))
                .node("Add", List.of("projected", "b"), List.of("last_hidden_state"))
                .output("last_hidden_state", OnnxGraph.FLOAT, "batch", "sequence", (long) DIM)
                .toBytes("tiny-token");
    }

    /** A model whose input is not a text input. */
    static byte[] imageModel() {
        return new OnnxGraph()
                .input("pixel_values", OnnxGraph.FLOAT, "batch", (long) HIDDEN)
                .floats("W", W, HIDDEN, DIM)
                .node("MatMul", List.of("pixel_values", "W"), List.of("out"))
                .output("out", OnnxGraph.FLOAT, "batch", (long) DIM)
                .toBytes("tiny-image");
    }

    /** (1/L Σ E[t_i])·W + b in double precision. */
    static double[] reference(long[] ids) {
        double[] mean = new double[HIDDEN];
        for (long t : ids)
            for (int h = 0; h < HIDDEN; h++) mean[h] += E[(int) t * HIDDEN + h] / (double) ids.length;
        double[] y = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            double s = B[d];
            for (int h = 0; h < HIDDEN; h++) s += mean[h] * W[h * DIM + d];
            y[d] = s;
        }
        return y;
    }

    /** Writes {@code model.onnx} and {@code vocab.txt} into {@code dir}; returns the model path. */
    static Path write(Path dir, byte[] model) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("model.onnx"), model);
        Files.write(dir.resolve("vocab.txt"), VOCAB);
        return dir.resolve("model.onnx");
    }
}
