package io.hedgecone.bandits.bench;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PNG plots of a suite: the (1−δ)-quantile of true regret and the mean posterior MC VaR against n (one plot each per
 * K and σ_q, log-scale n), and the quantile against the mean posterior width (one plot per K, every configuration a point).
 */
public final class SuitePlots {
    private SuitePlots() { }

    /** One line per method of {@code value} against n for (K, σ_q); null when there is nothing to draw. */
    private static Path versusN(Suite s, List<CellSummary> cells, Set<String> methods, int k, double sq, String file, String yTitle,
                                java.util.function.ToDoubleFunction<CellSummary> value, Path dir) throws IOException {
        XYChart ch = new XYChartBuilder().width(720).height(480)
                .title(String.format(Locale.ROOT, "%s: K = %d, σ_q = %s", s.name(), k, SummaryWriter.trim(sq)))
                .xAxisTitle("logged samples n").yAxisTitle(yTitle).build();
        ch.getStyler().setXAxisLogarithmic(true);
        boolean any = false;
        for (String m : methods) {
            List<Double> x = new ArrayList<>(), y = new ArrayList<>();
            for (CellSummary c : cells)
                if (c.arms() == k && c.priorSd() == sq && c.method().equals(m) && c.n() > 0) {
                    x.add((double) c.n());
                    y.add(value.applyAsDouble(c));
                }
            if (!x.isEmpty()) {
                ch.addSeries(m, x, y).setMarker(SeriesMarkers.CIRCLE);
                any = true;
            }
        }
        if (!any) return null;
        Path f = dir.resolve(String.format(Locale.ROOT, "%s-K%d-sq%s.png", file, k, SummaryWriter.trim(sq)));
        BitmapEncoder.saveBitmap(ch, f.toString(), BitmapEncoder.BitmapFormat.PNG);
        return f;
    }

    /** Writes the plots into {@code dir} and returns their paths. */
    public static List<Path> write(Suite s, List<ResultRow> rows, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<CellSummary> cells = SummaryWriter.summarize(s, rows);
        String q = String.format(Locale.ROOT, "%.0f%%", 100 * (1 - s.delta()));
        List<Path> out = new ArrayList<>();
        Set<String> methods = new LinkedHashSet<>();
        for (CellSummary c : cells) methods.add(c.method());
        for (int k : s.arms()) {
            for (double sq : s.priorSd()) {
                Path f = versusN(s, cells, methods, k, sq, "regret-vs-n", "true regret, " + q + " quantile over runs", c -> c.quantileRegret().estimate(), dir);
                if (f != null) out.add(f);
                f = versusN(s, cells, methods, k, sq, "var-vs-n", "posterior MC VaR of regret, mean over runs", CellSummary::meanMcVar, dir);
                if (f != null) out.add(f);
            }
            XYChart ch = new XYChartBuilder().width(720).height(480)
                    .title(String.format(Locale.ROOT, "%s: K = %d, all σ_q and n", s.name(), k))
                    .xAxisTitle("mean posterior sd of φ_aᵀθ").yAxisTitle("true regret, " + q + " quantile over runs").build();
            ch.getStyler().setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
            boolean any = false;
            for (String m : methods) {
                List<Double> x = new ArrayList<>(), y = new ArrayList<>();
                for (CellSummary c : cells)
                    if (c.arms() == k && c.method().equals(m)) {
                        x.add(c.meanWidth());
                        y.add(c.quantileRegret().estimate());
                    }
                if (!x.isEmpty()) {
                    ch.addSeries(m, x, y);
                    any = true;
                }
            }
            if (!any) continue;
            Path f = dir.resolve(String.format(Locale.ROOT, "regret-vs-width-K%d.png", k));
            BitmapEncoder.saveBitmap(ch, f.toString(), BitmapEncoder.BitmapFormat.PNG);
            out.add(f);
        }
        return out;
    }
}
