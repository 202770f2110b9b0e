package io.hedgecone.rl.policy;

import java.util.SplittableRandom;

/**
 * A one-hidden-layer perceptron: score(x) = vᵀ tanh(W x + b), W: hidden × d (Glorot-scaled, seeded), b = 0, v = 0.
 * The output layer starts at zero so that the policy built on it starts exactly at its reference policy; the first
 * gradient then moves v, and W through it. Parameters are laid out as [W row-major | b | v].
 */
public final class MlpScorer implements Scorer {
    private final int d, h;
    private final double[] p;
    private final double[] hidden; // scratch: tanh activations of the last input

    public MlpScorer(int inputDim, int hiddenUnits, long seed) {
        if (inputDim < 1 || hiddenUnits < 1) throw new IllegalArgumentException("input and hidden sizes must be >= 1");
        d = inputDim;
        h = hiddenUnits;
        p = new double[h * d + 2 * h];
        SplittableRandom r = new SplittableRandom(seed);
        double s = Math.sqrt(2.0 / (d + h));
        for (int i = 0; i < h * d; i++) p[i] = s * r.nextGaussian();
        hidden = new double[h];
    }

    private MlpScorer(MlpScorer o) {
        d = o.d;
        h = o.h;
        p = o.p.clone();
        hidden = new double[h];
    }

    @Override public int inputDim() { return d; }

    @Override public double[] parameters() { return p; }

    @Override public double score(double[] x) {
        forward(x);
        double s = 0;
        int v = h * d + h;
        for (int j = 0; j < h; j++) s += p[v + j] * hidden[j];
        return s;
    }

    @Override public void accumulateGradient(double[] x, double dScore, double[] grad) {
        forward(x);
        int bOff = h * d, vOff = h * d + h;
        for (int j = 0; j < h; j++) {
            grad[vOff + j] += dScore * hidden[j];
            double back = dScore * p[vOff + j] * (1 - hidden[j] * hidden[j]); // tanh' = 1 − tanh²
            if (back == 0) continue;
            grad[bOff + j] += back;
            int row = j * d;
            for (int i = 0; i < d; i++) grad[row + i] += back * x[i];
        }
    }

    private void forward(double[] x) {
        int bOff = h * d;
        for (int j = 0; j < h; j++) {
            double s = p[bOff + j];
            int row = j * d;
            for (int i = 0; i < d; i++) s += p[row + i] * x[i];
            hidden[j] = Math.tanh(s);
        }
    }

    @Override public Scorer copy() { return new MlpScorer(this); }
}
