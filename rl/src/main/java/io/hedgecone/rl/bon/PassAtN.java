package io.hedgecone.rl.bon;

/**
 * pass@N for a binary reward: with p = P_{y~π}(R = 0) the failure probability, pass@N = 1 − p^N, and for
 * π = softmax(z), ∂pass@N/∂z_k = −N p^{N−1} ∂p/∂z_k = −N p^{N−1} π_k (1{R_k = 0} − p).
 */
public final class PassAtN {
    private PassAtN() {}

    /** P_{y~π}(R(y) = 0). */
    public static double failure(double[] pi, boolean[] correct) {
        double p = 0;
        for (int y = 0; y < pi.length; y++) if (!correct[y]) p += pi[y];
        return Math.min(1, Math.max(0, p));
    }

    public static double value(double[] pi, boolean[] correct, int n) { return 1 - Math.pow(failure(pi, correct), n); }

    /** ∂(1 − p^N)/∂z. */
    public static double[] gradient(double[] pi, boolean[] correct, int n) {
        double p = failure(pi, correct), c = -n * Math.pow(p, n - 1);
        double[] g = new double[pi.length];
        for (int k = 0; k < pi.length; k++) g[k] = c * pi[k] * ((correct[k] ? 0 : 1) - p);
        return g;
    }
}
