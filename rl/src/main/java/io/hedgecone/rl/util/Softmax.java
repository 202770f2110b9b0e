package io.hedgecone.rl.util;

/** Numerically stable softmax, log-sum-exp, entropy and KL divergence of finite distributions. */
public final class Softmax {
    private Softmax() {}

    /** log Σ exp(x_i); −∞ if every entry is −∞. */
    public static double logSumExp(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) m = Math.max(m, v);
        if (m == Double.NEGATIVE_INFINITY) return m;
        double s = 0;
        for (double v : x) s += Math.exp(v - m);
        return m + Math.log(s);
    }

    /** exp(x_i) / Σ exp(x_j), a new array. −∞ entries get probability 0. */
    public static double[] probabilities(double[] logits) {
        double lse = logSumExp(logits);
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) p[i] = Math.exp(logits[i] - lse);
        return p;
    }

    /** Shannon entropy in nats; 0·log 0 = 0. */
    public static double entropy(double[] p) {
        double h = 0;
        for (double v : p) if (v > 0) h -= v * Math.log(v);
        return h;
    }

    /** KL(p ‖ q) in nats; +∞ if p puts mass where q has none. */
    public static double kl(double[] p, double[] q) {
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] <= 0) continue;
            if (q[i] <= 0) return Double.POSITIVE_INFINITY;
            d += p[i] * Math.log(p[i] / q[i]);
        }
        return Math.max(0, d);
    }

    /** Index drawn from probabilities {@code p} (summing to 1 up to rounding) with uniform {@code u} in [0, 1). */
    public static int sample(double[] p, double u) {
        double c = 0;
        int last = -1;
        for (int i = 0; i < p.length; i++) {
            if (p[i] <= 0) continue;
            c += p[i];
            last = i;
            if (u < c) return i;
        }
        if (last < 0) throw new IllegalArgumentException("distribution has no mass");
        return last; // u within rounding of 1
    }
}
