package io.hedgecone.rl.policy;

import io.hedgecone.rl.util.Softmax;

/**
 * A softmax policy over a finite action set, tilted from a reference policy:
 * π(a|s) ∝ π_ref(a|s) · exp(f_θ(φ(s, a))), with f a {@link Scorer} and φ(s, a) the rows of a k × d feature matrix.
 * With f ≡ 0 the policy equals its reference (the scorers start there), so KL(π‖π_ref) starts at 0 and the KL penalty
 * measures exactly how far training moved it.
 */
public final class SoftmaxPolicy {
    private final Scorer scorer;

    public SoftmaxPolicy(Scorer scorer) { this.scorer = scorer; }

    public Scorer scorer() { return scorer; }

    /** π(·|s) for features (k × d) and reference probabilities (length k, positive on the support). */
    public double[] probabilities(double[][] features, double[] reference) {
        return Softmax.probabilities(logits(features, reference));
    }

    /** log π_ref(a) + f(φ_a). */
    public double[] logits(double[][] features, double[] reference) {
        if (features.length != reference.length) throw new IllegalArgumentException(features.length + " feature rows for " + reference.length + " actions");
        double[] z = new double[features.length];
        for (int a = 0; a < z.length; a++) z[a] = Math.log(reference[a]) + scorer.score(features[a]);
        return z;
    }

    /** grad += weight · ∇_θ log π(a|s), given π = probabilities(features, reference). */
    public void accumulateLogProbGradient(double[][] features, double[] pi, int a, double weight, double[] grad) {
        // ∂ log π(a) / ∂ f_b = 1{a = b} − π_b
        for (int b = 0; b < pi.length; b++) {
            double d = weight * ((a == b ? 1 : 0) - pi[b]);
            if (d != 0) scorer.accumulateGradient(features[b], d, grad);
        }
    }

    /**
     * grad += weight · ∇_θ KL(π(·|s) ‖ π_ref(·|s)); returns the KL. With π ∝ π_ref e^f,
     * ∂KL/∂f_b = π_b (log(π_b/π_ref,b) − KL).
     */
    public double accumulateKlGradient(double[][] features, double[] pi, double[] reference, double weight, double[] grad) {
        double kl = Softmax.kl(pi, reference);
        for (int b = 0; b < pi.length; b++) {
            if (pi[b] == 0) continue;
            double d = weight * pi[b] * (Math.log(pi[b] / reference[b]) - kl);
            if (d != 0) scorer.accumulateGradient(features[b], d, grad);
        }
        return kl;
    }
}
