package io.hedgecone.solver.io;

import io.hedgecone.solver.form.ModelData;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes model files, choosing the format by extension: {@code .cbf} (conic, {@link CbfReader} /
 * {@link CbfWriter}), {@code .mps} and {@code .qps} in any letter case (LP/QP, {@link MpsReader} / {@link MpsWriter}),
 * each optionally followed by {@code .gz}.
 *
 * <p>Reading recognises gzip by its magic bytes whatever the name says, and MPS fixed or free layout automatically.
 * A missing, unreadable or directory path fails with an {@link IOException} naming the path; malformed content with a
 * {@link ModelFormatException} naming file and line. Writing goes to a temporary file next to the target which is
 * moved into place only when complete, so a refused model or a failed write never leaves a partial file behind.
 */
public final class ModelFiles {
    private ModelFiles() { }

    /** The file formats known by extension. */
    public enum Format { CBF, MPS }

    /** Reads a model file of any supported format. */
    public static ModelData read(Path path) throws IOException {
        LineSource.checkReadable(path);
        return switch (formatOf(path)) {
            case CBF -> CbfReader.read(path);
            case MPS -> MpsReader.read(path);
        };
    }

    /** Writes a model in the format its extension names, gzipped when it ends in {@code .gz}. */
    public static void write(ModelData model, Path path) throws IOException {
        Format f = formatOf(path);
        writeAtomically(path, out -> {
            switch (f) {
                case CBF -> CbfWriter.write(model, out);
                case MPS -> MpsWriter.write(model, out);
            }
        });
    }

    /** The format named by a path's extension; an unknown extension is an {@link IllegalArgumentException}. */
    public static Format formatOf(Path path) {
        Format f = formatOrNull(path);
        if (f == null) throw new IllegalArgumentException("cannot tell the format of model file '" + path
                + "': expected extension .cbf, .mps or .qps, optionally followed by .gz");
        return f;
    }

    /** Whether the path's extension names a model format ({@link #formatOf} accepts it). */
    public static boolean isModelFile(Path path) { return formatOrNull(path) != null; }

    private static Format formatOrNull(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".cbf")) return Format.CBF;
        if (name.endsWith(".mps") || name.endsWith(".qps")) return Format.MPS;
        return null;
    }

    /** A file name without directories, {@code .gz} and the format extension: the default model name. */
    static String baseName(String fileName) {
        String s = fileName;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (slash >= 0) s = s.substring(slash + 1);
        if (s.toLowerCase(Locale.ROOT).endsWith(".gz")) s = s.substring(0, s.length() - 3);
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    interface TextBody {
        void write(Writer out) throws IOException;
    }

    static void writeAtomically(Path path, TextBody body) throws IOException {
        Path abs = path.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new java.nio.file.NoSuchFileException(dir.toString(), null, "directory does not exist");
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        boolean done = false;
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 OutputStream os = abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                body.write(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }
}
