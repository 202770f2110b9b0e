package io.hedgecone.solver.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a benchmark set's {@code MANIFEST.csv} (columns name,file,source,reference_objective,abs_tolerance,
 * rel_tolerance,notes, optionally reference_excludes_constant): an instance file and its published optimum with the
 * tolerance it deserves. Some published values (NETLIB E226) leave out the objective constant; the column says so.
 */
public record InstanceManifest(String set, String name, Path file, double reference, double absTol, double relTol,
                               boolean referenceExcludesConstant, String notes) {

    /** The repository root: the first ancestor of the working directory holding {@code instances/}. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("instances"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no instances/ folder above " + Path.of("").toAbsolutePath());
        return p;
    }

    /** The rows of {@code instances/solver/<set>/MANIFEST.csv} under the repository root. */
    public static List<InstanceManifest> read(String set) throws IOException {
        return readDir(repoRoot().resolve("instances/solver").resolve(set));
    }

    /** The rows of {@code dir/MANIFEST.csv}; the set name is the folder's name. */
    public static List<InstanceManifest> readDir(Path dir) throws IOException {
        String set = dir.getFileName().toString();
        List<String> lines = Files.readAllLines(dir.resolve("MANIFEST.csv"));
        List<String> header = split(lines.get(0));
        List<InstanceManifest> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> f = split(lines.get(i));
            String ref = f.get(header.indexOf("reference_objective"));
            String abs = f.get(header.indexOf("abs_tolerance"));
            String rel = f.get(header.indexOf("rel_tolerance"));
            out.add(new InstanceManifest(set, f.get(header.indexOf("name")), dir.resolve(f.get(header.indexOf("file"))),
                    ref.isBlank() ? Double.NaN : Double.parseDouble(ref),
                    abs.isBlank() ? 0 : Double.parseDouble(abs), rel.isBlank() ? 1e-6 : Double.parseDouble(rel),
                    header.contains("reference_excludes_constant") && Boolean.parseBoolean(f.get(header.indexOf("reference_excludes_constant"))),
                    header.contains("notes") && f.size() > header.indexOf("notes") ? f.get(header.indexOf("notes")) : ""));
        }
        return out;
    }

    /**
     * The instances of a folder: the rows of its {@code MANIFEST.csv} when it has one, else every model file in it
     * ({@link ModelFiles#isModelFile}, in name order) without a reference optimum, named by its file name.
     *
     * @throws IllegalArgumentException when the folder has neither a MANIFEST.csv nor a model file
     */
    public static List<InstanceManifest> forDir(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve("MANIFEST.csv"))) return readDir(dir);
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a folder");
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> Files.isRegularFile(f) && ModelFiles.isModelFile(f)).sorted().toList();
        }
        if (files.isEmpty())
            throw new IllegalArgumentException(dir + ": no MANIFEST.csv and no model file (.cbf, .mps, .qps, optionally .gz) in this folder");
        String set = dir.toAbsolutePath().normalize().getFileName().toString();
        List<InstanceManifest> out = new ArrayList<>();
        for (Path f : files)
            out.add(new InstanceManifest(set, ModelFiles.baseName(f.getFileName().toString()), f, Double.NaN, 0, 1e-6, false,
                    "no MANIFEST.csv: no reference optimum"));
        return out;
    }

    /** Whether a published optimum is known. */
    public boolean hasReference() { return !Double.isNaN(reference); }

    /** The reference for a model whose objective constant is {@code c0}. */
    public double expected(double c0) { return referenceExcludesConstant ? reference + c0 : reference; }

    /** Whether objective {@code value} of a model with constant {@code c0} matches the reference within the row's tolerances. */
    public boolean matches(double value, double c0) {
        double ref = expected(c0);
        double err = Math.abs(value - ref);
        return err <= absTol || err <= relTol * Math.max(1, Math.abs(ref));
    }

    /** Splits one CSV line with double-quoted fields. */
    public static List<String> split(String line) {
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
