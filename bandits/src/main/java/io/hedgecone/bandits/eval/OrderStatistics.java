package io.hedgecone.bandits.eval;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;

import java.util.Arrays;

/**
 * Quantile estimates with distribution-free confidence intervals. For N iid draws and the q-quantile ξ_q of a
 * continuous distribution, B = #{X_i ≤ ξ_q} ~ Binomial(N, q) and X_(l) ≤ ξ_q &lt; X_(u) ⇔ l ≤ B ≤ u − 1, so
 * choosing l − 1 and u − 1 as the α/2 and 1 − α/2 binomial quantiles gives coverage ≥ 1 − α without any
 * assumption on the distribution of X.
 */
public final class OrderStatistics {
    private OrderStatistics() { }

    /** 1-based rank of the empirical q-quantile: ⌈qN⌉. */
    public static int rank(int n, double q) {
        return Math.max(1, Math.min(n, (int) Math.ceil(q * n - 1e-9 * n)));
    }

    /** 1-based ranks [l, u] of a two-sided (1 − alpha) confidence interval for the q-quantile. */
    public static int[] ciRanks(int n, double q, double alpha) {
        BinomialDistribution b = new BinomialDistribution(n, q);
        int lowJ = b.inverseCumulativeProbability(alpha / 2);
        if (b.cumulativeProbability(lowJ) > alpha / 2) lowJ--;       // largest j with F(j) ≤ α/2
        int highJ = b.inverseCumulativeProbability(1 - alpha / 2);   // smallest j with F(j) ≥ 1 − α/2
        return new int[]{Math.max(1, lowJ + 1), Math.min(n, highJ + 1)};
    }

    /** The q-quantile of {@code values} (sorted in place) with its (1 − alpha) distribution-free CI. */
    public static Estimate quantile(double[] values, double q, double alpha) {
        Arrays.sort(values);
        int n = values.length;
        int[] ci = ciRanks(n, q, alpha);
        return new Estimate(values[rank(n, q) - 1], values[ci[0] - 1], values[ci[1] - 1]);
    }

    /** The mean with a (1 − alpha) normal-approximation CI (sample standard deviation). */
    public static Estimate mean(double[] values, double alpha) {
        int n = values.length;
        double m = 0;
        for (double v : values) m += v;
        m /= n;
        double ss = 0;
        for (double v : values) ss += (v - m) * (v - m);
        double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN;
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - alpha / 2);
        return new Estimate(m, m - z * se, m + z * se);
    }
}
