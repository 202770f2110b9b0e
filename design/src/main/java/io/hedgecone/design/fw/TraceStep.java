package io.hedgecone.design.fw;

/**
 * Exact line search for trace V⁻¹ along V ← (1−s)V + s·z zᵀ with t = trace V⁻¹, g = zᵀV⁻¹z, a = ‖V⁻¹z‖²:
 * <pre>
 *   φ(s) = [t + s·(t(g−1) − a)] / [(1−s)(1 + s(g−1))]      (Sherman–Morrison)
 * </pre>
 * φ is convex where the updated V is positive definite, and φ′(s) has the sign of the quadratic
 * P(s) = c(g−1)s² + 2t(g−1)s + (t − a), c = t(g−1) − a. The minimizer over an interval is an endpoint or the root
 * of P inside it, found by bisection on the sign of P: comparing values of φ would stall once its changes fall
 * below rounding, while the sign of P stays exact enough to keep making progress.
 */
final class TraceStep {
    private TraceStep() { }

    /** φ(s), or +∞ outside the domain where the updated V is positive definite. */
    static double phi(double s, double t, double g, double a) {
        double m = (1 - s) * (1 + s * (g - 1));
        if (!(m > 0)) return Double.POSITIVE_INFINITY;
        return (t + s * (t * (g - 1) - a)) / m;
    }

    private static boolean inDomain(double s, double g) { return (1 - s) * (1 + s * (g - 1)) > 0; }

    /**
     * The minimizer of φ over [lo, hi] with lo ≤ 0 ≤ hi &lt; 1. When lo lies outside the domain (dropping the point
     * would make V singular) the search starts at the domain's boundary −1/(g−1), where φ → +∞.
     */
    static double minimize(double lo, double hi, double t, double g, double a) {
        double c = t * (g - 1) - a;
        double q2 = c * (g - 1), q1 = 2 * t * (g - 1), q0 = t - a;
        double left = lo;
        if (!inDomain(lo, g)) {
            left = -1 / (g - 1); // g > 1 here: otherwise every s ≤ 0 is in the domain
        } else if (p(left, q2, q1, q0) >= 0) {
            return lo;
        }
        double right = hi;
        if (p(right, q2, q1, q0) <= 0 && inDomain(right, g)) return hi;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (left + right);
            if (mid <= left || mid >= right) break;
            if (p(mid, q2, q1, q0) < 0) left = mid;
            else right = mid;
        }
        return inDomain(left, g) ? left : right;
    }

    private static double p(double s, double q2, double q1, double q0) { return (q2 * s + q1) * s + q0; }
}
