package io.hedgecone.bandits.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * results.csv, appended one cell at a time so that an interrupted bench loses at most the cell in progress. A
 * trailing partial line (a kill mid-write) is dropped on reading.
 */
public final class ResultsFile {
    private final Path path;

    public ResultsFile(Path path) { this.path = path; }

    public Path path() { return path; }

    /** The rows already written (empty when the file does not exist). */
    public List<ResultRow> read() throws IOException {
        List<ResultRow> rows = new ArrayList<>();
        if (!Files.exists(path)) return rows;
        List<String> lines = Files.readAllLines(path);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i == 0) {
                if (!l.equals(ResultRow.HEADER)) throw new IllegalArgumentException(path + " is not a bandit results file (header differs)");
                continue;
            }
            if (l.isBlank()) continue;
            try {
                rows.add(ResultRow.parse(l));
            } catch (IllegalArgumentException e) {
                if (i != lines.size() - 1) throw new IllegalArgumentException(path + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return rows;
    }

    /** Truncates a trailing partial line left by a kill mid-write, so that appending starts on a fresh line. */
    public void repair() throws IOException {
        if (!Files.exists(path)) return;
        byte[] b = Files.readAllBytes(path);
        int end = b.length;
        while (end > 0 && b[end - 1] != '\n') end--;
        if (end != b.length) {
            try (var ch = java.nio.channels.FileChannel.open(path, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
        }
    }

    /** Appends rows (writing the header first when the file is new) and forces them to disk. */
    public void append(List<ResultRow> rows) throws IOException {
        boolean fresh = !Files.exists(path) || Files.size(path) == 0;
        StringBuilder sb = new StringBuilder();
        if (fresh) sb.append(ResultRow.HEADER).append('\n');
        for (ResultRow r : rows) sb.append(r.toCsv()).append('\n');
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            w.write(sb.toString());
        }
    }
}
