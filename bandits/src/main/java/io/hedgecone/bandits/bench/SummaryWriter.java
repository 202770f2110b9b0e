package io.hedgecone.bandits.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes summary.md: per configuration and method, the aggregates of {@link CellSummary}; then brmob against lcb. */
public final class SummaryWriter {
    private SummaryWriter() { }

    /** Groups rows by (K, σ_q, n, method), in suite order of methods. */
    public static List<CellSummary> summarize(Suite s, List<ResultRow> rows) {
        List<String> order = List.of(s.methods().split(","));
        Map<String, List<ResultRow>> groups = rows.stream().collect(Collectors.groupingBy(
                r -> r.arms() + "|" + r.priorSd() + "|" + r.n() + "|" + r.method(), LinkedHashMap::new, Collectors.toList()));
        List<CellSummary> out = new ArrayList<>();
        for (List<ResultRow> g : groups.values()) out.add(CellSummary.of(g, s.delta()));
        out.sort(Comparator.comparingInt(CellSummary::arms).thenComparingDouble(CellSummary::priorSd).thenComparingInt(CellSummary::n)
                .thenComparingInt(c -> order.indexOf(c.method()) < 0 ? 99 : order.indexOf(c.method())));
        return out;
    }

    public static String markdown(Suite s, List<ResultRow> rows, String command) {
        List<CellSummary> cells = summarize(s, rows);
        String q = String.format(Locale.ROOT, "%.0f%%", 100 * (1 - s.delta()));
        StringBuilder sb = new StringBuilder();
        sb.append("# Bandit suite `").append(s.name()).append("`\n\n");
        sb.append(String.format(Locale.ROOT, "Produced by `%s`. δ = %s, %d runs per configuration, %s, noise σ = %s, prior N(0, σ_q² I), "
                        + "uniform logging, %,d posterior draws per MC VaR, seed %d. True regret is max_a φ_aᵀθ* − πᵀΦθ* under the θ* "
                        + "that generated the data; its %s quantile across runs comes with a 95%% order-statistic CI.%n%n",
                command, s.delta(), s.runs(), s.multiArmed() ? "multi-armed (Φ = I)" : "d = " + s.dim() + ", φ ~ U[−½, ½]^d",
                s.noiseSd(), s.evalSamples(), s.seed(), q));
        sb.append("| K | σ_q | n | method | runs | true regret mean ± s.e. | true regret ").append(q).append(" quantile [CI] | mean MC VaR | mean bound | bound ≥ MC VaR | bound < MC VaR CI | posterior width | solve ms |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (CellSummary c : cells)
            sb.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %d | %.4f ± %.4f | %.4f [%.4f, %.4f] | %.4f | %s | %s | %s | %.4f | %.1f |%n",
                    c.arms(), trim(c.priorSd()), c.n(), c.method(), c.runs(), c.meanRegret(), c.seRegret(), c.quantileRegret().estimate(),
                    c.quantileRegret().lo(), c.quantileRegret().hi(), c.meanMcVar(), Double.isNaN(c.meanBound()) ? "–" : String.format(Locale.ROOT, "%.4f", c.meanBound()),
                    Double.isNaN(c.boundCoverage()) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * c.boundCoverage()),
                    Double.isNaN(c.boundBelowCi()) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * c.boundBelowCi()), c.meanWidth(), c.meanSolveMs()));
        sb.append(versus(s, rows, cells, "brmob", "lcb", q));
        return sb.toString();
    }

    /** brmob against lcb per configuration: quantiles, their difference, and the paired mean difference of true regret. */
    static String versus(Suite s, List<ResultRow> rows, List<CellSummary> cells, String a, String b, String q) {
        Map<String, CellSummary> byKey = new LinkedHashMap<>();
        for (CellSummary c : cells) byKey.put(c.arms() + "|" + c.priorSd() + "|" + c.n() + "|" + c.method(), c);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (CellSummary c : cells) {
            if (!c.method().equals(a)) continue;
            CellSummary o = byKey.get(c.arms() + "|" + c.priorSd() + "|" + c.n() + "|" + b);
            if (o == null) continue;
            if (!any) {
                sb.append("\n## ").append(a).append(" vs ").append(b).append("\n\n");
                sb.append("| K | σ_q | n | ").append(a).append(' ').append(q).append(" | ").append(b).append(' ').append(q)
                        .append(" | difference | ").append(a).append(" ≤ ").append(b)
                        .append(" | true regret: paired mean difference ± s.e. | posterior MC VaR: paired mean difference ± s.e. |\n|---|---|---|---|---|---|---|---|---|\n");
                any = true;
            }
            double[] diff = paired(rows, c.arms(), c.priorSd(), c.n(), a, b, ResultRow::trueRegret);
            double[] dvar = paired(rows, c.arms(), c.priorSd(), c.n(), a, b, ResultRow::mcVar);
            sb.append(String.format(Locale.ROOT, "| %d | %s | %d | %.4f | %.4f | %+.4f | %s | %+.4f ± %.4f | %+.4f ± %.4f |%n", c.arms(), trim(c.priorSd()), c.n(),
                    c.quantileRegret().estimate(), o.quantileRegret().estimate(), c.quantileRegret().estimate() - o.quantileRegret().estimate(),
                    c.quantileRegret().estimate() <= o.quantileRegret().estimate() ? "yes" : "**no**", diff[0], diff[1], dvar[0], dvar[1]));
        }
        return sb.toString();
    }

    /** Mean and standard error of (value_a − value_b) over runs present for both. */
    static double[] paired(List<ResultRow> rows, int k, double sq, int n, String a, String b, java.util.function.ToDoubleFunction<ResultRow> value) {
        Map<Integer, Double> ra = new LinkedHashMap<>(), rb = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            if (r.arms() != k || r.priorSd() != sq || r.n() != n) continue;
            if (r.method().equals(a)) ra.put(r.run(), value.applyAsDouble(r));
            if (r.method().equals(b)) rb.put(r.run(), value.applyAsDouble(r));
        }
        List<Double> d = new ArrayList<>();
        for (var e : ra.entrySet()) if (rb.containsKey(e.getKey())) d.add(e.getValue() - rb.get(e.getKey()));
        double m = d.stream().mapToDouble(x -> x).average().orElse(Double.NaN);
        double ss = d.stream().mapToDouble(x -> (x - m) * (x - m)).sum();
        return new double[]{m, d.size() > 1 ? Math.sqrt(ss / (d.size() - 1) / d.size()) : Double.NaN};
    }

    public static void write(Suite s, List<ResultRow> rows, String command, Path file) throws IOException {
        Files.writeString(file, markdown(s, rows, command));
    }

    static String trim(double v) {
        String t = String.format(Locale.ROOT, "%.6g", v);
        return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
    }
}
