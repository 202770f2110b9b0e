package io.hedgecone.solver.io;

import io.hedgecone.solver.form.ModelData;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Helpers shared by the io tests: repository root, manifests, in-memory round trips, error assertions. */
final class IoTestSupport {
    private IoTestSupport() { }

    /** The repository root: the nearest directory above the working directory that holds {@code instances/}. */
    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("instances"))) p = p.getParent();
        if (p == null) fail("no instances/ directory above " + Path.of("").toAbsolutePath());
        return p;
    }

    static Path instances(String folder) {
        return repoRoot().resolve("instances").resolve("solver").resolve(folder);
    }

    /** MANIFEST.csv rows as column → value maps (RFC 4180 quoting, which is all the manifests use). */
    static List<Map<String, String>> manifest(String folder) {
        try {
            List<String> lines = Files.readAllLines(instances(folder).resolve("MANIFEST.csv"), StandardCharsets.UTF_8);
            List<String> header = csvFields(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                List<String> f = csvFields(line);
                assertEquals(header.size(), f.size(), "field count in " + folder + "/MANIFEST.csv: " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int k = 0; k < f.size(); k++) row.put(header.get(k), f.get(k));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> csvFields(String line) { return InstanceManifest.split(line); }

    interface Body {
        void write(ModelData md, Writer w) throws IOException;
    }

    static String text(ModelData md, Body body) {
        StringWriter sw = new StringWriter();
        try {
            body.write(md, sw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    static byte[] bytes(ModelData md, Body body) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(1 << 16);
        try (Writer w = new OutputStreamWriter(bos, StandardCharsets.UTF_8)) {
            body.write(md, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    static ModelData cbf(String text, String fileName) {
        try {
            return CbfReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelData mps(String text, String fileName, MpsReader.Format format) {
        try {
            return MpsReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelData cbfRoundTrip(ModelData md) {
        try {
            return CbfReader.read(new ByteArrayInputStream(bytes(md, CbfWriter::write)), "roundtrip.cbf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelData mpsRoundTrip(ModelData md) {
        try {
            return MpsReader.read(new ByteArrayInputStream(bytes(md, MpsWriter::write)), "roundtrip.mps", MpsReader.Format.AUTO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** Asserts that reading fails with a {@link ModelFormatException} at the given file and line whose detail contains {@code fragment}. */
    static ModelFormatException assertFormatError(String file, int line, String fragment, Runnable read) {
        ModelFormatException e = assertThrows(ModelFormatException.class, read::run);
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.detail().contains(fragment), "'" + e.getMessage() + "' should contain '" + fragment + "'");
        assertEquals(file + ":" + line + ": " + e.detail(), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one-line message");
        return e;
    }

    /** Field-by-field comparison with a readable failure, then {@link ModelData#sameAs} itself. */
    static void assertSame(ModelData expected, ModelData actual) {
        assertEquals(expected.maximize(), actual.maximize(), "sense");
        assertEquals(expected.varNames(), actual.varNames(), "variable names");
        assertTrue(Arrays.equals(expected.lb(), actual.lb()), "lb " + Arrays.toString(expected.lb()) + " vs " + Arrays.toString(actual.lb()));
        assertTrue(Arrays.equals(expected.ub(), actual.ub()), "ub " + Arrays.toString(expected.ub()) + " vs " + Arrays.toString(actual.ub()));
        assertTrue(Arrays.equals(expected.integer(), actual.integer()), "integer flags");
        assertTrue(Arrays.equals(expected.c(), actual.c()), "c " + Arrays.toString(expected.c()) + " vs " + Arrays.toString(actual.c()));
        assertEquals(expected.c0(), actual.c0(), 0.0, "c0");
        assertEquals(expected.qUpper(), actual.qUpper(), "Q");
        assertEquals(expected.a(), actual.a(), "A");
        assertTrue(Arrays.equals(expected.g(), actual.g()), "g " + Arrays.toString(expected.g()) + " vs " + Arrays.toString(actual.g()));
        assertEquals(expected.blocks(), actual.blocks(), "blocks");
        assertEquals(expected.rowNames(), actual.rowNames(), "row names");
        assertTrue(expected.sameAs(actual), "sameAs");
    }
}
