package io.hedgecone.rl.policy;

import io.hedgecone.rl.util.Adam;

/** A learned state-value baseline V(s) = wᵀψ(s), fitted to regression targets by Adam on the squared error. */
public final class LinearValue {
    private final double[] w;
    private final Adam adam;

    public LinearValue(int featureDim, double learningRate) {
        w = new double[featureDim];
        adam = new Adam(featureDim, learningRate);
    }

    public double value(double[] psi) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * psi[i];
        return s;
    }

    /** One Adam step on ½·mean (target − V(ψ))² over the batch; returns that loss before the step. */
    public double fit(double[][] psi, double[] targets) {
        double[] grad = new double[w.length];
        double loss = 0;
        for (int n = 0; n < psi.length; n++) {
            double e = targets[n] - value(psi[n]);
            loss += 0.5 * e * e;
            for (int i = 0; i < w.length; i++) grad[i] += e * psi[n][i] / psi.length; // ascent on −loss
        }
        adam.step(w, grad);
        return loss / psi.length;
    }
}
