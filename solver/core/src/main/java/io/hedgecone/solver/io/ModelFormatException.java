package io.hedgecone.solver.io;

/**
 * A model file could not be read because its content is malformed or uses a feature the reader refuses.
 *
 * <p>{@link #getMessage()} is a single line {@code FILE:LINE: what was wrong, what was expected}, the form editors
 * and terminals turn into a link. Lines are numbered from 1; an error found at the end of the file names its last line.
 * Readers throw it before returning anything, so a caller never sees a partly read model.
 */
public class ModelFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String detail;

    /**
     * @param file   the file name as the user knows it (usually without directories)
     * @param line   1-based line number
     * @param detail what was wrong and what was expected
     */
    public ModelFormatException(String file, int line, String detail) {
        this(file, line, detail, null);
    }

    public ModelFormatException(String file, int line, String detail, Throwable cause) {
        super(file + ":" + Math.max(line, 1) + ": " + oneLine(detail), cause);
        this.file = file;
        this.line = Math.max(line, 1);
        this.detail = oneLine(detail);
    }

    /** The file name used in the message. */
    public String file() { return file; }

    /** The 1-based line number. */
    public int line() { return line; }

    /** The message without the {@code FILE:LINE:} prefix. */
    public String detail() { return detail; }

    // The message must stay on one line even when a quoted token carries control characters.
    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
    }
}
