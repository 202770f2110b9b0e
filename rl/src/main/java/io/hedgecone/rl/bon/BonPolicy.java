package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Softmax;

/**
 * The softmax policy of the reasoning bandit: logits z(x, y) = b(x, y) + θ_x[y] + wᵀφ(x, y), with b the pre-trained
 * logits, θ a tabular part (training prompts only; absent on held-out prompts) and w a linear part shared by all
 * prompts; either part can be switched off. Parameters are laid out as [θ (trainPrompts × K) | w (d)], all starting
 * at 0, so the untrained policy is the pre-trained one.
 */
public final class BonPolicy {
    private final boolean tabular, linear;
    private final int prompts, k, d;
    private final double[] params;

    public BonPolicy(boolean tabular, boolean linear, int trainPrompts, int candidates, int featureDim) {
        if (!tabular && !linear) throw new IllegalArgumentException("a policy needs a tabular or a linear part");
        this.tabular = tabular;
        this.linear = linear;
        prompts = trainPrompts;
        k = candidates;
        d = featureDim;
        params = new double[(tabular ? prompts * k : 0) + (linear ? d : 0)];
    }

    /** The live parameter vector. */
    public double[] parameters() { return params; }

    /** Logits for prompt {@code x}; {@code trainIndex} is its index among training prompts, or −1 for a held-out one. */
    public double[] logits(BanditPrompt x, int trainIndex) {
        double[] z = x.base().clone();
        if (tabular && trainIndex >= 0) for (int y = 0; y < k; y++) z[y] += params[trainIndex * k + y];
        if (linear) {
            int off = tabular ? prompts * k : 0;
            for (int y = 0; y < k; y++) {
                double s = 0;
                for (int i = 0; i < d; i++) s += params[off + i] * x.features()[y][i];
                z[y] += s;
            }
        }
        return z;
    }

    public double[] probabilities(BanditPrompt x, int trainIndex) { return Softmax.probabilities(logits(x, trainIndex)); }

    /** grad += ∂z/∂params ᵀ · dz for prompt {@code x} (training prompts only). */
    public void backward(BanditPrompt x, int trainIndex, double[] dz, double[] grad) {
        if (tabular) for (int y = 0; y < k; y++) grad[trainIndex * k + y] += dz[y];
        if (linear) {
            int off = tabular ? prompts * k : 0;
            for (int y = 0; y < k; y++) {
                if (dz[y] == 0) continue;
                for (int i = 0; i < d; i++) grad[off + i] += dz[y] * x.features()[y][i];
            }
        }
    }

    /** "tabular", "linear" or "tabular+linear". */
    public String kind() { return tabular && linear ? "tabular+linear" : tabular ? "tabular" : "linear"; }
}
