package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Softmax;

import java.util.SplittableRandom;

/**
 * RL with N' = 1 (BoN-unaware): REINFORCE on E_π[R] with N samples per prompt and a leave-one-out baseline,
 * (1/N) Σ_i (R_i − mean_{j≠i} R_j) ∇ log π(y_i) — the same sample budget as one BoN draw.
 */
public final class SingleSampleRl implements BonMethod {
    @Override public String name() { return "rl"; }

    @Override public double[] logitGradient(BanditPrompt x, double[] pi, int n, SplittableRandom rnd) {
        int[] ys = new int[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            ys[i] = Softmax.sample(pi, rnd.nextDouble());
            sum += x.correct()[ys[i]] ? 1 : 0;
        }
        double[] g = new double[pi.length];
        for (int i = 0; i < n; i++) {
            double r = x.correct()[ys[i]] ? 1 : 0, b = n > 1 ? (sum - r) / (n - 1) : 0;
            if (r == b) continue;
            for (int k = 0; k < pi.length; k++) g[k] += (r - b) * ((k == ys[i] ? 1 : 0) - pi[k]) / n;
        }
        return g;
    }
}
