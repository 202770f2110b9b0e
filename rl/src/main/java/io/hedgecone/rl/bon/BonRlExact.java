package io.hedgecone.rl.bon;

import java.util.SplittableRandom;

/**
 * BoN-RL with the exact BoN law: ∇ E_{y~π_bon}[R(x, y)], π_bon selecting by the verifier (BoN-RL-V, the Bo-N
 * accuracy) or by the reward (BoN-RL-S, then the objective is pass@N).
 */
public final class BonRlExact implements BonMethod {
    private final Selection selection;

    public BonRlExact(Selection selection) { this.selection = selection; }

    @Override public String name() { return selection == Selection.VERIFIER ? "bon-rl-v" : "bon-rl-s"; }

    @Override public double[] logitGradient(BanditPrompt x, double[] pi, int n, SplittableRandom rnd) {
        return BonDistribution.gradient(pi, selection.scores(x), n, BonMethod.rewards(x));
    }
}
