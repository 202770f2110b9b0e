package io.hedgecone.cli.bench;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Writes results.csv, summary.md and the Dolan–Moré performance profile profile.png of a bench-solvers run. */
public final class BenchReport {
    private BenchReport() { }

    public static void write(Path out, List<BenchRow> rows, List<String> backends, double limitSec, String command) throws IOException {
        Files.createDirectories(out);
        List<String> csv = new ArrayList<>();
        csv.add(BenchRow.HEADER);
        for (BenchRow r : rows) csv.add(r.toCsv());
        Files.write(out.resolve("results.csv"), csv);
        Files.writeString(out.resolve("summary.md"), summary(rows, backends, limitSec, command));
        profile(rows, backends, limitSec * 1000, out.resolve("profile.png"));
    }

    static String summary(List<BenchRow> rows, List<String> backends, double limitSec, String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Solver benchmark\n\nProduced by `").append(command).append("`.\n\n");
        sb.append("Solved = status optimal, verified relative residuals and gap ≤ ").append(SolverBenchmark.SOLVED_TOL)
                .append(", objective within the MANIFEST tolerance of the published value when there is one. ")
                .append("Each time is the median over the command's --repeat solves (the first judged; solves over 1 s run once), ")
                .append("after the command's --warmup, if any (untimed solves that let the JVM compile the backends' code). ")
                .append("Times are shifted geometric means (shift 10 ms) over the instances each backend can take; unsolved runs count at the ")
                .append(limitSec).append(" s limit.\n\n");
        sb.append("| set | backend | instances | solved | shifted geomean (ms) |\n|---|---|---|---|---|\n");
        List<String> sets = rows.stream().map(BenchRow::set).distinct().toList();
        for (String set : sets) {
            for (String b : backends) {
                List<BenchRow> mine = rows.stream().filter(r -> r.backend().equals(b) && r.set().equals(set)).toList();
                if (mine.isEmpty()) continue;
                long solved = mine.stream().filter(BenchRow::solved).count();
                sb.append(String.format("| %s | %s | %d | %d | %.1f |%n", set, b, mine.size(), solved, SolverBenchmark.shiftedGeomean(mine, limitSec * 1000)));
            }
        }
        sb.append("\n| instance | ").append(String.join(" | ", backends)).append(" |\n|---|");
        sb.append("---|".repeat(backends.size())).append('\n');
        Map<String, Map<String, BenchRow>> byInstance = new LinkedHashMap<>();
        for (BenchRow r : rows) byInstance.computeIfAbsent(r.instance(), k -> new LinkedHashMap<>()).put(r.backend(), r);
        for (var e : byInstance.entrySet()) {
            sb.append("| ").append(e.getKey());
            for (String b : backends) {
                BenchRow r = e.getValue().get(b);
                sb.append(" | ").append(r == null ? "—" : r.solved() ? String.format("%.1f ms", r.solveMs()) : r.status());
            }
            sb.append(" |\n");
        }
        return sb.toString();
    }

    /** One solve of a perturbed copy ({@link io.hedgecone.solver.form.Perturbation}) of an instance, with the copy's seed. */
    public record Perturbed(int seed, BenchRow row) { }

    /**
     * Writes robustness.csv (the perturbed solves, seed first) and appends a Robustness section to summary.md: per
     * backend, the instances solved at the original and at every perturbed copy, and the list of those that are not.
     */
    public static void writeRobustness(Path out, List<BenchRow> rows, List<Perturbed> perturbed, List<String> backends,
                                       double rel, int seeds) throws IOException {
        List<String> csv = new ArrayList<>();
        csv.add("seed," + BenchRow.HEADER);
        for (Perturbed p : perturbed) csv.add(p.seed() + "," + p.row().toCsv());
        Files.write(out.resolve("robustness.csv"), csv);
        Files.writeString(out.resolve("summary.md"), Files.readString(out.resolve("summary.md")) + robustness(rows, perturbed, backends, rel, seeds));
    }

