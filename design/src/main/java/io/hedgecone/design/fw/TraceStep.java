package io.hedgecone.design.fw;

/**
 * Exact line search for trace V⁻¹ along V ← (1−s)V + s·z zᵀ with t = trace V⁻¹, g = zᵀV⁻¹z, a = ‖V⁻¹z‖²:
 * <pre>
 *   φ(s) = [t + s·(t(g−1) − a)] / [(1−s)(1 + s(g−1))]
 * </pre>
 * (Sherman–Morrison). φ′(s) = 0 is the quadratic c(g−1)s² + 2t(g−1)s + (t − a) = 0 with c = t(g−1) − a; the
 * minimizer over an interval is a root inside it or an endpoint, so all are compared.
 */
final class TraceStep {
    private TraceStep() { }

    /** φ(s), or +∞ outside the domain where the updated V is positive definite. */
    static double phi(double s, double t, double g, double a) {
        double m = (1 - s) * (1 + s * (g - 1));
        if (!(m > 0)) return Double.POSITIVE_INFINITY;
        double v = (t + s * (t * (g - 1) - a)) / m;
        return v > 0 ? v : Double.POSITIVE_INFINITY;
    }

    /** The minimizer of φ over [lo, hi]. */
    static double minimize(double lo, double hi, double t, double g, double a) {
        double c = t * (g - 1) - a;
        double q2 = c * (g - 1), q1 = 2 * t * (g - 1), q0 = t - a;
        double best = lo, bestVal = phi(lo, t, g, a);
        double hv = phi(hi, t, g, a);
        if (hv < bestVal) { best = hi; bestVal = hv; }
        double[] roots;
        if (Math.abs(q2) <= 1e-14 * (Math.abs(q1) + Math.abs(q0))) {
            roots = q1 == 0 ? new double[0] : new double[]{-q0 / q1};
        } else {
            double disc = q1 * q1 - 4 * q2 * q0;
            if (disc < 0) roots = new double[0];
            else {
                // numerically stable pair of roots
                double sq = Math.sqrt(disc);
                double u = -0.5 * (q1 + Math.copySign(sq, q1));
                roots = u == 0 ? new double[]{0} : new double[]{u / q2, q0 / u};
            }
        }
        for (double s : roots) {
            if (!(s >= lo && s <= hi)) continue;
            double v = phi(s, t, g, a);
            if (v < bestVal) { best = s; bestVal = v; }
        }
        return best;
    }
}
