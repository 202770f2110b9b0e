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
