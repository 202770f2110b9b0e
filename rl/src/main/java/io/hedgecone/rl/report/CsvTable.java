package io.hedgecone.rl.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rows under a header, written as RFC 4180 CSV (numbers in Java's round-trip form, locale-independent). */
public final class CsvTable {
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public CsvTable(String... header) { this.header = List.of(header); }

    /** Appends a row; its length must match the header. */
    public synchronized CsvTable add(Object... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        rows.add(List.of(cells));
        return this;
    }

    public synchronized int size() { return rows.size(); }

    public synchronized void write(Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(line(new ArrayList<>(header)));
            for (List<Object> r : rows) w.write(line(r));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String line(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(cells.get(i)));
        }
        return sb.append('\n').toString();
    }

    private static String cell(Object o) {
        String s = o instanceof Double d ? (d.isNaN() ? "" : Double.toString(d)) : String.valueOf(o).toLowerCase(Locale.ROOT).equals("null") ? "" : String.valueOf(o);
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) s = "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
