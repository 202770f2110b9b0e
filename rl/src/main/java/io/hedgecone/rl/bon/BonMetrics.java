package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Softmax;

import java.util.List;

/**
 * Exact evaluation metrics of a policy on a prompt set (no sampling noise: K is small, so every quantity is computed
 * from π in closed form), each averaged over prompts.
 *
 * @param passAt1     E_x P_π(R = 1)
 * @param passAtN     E_x [1 − P_π(R = 0)^N]
 * @param bonAccuracy E_x E_{π_bon}[R] with π_bon selecting by the verifier (ties uniform)
 * @param entropy     E_x H(π(·|x)) in nats
 */
public record BonMetrics(double passAt1, double passAtN, double bonAccuracy, double entropy) {

    /** Metrics of {@code policy} on {@code prompts}; {@code train} says whether they are the training prompts (tabular part applies). */
    public static BonMetrics of(BonPolicy policy, List<BanditPrompt> prompts, boolean train, int n) {
        double p1 = 0, pn = 0, bon = 0, h = 0;
        for (int i = 0; i < prompts.size(); i++) {
            BanditPrompt x = prompts.get(i);
            double[] pi = policy.probabilities(x, train ? i : -1);
            p1 += 1 - PassAtN.failure(pi, x.correct());
            pn += PassAtN.value(pi, x.correct(), n);
            bon += BonDistribution.expectation(pi, x.verifier(), n, BonMethod.rewards(x));
            h += Softmax.entropy(pi);
        }
        int m = prompts.size();
        return new BonMetrics(p1 / m, pn / m, bon / m, h / m);
    }
}
