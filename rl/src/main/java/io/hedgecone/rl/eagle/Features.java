package io.hedgecone.rl.eagle;

/**
 * Feature maps of the agent and its value baseline. Action features compare the one-sample look-ahead z_a with the
 * current embedding z: φ(x, a) = [z_u ⊙ Δ, Δ, Δd], Δ = z_a − z, Δd the change of the neighbour-distance term
 * (length 2n + 1); the user term's change is the sum of the first block, so a linear scorer can represent the
 * myopic utility gain and more. State features ψ(x, t) = [z_u ⊙ z, z, d(z), onehot(t), 1] (length 2n + H + 2).
 */
public final class Features {
    private Features() {}

    public static int actionDim(int n) { return 2 * n + 1; }

    public static int stateDim(int n, int horizon) { return 2 * n + horizon + 2; }

    public static double[] action(ContentGapUtility u, double[] z, double[] next) {
        int n = z.length;
        double[] user = u.user(), f = new double[actionDim(n)];
        for (int i = 0; i < n; i++) {
            double d = next[i] - z[i];
            f[i] = user[i] * d;
            f[n + i] = d;
        }
        f[2 * n] = u.distanceTerm(next) - u.distanceTerm(z);
        return f;
    }

    public static double[] state(ContentGapUtility u, double[] z, int t, int horizon) {
        int n = z.length;
        double[] user = u.user(), f = new double[stateDim(n, horizon)];
        for (int i = 0; i < n; i++) {
            f[i] = user[i] * z[i];
            f[n + i] = z[i];
        }
        f[2 * n] = u.distanceTerm(z);
        if (t < horizon) f[2 * n + 1 + t] = 1;
        f[2 * n + 1 + horizon] = 1;
        return f;
    }
}
