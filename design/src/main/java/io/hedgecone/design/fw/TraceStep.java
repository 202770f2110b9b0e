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

    /** φ(s) − t = s·[(t − a) + t·s·(g − 1)] / [(1−s)(1 + s(g−1))], without the cancellation of φ(s) − t; +∞ outside the domain. */
    static double change(double s, double t, double g, double a) {
        double m = (1 - s) * (1 + s * (g - 1));
        if (!(m > 0)) return Double.POSITIVE_INFINITY;
        return s * ((t - a) + t * s * (g - 1)) / m;
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

    /**
     * Pairwise step for trace V⁻¹: V ← V + s(z_j z_jᵀ − z_m z_mᵀ), s ∈ [0, sMax]. With g_j, g_m, g_jm = z_jᵀV⁻¹z_m,
     * a_j, a_m and h_jm = z_jᵀV⁻²z_m, Woodbury gives trace V⁻¹ ← t + s(α + sβ)/D(s) with α = a_m − a_j,
     * β = g_m a_j + g_j a_m − 2 g_jm h_jm and D(s) = 1 + s(g_j − g_m) + s²(g_jm² − g_j g_m) &gt; 0. Its derivative
     * has the sign of α + 2βs + (βp − αq)s² (p = g_j − g_m, q = g_jm² − g_j g_m), so the minimizer is found by
     * bisection as in {@link #minimize}. Returns s.
     */
    static double pairwise(double sMax, double gj, double gm, double gjm, double aj, double am, double hjm) {
        double alpha = am - aj, beta = gm * aj + gj * am - 2 * gjm * hjm;
        double p = gj - gm, q = gjm * gjm - gj * gm;
        double c2 = beta * p - alpha * q;
        if (!(alpha < 0)) return 0; // no descent toward j
        double lo = 0, hi = sMax;
        if (descending(hi, alpha, beta, c2, p, q)) return hi;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) break;
            if (descending(mid, alpha, beta, c2, p, q)) lo = mid;
            else hi = mid;
        }
        return lo;
    }

    /** The change of trace V⁻¹ for pairwise step s (negative when it improves). */
    static double pairwiseChange(double s, double gj, double gm, double gjm, double aj, double am, double hjm) {
        double d = 1 + s * (gj - gm) + s * s * (gjm * gjm - gj * gm);
        if (!(d > 0)) return Double.POSITIVE_INFINITY;
        return s * ((am - aj) + s * (gm * aj + gj * am - 2 * gjm * hjm)) / d;
    }

    /** Inside the domain and still going down. */
    private static boolean descending(double s, double alpha, double beta, double c2, double p, double q) {
        return 1 + s * (p + s * q) > 0 && alpha + s * (2 * beta + s * c2) < 0;
    }
}
