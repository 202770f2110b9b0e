package io.hedgecone.solver.ipm;

import io.hedgecone.solver.bridge.CanonicalBridge;
import io.hedgecone.solver.bridge.Canonicalized;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.io.ModelFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Development harness (not a unit test): solves every instance listed in the MANIFEST.csv of the given folders
 * and prints status, iterations, time and objective against the reference.
 * <pre>
 *   java -cp solver/core/target/classes:solver/core/target/test-classes io.hedgecone.solver.ipm.BenchHarness \
 *        instances/solver/netlib instances/solver/maros instances/solver/cblib [-v] [-only NAME]
 * </pre>
 */
public final class BenchHarness {
    public static void main(String[] args) throws IOException {
        boolean verbose = false;
        String only = null;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-v")) verbose = true;
            else if (args[i].equals("-only")) only = args[++i];
            else dirs.add(Path.of(args[i]));
        }
        System.out.printf(Locale.ROOT, "%-22s %-16s %5s %8s %18s %18s %9s %9s%n", "instance", "status", "iter", "time[s]", "objective", "reference", "relerr", "gaprel");
        int ok = 0, total = 0;
        for (Path dir : dirs) {
            Map<String, Double> computed = readComputed(dir.resolve("COMPUTED_REFERENCES.csv"));
            for (List<String> row : readCsv(dir.resolve("MANIFEST.csv"))) {
                String name = row.get(0), file = row.get(1);
                if (only != null && !name.matches(only)) continue;
                String refStr = row.size() > 3 ? row.get(3) : "";
                double ref = refStr.isBlank() ? computed.getOrDefault(name, Double.NaN) : Double.parseDouble(refStr);
                boolean refComputed = refStr.isBlank() && !Double.isNaN(ref);
                total++;
                try {
                    ModelData d = ModelFiles.read(dir.resolve(file));
                    Canonicalized c = CanonicalBridge.toConic(d);
                    ConicProblem p = c.problem();
                    Settings st = Settings.builder().verbose(verbose).timeLimitSeconds(600).build();
                    ConicSolution r = ConicSolver.solve(p, st);
                    if (verbose && r.status().isSolved()) {
                        System.out.printf(Locale.ROOT, "abs: pres=%.3e dres=%.3e |x|=%.3e |s|=%.3e |z|=%.3e |q|=%.3e |b|=%.3e s-viol=%.2e z-viol=%.2e%n",
                                Certificates.primalResidual(p, r.x(), r.s()), Certificates.dualResidual(p, r.x(), r.z()),
                                Certificates.infNorm(r.x()), Certificates.infNorm(r.s()), Certificates.infNorm(r.z()),
                                Certificates.infNorm(p.q()), Certificates.infNorm(p.b()),
                                Certificates.coneViolation(p, r.s(), true), Certificates.coneViolation(p, r.z(), false));
                    }
                    double obj = r.status().isSolved() ? d.objective(c.primal(r.x())) : Double.NaN;
                    double relerr = Math.abs(obj - ref) / Math.max(1, Math.abs(ref));
                    boolean pass = r.status() == SolverStatus.SOLVED && r.gapRel() <= 1e-7
                            && (Double.isNaN(ref) || relerr <= (name.startsWith("sched") ? 1e-3 : 1e-6));
                    if (pass) ok++;
                    System.out.printf(Locale.ROOT, "%-22s %-16s %5d %8.3f %18.10e %18.10e %9.2e %9.2e %s%s%n", name, r.status(), r.iterations(),
                            r.solveTimeSeconds(), obj, ref, relerr, r.gapRel(), pass ? "ok" : "FAIL", refComputed ? " (computed ref)" : "");
                } catch (Exception | StackOverflowError e) {
                    System.out.printf(Locale.ROOT, "%-22s EXCEPTION %s%n", name, e);
                    e.printStackTrace(System.out);
                }
            }
        }
        System.out.printf(Locale.ROOT, "passed %d / %d%n", ok, total);
    }

    static Map<String, Double> readComputed(Path p) throws IOException {
        Map<String, Double> m = new HashMap<>();
        if (!Files.exists(p)) return m;
        List<List<String>> rows = readCsv(p);
        List<String> header = readHeader(p);
        int nameCol = header.indexOf("name"), objCol = -1;
        for (int i = 0; i < header.size(); i++) if (header.get(i).contains("objective")) { objCol = i; break; }
        if (nameCol < 0 || objCol < 0) return m;
        for (List<String> r : rows) {
            if (r.size() > objCol && !r.get(objCol).isBlank()) {
                try { m.put(r.get(nameCol), Double.parseDouble(r.get(objCol))); } catch (NumberFormatException ignored) { }
            }
        }
        return m;
    }

    static List<String> readHeader(Path p) throws IOException {
        return split(Files.readAllLines(p).get(0));
    }

    static List<List<String>> readCsv(Path p) throws IOException {
        List<String> lines = Files.readAllLines(p);
        List<List<String>> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) if (!lines.get(i).isBlank()) out.add(split(lines.get(i)));
        return out;
    }

    static List<String> split(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { f.add(sb.toString()); sb.setLength(0); }
            else sb.append(ch);
        }
        f.add(sb.toString());
        return f;
    }
}
