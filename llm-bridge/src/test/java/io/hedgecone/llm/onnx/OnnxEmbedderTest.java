package io.hedgecone.llm.onnx;

import io.hedgecone.llm.Embeddings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real ONNX model, written by the test, run by ONNX Runtime on CPU, checked against the same math in Java. */
class OnnxEmbedderTest {
    /** float32 sums of at most a few dozen terms of size ≤ 1, against double: far below 1e-5. */
    private static final double TOL = 1e-5;
    private static final List<String> TEXTS = List.of("hello world", "some text", "Unaffable running movie!", "", "Café comedy, drama.",
            "a b c d e f g h i j k", "hello world", "x-42 the end?");

    @TempDir Path dir;

    private static void assertMatchesJava(OnnxEmbedder e, Embeddings got, List<String> texts, int maxTokens) {
        for (int i = 0; i < texts.size(); i++) {
            double[] want = TinyEmbedder.reference(e.tokenizer().encode(texts.get(i), maxTokens).ids());
            float[] v = got.vectors().get(i);
            for (int d = 0; d < TinyEmbedder.DIM; d++) assertEquals(want[d], v[d], TOL, "text " + i + " '" + texts.get(i) + "' entry " + d);
        }
    }

    @Test void pooledModelMatchesTheJavaComputation() throws IOException {
        Path m = TinyEmbedder.write(dir, TinyEmbedder.pooledModel());
        try (OnnxEmbedder e = OnnxEmbedder.open(OnnxOptions.defaults(m).withProvider(OnnxOptions.Provider.CPU).withBatchSize(3))) {
            assertEquals(TinyEmbedder.DIM, e.dimension());
            assertEquals("CPU", e.executionProvider());
            Embeddings got = e.embed(TEXTS);
            assertEquals(TEXTS.size(), got.vectors().size());
            assertMatchesJava(e, got, TEXTS, 256);
            assertArrayEquals(got.vectors().get(0), got.vectors().get(6)); // same text, same vector, whatever its batch
            int tokens = TEXTS.stream().mapToInt(t -> e.tokenizer().encode(t, 256).length()).sum();
            assertEquals(tokens, got.usage().promptTokens());
        }
    }

    @Test void tokenModelIsPaddedAndMeanPooledOverTheMask() throws IOException {
        Path m = TinyEmbedder.write(dir, TinyEmbedder.tokenModel());
        try (OnnxEmbedder e = OnnxEmbedder.open(OnnxOptions.defaults(m).withBatchSize(8))) {
            Embeddings got = e.embed(TEXTS); // one batch of 8 texts of different lengths: padding everywhere
            assertMatchesJava(e, got, TEXTS, 256);
        }
    }

    @Test void bothGraphsGiveTheSameVectors() throws IOException {
        Path a = TinyEmbedder.write(dir.resolve("a"), TinyEmbedder.pooledModel());
        Path b = TinyEmbedder.write(dir.resolve("b"), TinyEmbedder.tokenModel());
        try (OnnxEmbedder ea = OnnxEmbedder.open(OnnxOptions.defaults(a)); OnnxEmbedder eb = OnnxEmbedder.open(OnnxOptions.defaults(b))) {
            List<float[]> va = ea.embed(TEXTS).vectors(), vb = eb.embed(TEXTS).vectors();
            for (int i = 0; i < TEXTS.size(); i++)
                for (int d = 0; d < TinyEmbedder.DIM; d++) assertEquals(va.get(i)[d], vb.get(i)[d], 2 * TOL);
        }
    }

    @Test void longTextsAreTruncatedToMaxTokens() throws IOException {
        Path m = TinyEmbedder.write(dir, TinyEmbedder.tokenModel());
        try (OnnxEmbedder e = OnnxEmbedder.open(OnnxOptions.defaults(m).withMaxTokens(4))) {
            Embeddings got = e.embed(List.of("hello world some text"));
            assertEquals(4, got.usage().promptTokens()); // [CLS] hello world [SEP]
            double[] want = TinyEmbedder.reference(e.tokenizer().encode("hello world", 256).ids());
            for (int d = 0; d < TinyEmbedder.DIM; d++) assertEquals(want[d], got.vectors().get(0)[d], TOL);
        }
    }

