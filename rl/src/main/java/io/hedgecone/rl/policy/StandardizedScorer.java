package io.hedgecone.rl.policy;

/**
 * Wraps a scorer so that it sees each input coordinate divided by a fixed scale (its root mean square over a
 * calibration sample). Features of very different magnitudes then learn at comparable rates under one step size.
 * The scale is set once, by {@link #calibrate}, before any update moves the parameters; until then inputs pass
 * unscaled (harmless: the scorers start at f ≡ 0, where scaling changes nothing).
 */
public final class StandardizedScorer implements Scorer {
    private final Scorer inner;
    private double[] scale;
    private final double[] buf;

    public StandardizedScorer(Scorer inner) {
        this.inner = inner;
        this.buf = new double[inner.inputDim()];
    }

    private StandardizedScorer(StandardizedScorer o) {
        inner = o.inner.copy();
        scale = o.scale == null ? null : o.scale.clone();
        buf = new double[inner.inputDim()];
    }

    public boolean calibrated() { return scale != null; }

    /** Fixes the scale to the per-coordinate RMS of {@code sample} (coordinates that are always 0 keep scale 1). */
    public void calibrate(Iterable<double[]> sample) {
        if (scale != null) throw new IllegalStateException("already calibrated");
        double[] ss = new double[buf.length];
        int n = 0;
        for (double[] x : sample) {
            for (int i = 0; i < ss.length; i++) ss[i] += x[i] * x[i];
            n++;
        }
        double[] s = new double[buf.length];
        for (int i = 0; i < s.length; i++) s[i] = n > 0 && ss[i] > 0 ? Math.sqrt(ss[i] / n) : 1;
        scale = s;
    }

    @Override public int inputDim() { return inner.inputDim(); }

    @Override public double[] parameters() { return inner.parameters(); }

    @Override public double score(double[] x) { return inner.score(scaled(x)); }

    @Override public void accumulateGradient(double[] x, double dScore, double[] grad) { inner.accumulateGradient(scaled(x), dScore, grad); }

    @Override public Scorer copy() { return new StandardizedScorer(this); }

    private double[] scaled(double[] x) {
        if (scale == null) return x;
        for (int i = 0; i < buf.length; i++) buf[i] = x[i] / scale[i];
        return buf;
    }
}
