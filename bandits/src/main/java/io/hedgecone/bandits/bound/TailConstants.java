package io.hedgecone.bandits.bound;

import io.hedgecone.bandits.posterior.Tail;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;

/** Quantiles and tail probabilities behind the bounds, for a Gaussian or a sub-Gaussian X = m + s·W. */
public final class TailConstants {
    private static final NormalDistribution STD_NORMAL = new NormalDistribution(0, 1);

    private static final java.util.Map<String, Double> CHI2_RADIUS = new java.util.concurrent.ConcurrentHashMap<>();

    private TailConstants() { }

    /** c with P[W > c] ≤ q: z_{1−q} (Gaussian) or √(2 ln(1/q)) (sub-Gaussian, Chernoff). Needs 0 &lt; q ≤ 1/2. */
    public static double quantile(double q, Tail tail) {
        if (!(q > 0 && q <= 0.5)) throw new IllegalArgumentException("tail level must lie in (0, 0.5], got " + q);
        // −Φ⁻¹(q) rather than Φ⁻¹(1−q): 1−q rounds away tiny q.
        return tail == Tail.GAUSSIAN ? -STD_NORMAL.inverseCumulativeProbability(q) : Math.sqrt(2 * Math.log(1 / q));
    }

    /** Upper bound on P[W > x]: Φ̄(x) (Gaussian) or exp(−x²/2) for x ≥ 0 and 1 otherwise (sub-Gaussian). */
    public static double tailProbability(double x, Tail tail) {
        if (tail == Tail.GAUSSIAN) return 0.5 * Erf.erfc(x / Math.sqrt(2));
        return x <= 0 ? 1 : Math.exp(-0.5 * x * x);
    }

    /**
     * Radius ρ of the credible ellipsoid {μ + Lw : ‖w‖ ≤ ρ} of mass ≥ 1−δ: √(χ²_d quantile at 1−δ) (Gaussian) or
     * √(d + 2√(d ln(1/δ)) + 2 ln(1/δ)) (sub-Gaussian, Hsu, Kakade &amp; Zhang 2012).
     */
    public static double ellipsoidRadius(int d, double delta, Tail tail) {
        // The χ² inversion is an iterative root search over an incomplete-gamma CDF: memoize, every evaluator needs it.
        if (tail == Tail.GAUSSIAN)
            return CHI2_RADIUS.computeIfAbsent(d + ":" + delta, key -> Math.sqrt(new ChiSquaredDistribution(d).inverseCumulativeProbability(1 - delta)));
        double l = Math.log(1 / delta);
        return Math.sqrt(d + 2 * Math.sqrt(d * l) + 2 * l);
    }
}
