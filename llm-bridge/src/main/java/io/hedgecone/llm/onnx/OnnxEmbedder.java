package io.hedgecone.llm.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.hedgecone.llm.Embedder;
import io.hedgecone.llm.Embeddings;
import io.hedgecone.llm.LlmPermanentException;
import io.hedgecone.llm.ModelCatalog;
import io.hedgecone.llm.ModelInfo;
import io.hedgecone.llm.Usage;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * In-process text embeddings with ONNX Runtime, for BERT-style encoder models (e.g. a sentence-transformers model
 * exported to ONNX) with a WordPiece {@code vocab.txt}.
 *
 * <p>Texts are tokenised ({@code [CLS] pieces [SEP]}, truncated to {@link OnnxOptions#maxTokens()}), sorted by length
 * and run in batches. A model that takes {@code attention_mask} gets padded batches and, if its output is per token,
 * is mean-pooled over the mask here; a model without {@code attention_mask} is only ever run on batches of equal
 * length, because padding would change its output. Runs on CPU, or on CUDA with the {@code -Pgpu} build (see
 * {@link OnnxOptions.Provider}). Thread-safe; {@link #close()} releases the native session.
 */
public final class OnnxEmbedder implements Embedder, ModelCatalog, AutoCloseable {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String provider;
    private final ModelSignature sig;
    private final WordPieceTokenizer tokenizer;
    private final OnnxOptions opts;
    private final int maxTokens;
    private final int dimension;

    private OnnxEmbedder(OrtEnvironment env, SessionFactory.Opened s, ModelSignature sig, WordPieceTokenizer tok, OnnxOptions o) {
        this.env = env;
        this.session = s.session();
        this.provider = s.provider();
        this.sig = sig;
        this.tokenizer = tok;
        this.opts = o;
        this.maxTokens = sig.fixedLength() > 0 ? (int) Math.min(o.maxTokens(), sig.fixedLength()) : o.maxTokens();
        this.dimension = sig.dimension() > 0 ? (int) sig.dimension() : embed(List.of("dimension probe")).dimension();
    }

    /**
     * Loads the model and its vocabulary.
     *
     * @throws IllegalArgumentException a missing file, a model that is not a BERT-style text encoder, a vocabulary
     *                                  without [CLS]/[SEP]/[PAD]/[UNK] — each naming what is wrong
     */
    public static OnnxEmbedder open(OnnxOptions o) {
        Objects.requireNonNull(o, "options");
        if (!Files.isRegularFile(o.model())) throw new IllegalArgumentException("ONNX model " + o.model() + " does not exist");
        WordPieceTokenizer tok = new WordPieceTokenizer(Vocabulary.load(o.vocabPath()), o.lowercase());
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        SessionFactory.Opened s;
        try {
            s = SessionFactory.open(env, o.model(), o.provider());
        } catch (OrtException e) {
            throw new IllegalArgumentException("ONNX Runtime cannot load " + o.model() + ": " + e.getMessage(), e);
        }
        try {
            return new OnnxEmbedder(env, s, ModelSignature.read(s.session(), o.outputName()), tok, o);
        } catch (OrtException | RuntimeException e) {
            try {
                s.session().close();
            } catch (OrtException ignored) {
                // already failing: the first error is the one to report
            }
            if (e instanceof RuntimeException r) throw r;
            throw new IllegalArgumentException("cannot read the inputs and outputs of " + o.model() + ": " + e.getMessage(), e);
        }
    }

    /** "CPU" or "CUDA": where the model actually runs. */
    public String executionProvider() { return provider; }

    @Override public int dimension() { return dimension; }

    /** The tokenizer in use (e.g. to count tokens). */
    public WordPieceTokenizer tokenizer() { return tokenizer; }

    @Override public Embeddings embed(List<String> texts) {
        int n = texts.size();
        Encoding[] enc = new Encoding[n];
        int tokens = 0;
        for (int i = 0; i < n; i++) {
            enc[i] = tokenizer.encode(Objects.requireNonNull(texts.get(i), "texts[" + i + "]"), maxTokens);
            tokens += enc[i].length();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(enc[a].length(), enc[b].length())); // stable: less padding per batch
        int limit = sig.fixedBatch() > 0 ? (int) sig.fixedBatch() : opts.batchSize();
        float[][] out = new float[n][];
        for (int i = 0; i < n; ) {
            List<Integer> batch = new ArrayList<>();
            batch.add(order[i]);
            int j = i + 1;
            while (j < n && batch.size() < limit && (sig.hasAttentionMask() || enc[order[j]].length() == enc[order[i]].length()))
                batch.add(order[j++]);
            run(batch, enc, out);
            i = j;
        }
        if (opts.normalize()) for (float[] v : out) normalize(v);
        List<float[]> vs = Arrays.asList(out);
        int d = n == 0 ? Math.max(1, dimension) : out[0].length;
        return new Embeddings(opts.model().getFileName().toString(), d, vs, new Usage(tokens, 0));
    }

    /** Runs one batch and writes each text's vector into {@code out}. */
    private void run(List<Integer> batch, Encoding[] enc, float[][] out) {
        int rows = sig.fixedBatch() > 0 ? (int) sig.fixedBatch() : batch.size();
        int seq = 0;
        for (int k : batch) seq = Math.max(seq, enc[k].length());
        if (sig.fixedLength() > 0) seq = (int) sig.fixedLength();
        long[] ids = new long[rows * seq], mask = new long[rows * seq];
        Arrays.fill(ids, tokenizer.padId());
        for (int r = 0; r < rows; r++) {
            long[] e = r < batch.size() ? enc[batch.get(r)].ids() : enc[batch.get(0)].ids(); // unused fixed-batch rows repeat row 0
            System.arraycopy(e, 0, ids, r * seq, e.length);
            Arrays.fill(mask, r * seq, r * seq + e.length, 1L);
        }
        long[] shape = {rows, seq};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put(ModelSignature.IDS, tensor(ids, shape));
            if (sig.hasAttentionMask()) in.put(ModelSignature.MASK, tensor(mask, shape));
            if (sig.hasTokenTypes()) in.put(ModelSignature.TYPES, tensor(new long[rows * seq], shape));
            try (OrtSession.Result res = session.run(in, Set.of(sig.output()))) {
                OnnxTensor t = (OnnxTensor) res.get(sig.output()).orElseThrow();
                read(t, batch, enc, seq, out);
            }
        } catch (OrtException e) {
            throw new LlmPermanentException("ONNX Runtime failed on " + opts.model().getFileName() + ": " + e.getMessage(), -1, e);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(long[] data, long[] shape) throws OrtException {
        if (!sig.int32()) return OnnxTensor.createTensor(env, LongBuffer.wrap(data), shape);
        int[] d = new int[data.length];
        for (int i = 0; i < d.length; i++) d[i] = Math.toIntExact(data[i]);
        return OnnxTensor.createTensor(env, IntBuffer.wrap(d), shape);
    }

    private void read(OnnxTensor t, List<Integer> batch, Encoding[] enc, int seq, float[][] out) {
        long[] s = t.getInfo().getShape();
        int d = (int) s[s.length - 1];
        boolean ok = sig.pooled() ? s.length == 2 : s.length == 3 && s[1] == seq;
        if (!ok || s[0] < batch.size() || (sig.dimension() > 0 && d != sig.dimension()))
            throw new LlmPermanentException("model output " + sig.output() + " has shape " + Arrays.toString(s) + " for a batch of "
                    + batch.size() + " x " + seq + " tokens", -1, null);
        FloatBuffer fb = t.getFloatBuffer();
        for (int r = 0; r < batch.size(); r++) {
            float[] v = new float[d];
            if (sig.pooled()) {
                fb.get(r * d, v);
            } else {
                // mean over the positions the attention mask covers: the text's own tokens, [CLS] and [SEP] included
                int len = enc[batch.get(r)].length();
                double[] acc = new double[d];
                for (int p = 0; p < len; p++)
                    for (int k = 0; k < d; k++) acc[k] += fb.get((r * seq + p) * d + k);
                for (int k = 0; k < d; k++) v[k] = (float) (acc[k] / len);
            }
            for (int k = 0; k < d; k++)
                if (!Float.isFinite(v[k]))
                    throw new LlmPermanentException("model produced a non-finite value (" + v[k] + ") in entry " + k + " for input " + batch.get(r), -1, null);
            out[batch.get(r)] = v;
        }
    }

    private static void normalize(float[] v) {
        double s = 0;
        for (float x : v) s += (double) x * x;
        if (s == 0) return; // the zero vector has no direction: leave it
        double inv = 1 / Math.sqrt(s);
        for (int k = 0; k < v.length; k++) v[k] = (float) (v[k] * inv);
    }

    @Override public List<ModelInfo> models() {
        return List.of(new ModelInfo(opts.model().getFileName().toString(), "local ONNX model on " + provider));
    }

    @Override public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new LlmPermanentException("closing the ONNX session failed: " + e.getMessage(), -1, e);
        }
    }
}
