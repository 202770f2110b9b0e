package io.hedgecone.solver.io;

import io.hedgecone.solver.form.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static io.hedgecone.solver.io.IoTestSupport.assertFormatError;
import static io.hedgecone.solver.io.IoTestSupport.assertSame;
import static io.hedgecone.solver.io.IoTestSupport.cbf;
import static io.hedgecone.solver.io.IoTestSupport.gzip;
import static io.hedgecone.solver.io.IoTestSupport.instances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsEveryExtension() throws IOException {
        ModelData qp = MpsReaderTest.everythingExpected(false);
        for (String name : List.of("a.mps", "b.MPS", "c.qps", "d.QPS", "e.mps.gz", "f.QPS.gz")) {
            Path p = dir.resolve(name);
            ModelFiles.write(qp, p);
            assertSame(qp, ModelFiles.read(p));
        }
        ModelData conic = cbf(CbfReaderTest.EVERYTHING, "everything.cbf");
        for (String name : List.of("g.cbf", "h.CBF.gz")) {
            Path p = dir.resolve(name);
            ModelFiles.write(conic, p);
            assertSame(conic, ModelFiles.read(p));
        }
        byte[] gz = Files.readAllBytes(dir.resolve("e.mps.gz"));
        assertEquals(0x1f, gz[0] & 0xff);
        assertEquals(0x8b, gz[1] & 0xff);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(8, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void gzipIsRecognisedByContentNotName() throws IOException {
        Path gzNamedPlain = dir.resolve("x.mps");
        Files.write(gzNamedPlain, Files.readAllBytes(instances("netlib").resolve("afiro.mps.gz")));
        assertEquals(32, ModelFiles.read(gzNamedPlain).numVars());
        Path plainNamedGz = dir.resolve("y.cbf.gz");
        Files.writeString(plainNamedGz, CbfReaderTest.EVERYTHING);
        assertEquals(13, ModelFiles.read(plainNamedGz).numVars());
    }

    @Test
    void missingDirectoryAndUnknownExtensionAreClearErrors() throws IOException {
        Path missing = dir.resolve("nope.mps");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ModelFiles.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("no such model file"), e.getMessage());
        Path sub = Files.createDirectory(dir.resolve("sub.cbf"));
        FileSystemException d = assertThrows(FileSystemException.class, () -> ModelFiles.read(sub));
        assertTrue(d.getMessage().contains("is a directory"), d.getMessage());
        Path lp = Files.writeString(dir.resolve("model.lp"), "minimize x");
        IllegalArgumentException u = assertThrows(IllegalArgumentException.class, () -> ModelFiles.read(lp));
        assertTrue(u.getMessage().contains("expected extension .cbf, .mps or .qps, optionally followed by .gz"), u.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelFiles.write(MpsReaderTest.everythingExpected(false), dir.resolve("out.txt")));
    }

    @Test
    void aRefusedWriteLeavesNoFile() throws IOException {
        ModelData qp = MpsReaderTest.everythingExpected(false);
        Path target = dir.resolve("qp.cbf");
        assertThrows(IllegalArgumentException.class, () -> ModelFiles.write(qp, target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    /** Cuts a gzipped file and checks the error names the first line that could not be read in full. */
    @Test
    void truncatedGzipNamesFileAndLine() throws IOException {
        StringBuilder sb = new StringBuilder("VER\n1\nOBJSENSE\nMIN\nVAR\n300 1\nF 300\nCON\n300 1\nL+ 300\nACOORD\n90000\n");
        for (int i = 0; i < 300; i++) for (int j = 0; j < 300; j++) sb.append(i).append(' ').append(j).append(' ').append(1 + (i * 7 + j) % 13).append('\n');
        byte[] full = gzip(sb.toString().getBytes(StandardCharsets.US_ASCII));
        byte[] cut = Arrays.copyOf(full, full.length * 3 / 5);
        Path p = dir.resolve("cut.cbf.gz");
        Files.write(p, cut);
        int expected = completeLinesBeforeFailure(cut) + 1;
        assertTrue(expected > 12 && expected < 90012, "cut inside ACOORD: " + expected);
        assertFormatError("cut.cbf.gz", expected, "the file is truncated or corrupt", () -> {
            try {
                ModelFiles.read(p);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        byte[] netlib = Files.readAllBytes(instances("netlib").resolve("agg.mps.gz"));
        byte[] cutMps = Arrays.copyOf(netlib, netlib.length / 2);
        Path q = dir.resolve("agg.mps.gz");
        Files.write(q, cutMps);
        assertFormatError("agg.mps.gz", completeLinesBeforeFailure(cutMps) + 1, "the file is truncated or corrupt", () -> {
            try {
                ModelFiles.read(q);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        byte[] noTrailer = Arrays.copyOf(full, full.length - 4);
        Path r = dir.resolve("trailer.cbf.gz");
        Files.write(r, noTrailer);
        assertFormatError("trailer.cbf.gz", sb.toString().split("\n").length + 1, "the file is truncated or corrupt", () -> {
            try {
                ModelFiles.read(r);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void corruptGzipHeader() throws IOException {
        Path p = dir.resolve("bad.cbf.gz");
        Files.write(p, new byte[] {0x1f, (byte) 0x8b, 0, 0, 0});
        assertFormatError("bad.cbf.gz", 1, "corrupt gzip header", () -> {
            try {
                ModelFiles.read(p);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Independent count: decompress byte by byte until the stream fails, counting newlines. */
    private static int completeLinesBeforeFailure(byte[] gz) {
        int lines = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            for (int b; (b = in.read()) >= 0; ) if (b == '\n') lines++;
        } catch (IOException expected) {
            return lines;
        }
        throw new AssertionError("the cut stream decompressed without error");
    }

    @Test
    void baseNameDropsDirectoriesAndExtensions() {
        assertEquals("afiro", ModelFiles.baseName("afiro.mps.gz"));
        assertEquals("HS21", ModelFiles.baseName("/tmp/x/HS21.QPS"));
        assertEquals("VTP.BASE", ModelFiles.baseName("VTP.BASE.mps"));
    }
}
