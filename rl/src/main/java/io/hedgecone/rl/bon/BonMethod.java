package io.hedgecone.rl.bon;

import java.util.SplittableRandom;

/** A fine-tuning method: its ascent direction in logit space for one training prompt. */
public interface BonMethod {

    /** Name used in output, e.g. {@code bon-rlb-p}. */
    String name();

    /**
     * An (estimate of the) gradient of the method's per-prompt objective with respect to the logits z(x, ·).
     *
     * @param pi  π(·|x) = softmax(z)
     * @param n   N of Best-of-N (N' of training)
     * @param rnd randomness of sampled estimators
     */
    double[] logitGradient(BanditPrompt x, double[] pi, int n, SplittableRandom rnd);

    /** R(y) as 0/1. */
    static double[] rewards(BanditPrompt x) { return Selection.REWARD.scores(x); }

    /** e_y − π = ∂ log π(y) / ∂z. */
    static double[] scoreFunction(double[] pi, int y) {
        double[] g = new double[pi.length];
        for (int k = 0; k < pi.length; k++) g[k] = (k == y ? 1 : 0) - pi[k];
        return g;
    }
}
