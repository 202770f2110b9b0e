package io.hedgecone.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Rows of an {@code instances/solver/<set>/MANIFEST.csv}: name,file,source,reference_objective,abs_tolerance,rel_tolerance,notes. */
record Manifest(String set, String name, Path file, double reference, double absTol, double relTol, String notes) {

    /** The repository root: the first ancestor of the working directory holding {@code instances/}. */
    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("instances"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no instances/ folder above " + Path.of("").toAbsolutePath());
        return p;
    }

    static List<Manifest> read(String set) throws IOException {
        Path dir = repoRoot().resolve("instances/solver").resolve(set);
        List<String> lines = Files.readAllLines(dir.resolve("MANIFEST.csv"));
        List<String> header = split(lines.get(0));
        List<Manifest> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> f = split(lines.get(i));
            String ref = f.get(header.indexOf("reference_objective"));
            String abs = f.get(header.indexOf("abs_tolerance"));
            String rel = f.get(header.indexOf("rel_tolerance"));
            out.add(new Manifest(set, f.get(header.indexOf("name")), dir.resolve(f.get(header.indexOf("file"))),
                    ref.isBlank() ? Double.NaN : Double.parseDouble(ref),
                    abs.isBlank() ? 0 : Double.parseDouble(abs), rel.isBlank() ? 1e-6 : Double.parseDouble(rel),
                    header.contains("notes") && f.size() > header.indexOf("notes") ? f.get(header.indexOf("notes")) : ""));
        }
        return out;
    }

    /** Whether {@code value} matches the reference within the row's tolerances. */
    boolean matches(double value) {
        double err = Math.abs(value - reference);
        return err <= absTol || err <= relTol * Math.max(1, Math.abs(reference));
    }

    /** Splits one CSV line with double-quoted fields. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cur.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(ch);
        }
        out.add(cur.toString());
        return out;
    }

    @Override public String toString() { return set + "/" + name; }
}
