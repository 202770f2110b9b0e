package io.hedgecone.design.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidate points as CSV: one point per row, comma-separated numbers. An optional header is recognised as a first
 * row in which no field is a number. Blank lines and lines starting with '#' are skipped. Every bad row is
 * reported with its line number (the first {@link #MAX_REPORTED}).
 */
public final class PointsCsv {
    /** Problems listed in one exception; the rest are counted. */
    public static final int MAX_REPORTED = 20;

    private PointsCsv() { }

    /** The points in a CSV file (K rows of n). */
    public static double[][] read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** The points in CSV text read from {@code in}; {@code source} names it in messages. */
    public static double[][] read(BufferedReader in, String source) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int bad = 0, width = -1, lineNo = 0;
        String widthFrom = null;
        boolean first = true;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] f = t.split(",", -1);
            if (first) {
                first = false;
                if (noneNumeric(f)) {
                    width = f.length;
                    widthFrom = "the header on line " + lineNo;
                    continue;
                }
            }
            String err = null;
            double[] v = new double[f.length];
            for (int j = 0; j < f.length && err == null; j++) {
                String s = f[j].strip();
                if (s.isEmpty()) { err = "field " + (j + 1) + " is empty"; break; }
                try {
                    v[j] = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    err = "field " + (j + 1) + " '" + abbreviate(s) + "' is not a number";
                    break;
                }
                if (!Double.isFinite(v[j])) err = "field " + (j + 1) + " is " + s + " (coordinates must be finite)";
            }
            if (err == null) {
                if (width < 0) {
                    width = f.length;
                    widthFrom = "line " + lineNo;
                } else if (f.length != width) {
                    err = f.length + " values, expected " + width + " (from " + widthFrom + ")";
                }
            }
            if (err != null) {
                bad++;
                if (problems.size() < MAX_REPORTED) problems.add(source + ":" + lineNo + ": " + err);
                continue;
            }
            rows.add(v);
        }
        if (bad > 0) {
            if (bad > MAX_REPORTED) problems.add("... and " + (bad - MAX_REPORTED) + " more bad rows");
            throw new CsvFormatException(source + ": " + bad + " bad row" + (bad == 1 ? "" : "s"), problems);
        }
        if (rows.isEmpty()) throw new CsvFormatException(source + ": no points", List.of(source + ": the file has no data rows"));
        return rows.toArray(new double[0][]);
    }

    private static boolean noneNumeric(String[] f) {
        for (String s : f) {
            try {
                Double.parseDouble(s.strip());
                return false;
            } catch (NumberFormatException e) {
                // a name, as expected in a header
            }
        }
        return true;
    }

    private static String abbreviate(String s) { return s.length() <= 40 ? s : s.substring(0, 37) + "..."; }

    /** Writes points with a header x1..xn; values in shortest round-trip form, so reading gives the same doubles. */
    public static void write(Path file, double[][] points) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, points);
        }
    }

    /** Writes CSV text. */
    public static void write(Writer out, double[][] points) throws IOException {
        int n = points.length == 0 ? 0 : points[0].length;
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < n; j++) sb.append(j == 0 ? "" : ",").append('x').append(j + 1);
        out.write(sb.append('\n').toString());
        for (double[] p : points) {
            sb.setLength(0);
            for (int j = 0; j < p.length; j++) sb.append(j == 0 ? "" : ",").append(p[j]);
            out.write(sb.append('\n').toString());
        }
    }
}
