package io.hedgecone.rl.policy;

/**
 * Generalized advantage estimation (Schulman et al. 2016) for one finite episode:
 * δ_t = r_t + γ V(s_{t+1}) − V(s_t) (V(s_T) = 0 at the end), A_t = Σ_l (γλ)^l δ_{t+l}; value targets A_t + V(s_t).
 */
public final class Gae {
    private Gae() {}

    /**
     * @param rewards r_0..r_{T−1}
     * @param values  V(s_0)..V(s_{T−1})
     * @return advantages A_0..A_{T−1}
     */
    public static double[] advantages(double[] rewards, double[] values, double gamma, double lambda) {
        int n = rewards.length;
        if (values.length != n) throw new IllegalArgumentException(n + " rewards but " + values.length + " values");
        double[] a = new double[n];
        double next = 0, acc = 0;
        for (int t = n - 1; t >= 0; t--) {
            double delta = rewards[t] + gamma * next - values[t];
            acc = delta + gamma * lambda * acc;
            a[t] = acc;
            next = values[t];
        }
        return a;
    }
}