    @Test void normalizedVectorsHaveUnitLengthAndTheSameDirection() throws IOException {
        Path m = TinyEmbedder.write(dir, TinyEmbedder.pooledModel());
        try (OnnxEmbedder raw = OnnxEmbedder.open(OnnxOptions.defaults(m));
             OnnxEmbedder unit = OnnxEmbedder.open(OnnxOptions.defaults(m).withNormalize(true))) {
            float[] r = raw.embed("hello world"), u = unit.embed("hello world");
            double n = 0;
            for (float x : r) n += (double) x * x;
            n = Math.sqrt(n);
            for (int d = 0; d < u.length; d++) assertEquals(r[d] / n, u[d], 1e-6);
        }
    }

    @Test void askingForCudaOnTheCpuBuildWarnsAndRunsOnCpu() throws IOException {
        Path m = TinyEmbedder.write(dir, TinyEmbedder.pooledModel());
        List<LogRecord> warnings = new ArrayList<>();
        Handler h = new Handler() {
            @Override public synchronized void publish(LogRecord r) { if (r.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(r); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        Logger log = Logger.getLogger("io.hedgecone.llm");
        log.addHandler(h);
        try (OnnxEmbedder e = OnnxEmbedder.open(OnnxOptions.defaults(m).withProvider(OnnxOptions.Provider.CUDA))) {
            assertEquals("CPU", e.executionProvider());
            assertMatchesJava(e, e.embed(TEXTS), TEXTS, 256);
        } finally {
            log.removeHandler(h);
        }
        assertEquals(1, warnings.size());
        String msg = warnings.get(0).getMessage();
        assertTrue(msg.startsWith("CUDA execution provider unavailable") && msg.endsWith("running model.onnx on CPU"), msg);
    }

    @Test void theCommittedTinyModelIsTheOneTheTestsWrite() throws IOException {
        // hedgecone llm embed --onnx llm-bridge/src/test/resources/tiny-embedder/model.onnx works from a fresh clone
        // because these files are committed; this keeps them identical to what the writer produces.
        Path committed = Path.of("src/test/resources/tiny-embedder");
        if (Boolean.getBoolean("tiny.model.write")) TinyEmbedder.write(committed, TinyEmbedder.pooledModel());
        assertArrayEquals(TinyEmbedder.pooledModel(), Files.readAllBytes(committed.resolve("model.onnx")),
                "regenerate with: ./mvnw -pl llm-bridge test -Dtest=OnnxEmbedderTest -Dtiny.model.write=true");
        assertEquals(TinyEmbedder.VOCAB, Files.readAllLines(committed.resolve("vocab.txt")));
    }

    @Test void unusableInputsAreRefusedNamingWhatIsWrong() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OnnxEmbedder.open(OnnxOptions.defaults(dir.resolve("missing.onnx"))));
        assertEquals("ONNX model " + dir.resolve("missing.onnx") + " does not exist", e.getMessage());

        Path img = TinyEmbedder.write(dir.resolve("img"), TinyEmbedder.imageModel());
        e = assertThrows(IllegalArgumentException.class, () -> OnnxEmbedder.open(OnnxOptions.defaults(img)));
        assertTrue(e.getMessage().startsWith("model input 'pixel_values' is not one of input_ids"), e.getMessage());

        Path m = TinyEmbedder.write(dir.resolve("novocab"), TinyEmbedder.pooledModel());
        Files.delete(dir.resolve("novocab/vocab.txt"));
        e = assertThrows(IllegalArgumentException.class, () -> OnnxEmbedder.open(OnnxOptions.defaults(m)));
        assertTrue(e.getMessage().contains("vocab.txt does not exist"), e.getMessage());

        Path bad = dir.resolve("bad.onnx");
        Files.write(bad, Arrays.copyOf(TinyEmbedder.pooledModel(), 40)); // a cut-off file
        Files.write(dir.resolve("vocab.txt"), TinyEmbedder.VOCAB);
        e = assertThrows(IllegalArgumentException.class, () -> OnnxEmbedder.open(OnnxOptions.defaults(bad)));
        assertTrue(e.getMessage().startsWith("ONNX Runtime cannot load " + bad), e.getMessage());
    }
}
