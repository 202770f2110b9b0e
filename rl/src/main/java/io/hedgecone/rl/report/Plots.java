package io.hedgecone.rl.report;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** PNG charts of experiment results (XChart, headless). */
public final class Plots {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {}

    /** One line per series (x shared), e.g. a learning curve averaged over seeds. */
    public static void lines(Path file, String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        XYChart c = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        c.getStyler().setMarkerSize(0);
        for (Map.Entry<String, double[]> e : series.entrySet()) c.addSeries(e.getKey(), x, e.getValue()).setMarker(SeriesMarkers.NONE);
        save(c, file);
    }

    /**
     * Grouped bars with error bars: for each series (e.g. a policy), one bar per category (e.g. an action-set rule).
     *
     * @param values series → mean per category
     * @param errors series → CI half-width per category
     */
    public static void bars(Path file, String title, String yLabel, List<String> categories, Map<String, double[]> values, Map<String, double[]> errors) {
        CategoryChart c = new CategoryChartBuilder().width(900).height(560).title(title).yAxisTitle(yLabel).build();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            double[] err = errors.get(e.getKey());
            double[] cleaned = err.clone();
            for (int i = 0; i < cleaned.length; i++) if (Double.isNaN(cleaned[i])) cleaned[i] = 0;
            c.addSeries(e.getKey(), categories, box(e.getValue()), box(cleaned));
        }
        save(c, file);
    }

    private static List<Double> box(double[] v) {
        Double[] b = new Double[v.length];
        for (int i = 0; i < v.length; i++) b[i] = v[i];
        return List.of(b);
    }

    private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> c, Path file) {
        try {
            BitmapEncoder.saveBitmap(c, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
