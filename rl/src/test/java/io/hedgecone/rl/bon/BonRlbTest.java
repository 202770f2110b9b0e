package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Softmax;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class BonRlbTest {
    static final boolean[] CORRECT = {false, true, false, false, true, false};
    static final BanditPrompt X = new BanditPrompt(CORRECT, new double[6], new double[6], new double[6][1], 1);
    static final double[] PI = Softmax.probabilities(new double[]{0.9, -0.7, 0.2, 0.6, -1.1, 0.1}); // p ≈ 0.84: a hard prompt

    @Test void positiveOnlyEstimatorIsUnbiased() { assertUnbiased(new BonRlb(false, true, 1e9), 200_000); }

    @Test void twoSidedEstimatorIsUnbiased() { assertUnbiased(new BonRlb(true, true, 1e9), 200_000); }

    @Test void sampledBonRlWithRewardSelectionIsUnbiasedForPassAtN() { assertUnbiased(new BonRlSampled(Selection.REWARD, 2), 100_000); }

    /** The Monte-Carlo mean of the estimator over many seeded draws lies within 4 standard errors of ∇ pass@N, coordinate-wise. */
    private static void assertUnbiased(BonMethod m, int draws) {
        int n = 4;
        double[] exact = PassAtN.gradient(PI, CORRECT, n);
        double[] sum = new double[PI.length], sq = new double[PI.length];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int d = 0; d < draws; d++) {
            double[] g = m.logitGradient(X, PI, n, rnd);
            for (int k = 0; k < g.length; k++) {
                sum[k] += g[k];
                sq[k] += g[k] * g[k];
            }
        }
        for (int k = 0; k < PI.length; k++) {
            double mean = sum[k] / draws, se = Math.sqrt((sq[k] / draws - mean * mean) / draws);
            // 4 SE: a correct estimator fails one of 6 coordinates with probability ~4e-4; a biased one (e.g. the
            // two-sided form with the opposite sign, off by a factor (1 + p)/(1 − p) ≈ 11 here) misses by far more than 4 SE here
            assertEquals(exact[k], mean, 4 * se, m.name() + " coordinate " + k + " (exact " + exact[k] + ")");
        }
    }

    @Test void oppositeSignTwoSidedFormWouldBeBiased() {
        // Guards the sign choice documented in BonRlb: pushing negatives down scales the gradient by (1 + p)/(1 − p) per prompt.
        int n = 4;
        double p = PassAtN.failure(PI, CORRECT);
        double pos = BonRlb.weight(true, p, n, true), neg = BonRlb.weight(false, p, n, true);
        double probPos = 1 - Math.pow(p, n), probNeg = Math.pow(p, n);
        // E[∇logπ | R=0] = −((1−p)/p) E[∇logπ | R=1]; coefficients of E[∇logπ | R=1]:
        double unbiased = probPos * pos - probNeg * neg * (1 - p) / p, flipped = probPos * pos + probNeg * neg * (1 - p) / p;
        assertEquals(n * Math.pow(p, n - 1) * (1 - p), unbiased, 1e-12);
        assertEquals((1 + p) / (1 - p) * unbiased, flipped, 1e-12);
    }

    @Test void weightsClipAndVanishWhereTheyShould() {
        assertEquals(0, BonRlb.weight(false, 0.5, 4, false));
        assertEquals(Double.POSITIVE_INFINITY, BonRlb.weight(false, 1.0, 4, true));
        assertEquals(0, BonRlb.weight(true, 0.0, 4, false), "an easy prompt (p = 0) needs no push");
        assertEquals(1, BonRlb.weight(true, 0.0, 1, false), 1e-15, "N = 1: plain REINFORCE on positives");
        SplittableRandom rnd = new SplittableRandom(1);
        BanditPrompt allWrong = new BanditPrompt(new boolean[]{false, false, true}, new double[3], new double[3], new double[3][1], 2);
        double[] pi = {0.5, 0.5 - 1e-12, 1e-12};
        double[] g = new BonRlb(true, false, 3.0).logitGradient(allWrong, pi, 4, rnd); // all samples fail: p̂ = 1, g⁻ = ∞
        double max = 0;
        for (double v : g) max = Math.max(max, Math.abs(v));
        assertTrue(max <= 3.0 && max > 0.5, "clipped weight 3 times |e_y − π| ≤ 1: " + max);
    }
}
