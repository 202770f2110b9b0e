package io.hedgecone.rl.bon;

import java.util.SplittableRandom;

/**
 * BoN-RLB for a binary reward with reward-selected BoN (digest §1). One BoN draw of N samples gives y*, and with
 * p = P_π(R = 0) the exact gradient of pass@N = 1 − p^N is N p^{N−1}(1−p) E_{π|R=1}[∇ log π]. Estimators:
 * <ul>
 *   <li>BoN-RLB(P) (positive-only): ḡ⁺(p) R(y*) ∇log π(y*), ḡ⁺ = N p^{N−1}(1−p)/(1−p^N) — unbiased, since y* is
 *       positive w.p. 1 − p^N and then distributed as π|R=1;</li>
 *   <li>BoN-RLB (two-sided): g⁺(p) R(y*) ∇log π(y*) + g⁻(p) (1−R(y*)) ∇log π(y*) with g⁺ = N p^{N−1}/(1−p^N),
 *       g⁻ = N p/(1−p). With E_{π|R=0}[∇log π] = −((1−p)/p) E_{π|R=1}[∇log π] this is unbiased too; the digest leaves
 *       the sign convention open, and this is the sign that makes it so (the negative term corrects g⁺'s overshoot).</li>
 * </ul>
 * p is the exact failure probability or, as with an LLM, the failed share of the N samples; weights are clipped at
 * {@code clip} (g⁻ diverges as p → 1).
 */
public final class BonRlb implements BonMethod {
    private final boolean twoSided, exactP;
    private final double clip;

    public BonRlb(boolean twoSided, boolean exactP, double clip) {
        if (!(clip > 0)) throw new IllegalArgumentException("clip must be positive, got " + clip);
        this.twoSided = twoSided;
        this.exactP = exactP;
        this.clip = clip;
    }

    @Override public String name() { return twoSided ? "bon-rlb" : "bon-rlb-p"; }

    @Override public double[] logitGradient(BanditPrompt x, double[] pi, int n, SplittableRandom rnd) {
        int[] samples = new int[n];
        int winner = BonDistribution.draw(pi, Selection.REWARD.scores(x), samples, rnd);
        double p;
        if (exactP) p = PassAtN.failure(pi, x.correct());
        else {
            int fails = 0;
            for (int y : samples) if (!x.correct()[y]) fails++;
            p = fails / (double) n;
        }
        double w = weight(x.correct()[winner], p, n, twoSided);
        w = Math.min(clip, w);
        double[] g = BonMethod.scoreFunction(pi, winner);
        for (int k = 0; k < g.length; k++) g[k] *= w;
        return g;
    }

    /** The estimator's weight on ∇log π(y*) before clipping (≥ 0; +∞ where it diverges). */
    static double weight(boolean positive, double p, int n, boolean twoSided) {
        double pn = Math.pow(p, n), pn1 = Math.pow(p, n - 1);
        if (positive) {
            if (pn >= 1) return 0; // cannot happen: a positive sample means p < 1
            return twoSided ? n * pn1 / (1 - pn) : n * pn1 * (1 - p) / (1 - pn);
        }
        if (!twoSided) return 0;
        return p >= 1 ? Double.POSITIVE_INFINITY : n * p / (1 - p);
    }
}
