package io.hedgecone.rl.util;

/**
 * Adam (Kingma &amp; Ba 2015) on one flat parameter vector, for gradient <em>ascent</em>: {@link #step} adds the
 * bias-corrected update in the direction of the given gradient.
 */
public final class Adam {
    private final double lr, beta1, beta2, eps;
    private final double[] m, v;
    private int t;

    public Adam(int size, double lr) { this(size, lr, 0.9, 0.999, 1e-8); }

    public Adam(int size, double lr, double beta1, double beta2, double eps) {
        if (!(lr > 0)) throw new IllegalArgumentException("learning rate must be positive, got " + lr);
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        m = new double[size];
        v = new double[size];
    }

    /** θ ← θ + lr · m̂ / (√v̂ + ε) for the ascent direction {@code grad}. */
    public void step(double[] theta, double[] grad) {
        if (theta.length != m.length || grad.length != m.length)
            throw new IllegalArgumentException("expected " + m.length + " parameters, got " + theta.length + " and gradient " + grad.length);
        t++;
        double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < theta.length; i++) {
            double g = grad[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            theta[i] += lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + eps);
        }
    }
}
