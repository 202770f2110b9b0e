package io.hedgecone.rl.bon;

import java.util.SplittableRandom;

/**
 * BoN-RL with sampled BoN outputs: {@code draws} simulated BoN draws y*_d (N samples each, winner by the selection
 * score), REINFORCE on the BoN policy, (1/D) Σ_d (R(y*_d) − b_d) ∇ log π_bon(y*_d) with a leave-one-out baseline b_d
 * and the exact tie-aware score function of π_bon.
 */
public final class BonRlSampled implements BonMethod {
    private final Selection selection;
    private final int draws;

    public BonRlSampled(Selection selection, int draws) {
        if (draws < 1) throw new IllegalArgumentException("draws must be >= 1, got " + draws);
        this.selection = selection;
        this.draws = draws;
    }

    @Override public String name() { return (selection == Selection.VERIFIER ? "bon-rl-v" : "bon-rl-s") + "-sampled"; }

    @Override public double[] logitGradient(BanditPrompt x, double[] pi, int n, SplittableRandom rnd) {
        double[] score = selection.scores(x);
        int[] winners = new int[draws], samples = new int[n];
        double sum = 0;
        for (int d = 0; d < draws; d++) {
            winners[d] = BonDistribution.draw(pi, score, samples, rnd);
            sum += x.correct()[winners[d]] ? 1 : 0;
        }
        double[] g = new double[pi.length];
        for (int d = 0; d < draws; d++) {
            double r = x.correct()[winners[d]] ? 1 : 0, b = draws > 1 ? (sum - r) / (draws - 1) : 0;
            if (r == b) continue;
            double[] s = BonDistribution.logProbGradient(pi, score, n, winners[d]);
            for (int k = 0; k < g.length; k++) g[k] += (r - b) * s[k] / draws;
        }
        return g;
    }
}
