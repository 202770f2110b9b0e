package io.hedgecone.bandits.instance;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV of posterior draws: one θ per row, comma-separated; blank lines and lines starting with '#' are skipped,
 * and a first line that is not numeric is taken as a header.
 */
public final class SampleFile {
    private SampleFile() { }

    /** Reads the draws (N×d); errors name {@code field} and the line. */
    public static double[][] read(Path path, String field) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (NoSuchFileException e) {
            throw new InstanceException(field, "file " + path + " not found");
        }
        List<double[]> rows = new ArrayList<>();
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split(",");
            double[] row = new double[parts.length];
            try {
                for (int j = 0; j < parts.length; j++) row[j] = Double.parseDouble(parts[j].strip());
            } catch (NumberFormatException e) {
                if (rows.isEmpty()) continue; // header
                throw new InstanceException(field, path.getFileName() + " line " + (ln + 1) + ": not a number (" + e.getMessage() + ")");
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length)
                throw new InstanceException(field, path.getFileName() + " line " + (ln + 1) + ": " + row.length + " values, expected " + rows.get(0).length);
            rows.add(row);
        }
        if (rows.isEmpty()) throw new InstanceException(field, "file " + path + " holds no draws");
        return rows.toArray(new double[0][]);
    }

    /** Writes draws (N×d) as CSV. */
    public static void write(Path path, double[][] draws) throws IOException {
        try (Writer w = Files.newBufferedWriter(path)) {
            for (double[] row : draws) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < row.length; j++) {
                    if (j > 0) sb.append(',');
                    sb.append(String.format(Locale.ROOT, "%.9g", row[j]));
                }
                w.write(sb.append('\n').toString());
            }
        }
    }
}
