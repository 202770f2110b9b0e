package io.hedgecone.rl.bon;

/**
 * The variational BoN policy π_λ(y) = π(y) exp(λ Q_π(y)) / Z with the win-rate Q_π(y) = Σ_{y'} π(y') 1{r(y) ≥ r(y')}
 * (digest §1), and the exact gradient of BoN-SFT's objective log π_λ(y*) for π = softmax(z):
 * ∂/∂z_j = 1{j = y*} − π_λ(j) + λ π_j [c(y*, j) − Q(y*) − Σ_y π_λ(y) c(y, j) + E_{π_λ}[Q]], c(y, j) = 1{r(y) ≥ r(j)}.
 * The λ-terms are BoN-SFT's exploration regulariser: mass moves toward responses the expert beats and away from
 * those that beat it. O(K²).
 */
public final class VariationalBon {
    private VariationalBon() {}

    /** Q_π(y) for every y. */
    public static double[] winRates(double[] pi, double[] score) {
        double[] q = new double[pi.length];
        for (int y = 0; y < pi.length; y++) for (int j = 0; j < pi.length; j++) if (score[y] >= score[j]) q[y] += pi[j];
        return q;
    }

    /** π_λ. */
    public static double[] policy(double[] pi, double[] score, double lambda) {
        double[] q = winRates(pi, score), out = new double[pi.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < pi.length; y++) max = Math.max(max, lambda * q[y]);
        double z = 0;
        for (int y = 0; y < pi.length; y++) z += out[y] = pi[y] * Math.exp(lambda * q[y] - max);
        for (int y = 0; y < pi.length; y++) out[y] /= z;
        return out;
    }

    /** ∂ log π_λ(expert) / ∂z. */
    public static double[] sftGradient(double[] pi, double[] score, double lambda, int expert) {
        int k = pi.length;
        double[] q = winRates(pi, score), pl = policy(pi, score, lambda);
        double eq = 0;
        for (int y = 0; y < k; y++) eq += pl[y] * q[y];
        double[] g = new double[k];
        for (int j = 0; j < k; j++) {
            double beatsJ = 0; // Σ_y π_λ(y) c(y, j)
            for (int y = 0; y < k; y++) if (score[y] >= score[j]) beatsJ += pl[y];
            double c = score[expert] >= score[j] ? 1 : 0;
            g[j] = (j == expert ? 1 : 0) - pl[j] + lambda * pi[j] * (c - q[expert] - beatsJ + eq);
        }
        return g;
    }
}
