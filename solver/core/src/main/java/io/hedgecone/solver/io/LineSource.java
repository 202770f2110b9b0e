package io.hedgecone.solver.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a text model file line by line, transparently gunzipping it when it starts with the gzip magic bytes.
 *
 * <p>Lines are split on bytes rather than through a {@code Reader} so that every complete line decompressed before
 * a truncated or corrupt gzip stream fails is still delivered; the failure is then reported at the line that could
 * not be read in full, which makes the reported line number independent of buffer sizes.
 */
final class LineSource implements Closeable, Where {
    private final InputStream in;
    private final String file;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private int line;

    private LineSource(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Opens a file after checking that it exists and is readable, so that the error says which. */
    static LineSource open(Path path) throws IOException {
        checkReadable(path);
        InputStream raw = Files.newInputStream(path);
        try {
            return of(raw, path.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Wraps a stream; gzip is recognised by its magic bytes, whatever the file is called. */
    static LineSource of(InputStream raw, String file) throws IOException {
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(2);
        int b0 = b.read();
        int b1 = b.read();
        b.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                return new LineSource(new GZIPInputStream(b, 1 << 16), file);
            } catch (IOException e) {
                throw new ModelFormatException(file, 1, "corrupt gzip header (" + e.getMessage() + ")", e);
            }
        }
        return new LineSource(b, file);
    }

    static void checkReadable(Path path) throws IOException {
        if (!Files.exists(path)) throw new NoSuchFileException(path.toString(), null, "no such model file");
        if (Files.isDirectory(path)) throw new FileSystemException(path.toString(), null, "is a directory, not a model file");
        if (!Files.isReadable(path)) throw new AccessDeniedException(path.toString(), null, "model file is not readable");
    }

    String file() { return file; }

    /** Number of lines returned so far (the current line after {@link #next()}). */
    int line() { return line; }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end of the file. */
    String next() {
        int scan = pos;
        while (true) {
            for (int i = scan; i < lim; i++) {
                if (buf[i] == '\n') {
                    String s = decode(pos, i);
                    pos = i + 1;
                    line++;
                    return s;
                }
            }
            if (eof) {
                if (pos < lim) {
                    String s = decode(pos, lim);
                    pos = lim;
                    line++;
                    return s;
                }
                return null;
            }
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
            scan = lim;
            if (lim == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            int n;
            try {
                n = in.read(buf, lim, buf.length - lim);
            } catch (IOException e) {
                throw new ModelFormatException(file, line + 1,
                        "cannot read further: the file is truncated or corrupt (" + e.getMessage() + ")", e);
            }
            if (n < 0) eof = true;
            else lim += n;
        }
    }

    private String decode(int from, int to) {
        if (to > from && buf[to - 1] == '\r') to--;
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** An error at the current line. */
    @Override public ModelFormatException error(String detail) {
        return new ModelFormatException(file, line, detail);
    }

    /** An error at a given line. */
    ModelFormatException errorAt(int atLine, String detail) {
        return new ModelFormatException(file, atLine, detail);
    }

    @Override public void close() throws IOException { in.close(); }
}