    static String robustness(List<BenchRow> rows, List<Perturbed> perturbed, List<String> backends, double rel, int seeds) {
        StringBuilder sb = new StringBuilder("\n## Robustness\n\n");
        sb.append("Each instance was also solved ").append(seeds).append(" times with its objective, row offsets and bounds multiplied entry ")
                .append("by entry by 1 + ").append(rel).append("·u, u uniform in [−½, ½) (seeds 1..").append(seeds)
                .append("; equal bounds kept equal), and judged as above: a change this far below the tolerances leaves a robust ")
                .append("backend's answers as they were. Perturbed solves are in robustness.csv.\n\n");
        sb.append("| backend | instances | solved at every perturbation | perturbed solves solved |\n|---|---|---|---|\n");
        StringBuilder fragile = new StringBuilder();
        for (String b : backends) {
            Map<String, List<BenchRow>> copies = new LinkedHashMap<>();
            for (Perturbed p : perturbed)
                if (p.row().backend().equals(b)) copies.computeIfAbsent(p.row().set() + "/" + p.row().instance(), k -> new ArrayList<>()).add(p.row());
            List<BenchRow> originals = rows.stream().filter(r -> r.backend().equals(b)).toList();
            if (originals.isEmpty()) continue;
            int robust = 0, solvedCopies = 0, allCopies = 0;
            for (BenchRow r : originals) {
                List<BenchRow> mine = copies.getOrDefault(r.set() + "/" + r.instance(), List.of());
                long ok = mine.stream().filter(BenchRow::solved).count();
                solvedCopies += ok;
                allCopies += mine.size();
                if (r.solved() && ok == mine.size()) robust++;
                else fragile.append("- ").append(b).append(" / ").append(r.instance()).append(": original ").append(outcome(r))
                        .append(", copies ").append(String.join(" ", mine.stream().map(BenchReport::outcome).toList())).append('\n');
            }
            sb.append(String.format("| %s | %d | %d | %d / %d |%n", b, originals.size(), robust, solvedCopies, allCopies));
        }
        if (fragile.length() > 0) sb.append("\nNot solved at every perturbation:\n\n").append(fragile);
        return sb.toString();
    }

    /** "solved", or the status of an unsolved run ("optimal (rejected)" when the verifier or the reference rejected it). */
    private static String outcome(BenchRow r) {
        if (r.solved()) return "solved";
        return r.status().equals("optimal") ? "optimal (rejected)" : r.status();
    }

    /** Fraction of instances each backend solves within τ times the best backend's time, τ on a log2 axis. */
    static void profile(List<BenchRow> rows, List<String> backends, double limitMs, Path png) throws IOException {
        Map<String, Double> best = new LinkedHashMap<>();
        for (BenchRow r : rows) if (r.solved()) best.merge(r.instance(), Math.max(r.solveMs(), 1e-3), Math::min);
        TreeSet<String> instances = new TreeSet<>();
        for (BenchRow r : rows) instances.add(r.instance());
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Performance profile")
                .xAxisTitle("log2 of time ratio to the best backend").yAxisTitle("fraction of instances solved").build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        for (String b : backends) {
            double[] ratios = rows.stream().filter(r -> r.backend().equals(b) && r.solved())
                    .mapToDouble(r -> Math.log(Math.max(r.solveMs(), 1e-3) / best.get(r.instance())) / Math.log(2)).sorted().toArray();
            int total = instances.size();
            double maxTau = Math.log(Math.max(limitMs, 2) / 1e-3) / Math.log(2);
            List<Double> xs = new ArrayList<>(List.of(0.0)), ys = new ArrayList<>(List.of(0.0));
            for (int i = 0; i < ratios.length; i++) {
                xs.add(ratios[i]); ys.add(ys.get(ys.size() - 1));
                xs.add(ratios[i]); ys.add((i + 1) / (double) total);
            }
            double end = Math.min(maxTau, ratios.length == 0 ? 1 : Math.max(1, ratios[ratios.length - 1] + 1));
            xs.add(end); ys.add(ratios.length / (double) Math.max(total, 1));
            XYSeries s = chart.addSeries(b, xs, ys);
            s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

}
