package io.hedgecone.solver.verify;

import io.hedgecone.solver.form.BlockKind;

/**
 * Conservative violation measures for the cones of {@link BlockKind} (MOSEK order), primal and dual: each returns an
 * upper bound on how far the point must move (in one coordinate group) to enter the cone; 0 means inside.
 */
public final class ConeMembership {
    private ConeMembership() { }

    /** Violation of {@code v[off..off+n)} ∈ K. */
    public static double primalViolation(BlockKind kind, double alpha, double[] v, int off, int n) {
        return switch (kind) {
            case QCONE -> soc(v[off], norm(v, off + 1, n - 1));
            case RQCONE -> rotated(v, off, n);
            case PEXP -> exp(v[off], v[off + 1], v[off + 2]);
            case PPOW -> pow(v[off], v[off + 1], norm(v, off + 2, n - 2), alpha, 1, 1);
            case LINEAR -> throw new IllegalArgumentException("linear blocks have bounds, not a cone");
        };
    }

    /** Violation of {@code v[off..off+n)} ∈ K* (the dual cone). */
    public static double dualViolation(BlockKind kind, double alpha, double[] v, int off, int n) {
        return switch (kind) {
            case QCONE, RQCONE -> primalViolation(kind, alpha, v, off, n); // self-dual
            case PEXP -> dualExp(v[off], v[off + 1], v[off + 2]);
            case PPOW -> pow(v[off], v[off + 1], norm(v, off + 2, n - 2), alpha, alpha, 1 - alpha);
            case LINEAR -> throw new IllegalArgumentException("linear blocks have bounds, not a cone");
        };
    }

    static double norm(double[] v, int off, int n) {
        double scale = 0;
        for (int i = 0; i < n; i++) scale = Math.max(scale, Math.abs(v[off + i]));
        if (scale == 0) return 0;
        double s = 0;
        for (int i = 0; i < n; i++) { double t = v[off + i] / scale; s += t * t; }
        return scale * Math.sqrt(s);
    }

    static double soc(double t, double normRest) { return Math.max(0, normRest - t); }

    /** 2·r0·r1 ≥ ‖r2..‖² with r0, r1 ≥ 0 is the SOC ((r0+r1)/√2, (r0−r1)/√2, r2..). */
    static double rotated(double[] v, int off, int n) {
        double t = (v[off] + v[off + 1]) / Math.sqrt(2), u = (v[off] - v[off + 1]) / Math.sqrt(2);
        double rest = norm(v, off + 2, n - 2);
        return soc(t, Math.hypot(u, rest));
    }

    /** x0 ≥ x1·exp(x2/x1), x0, x1 ≥ 0 (closure: x1 = 0 needs x0 ≥ 0, x2 ≤ 0). */
    static double exp(double x0, double x1, double x2) {
        double neg = Math.max(0, -x0) + Math.max(0, -x1);
        double a = Math.max(0, x0), b = Math.max(0, x1);
        if (b == 0) return neg + Math.max(0, x2);
        // Either raise x0 to b·exp(x2/b) or lower x2 to b·log(a/b): the cheaper move bounds the distance.
        double raise = Math.max(0, b * Math.exp(x2 / b) - a);
        double lower = a > 0 ? Math.max(0, x2 - b * Math.log(a / b)) : Double.POSITIVE_INFINITY;
        return neg + Math.min(raise, lower);
    }

    /** Dual exponential cone (MOSEK order): s0 ≥ −s2·exp(s1/s2 − 1), s0 ≥ 0, s2 ≤ 0 (closure: s2 = 0 needs s0, s1 ≥ 0). */
    static double dualExp(double s0, double s1, double s2) {
        double neg = Math.max(0, -s0) + Math.max(0, s2);
        double a = Math.max(0, s0), c = Math.min(0, s2);
        if (c == 0) return neg + Math.max(0, -s1);
        double raise = Math.max(0, -c * Math.exp(s1 / c - 1) - a);
        // or raise s1 to c·(1 + log(a/−c))
        double lift = a > 0 ? Math.max(0, c * (1 + Math.log(a / -c)) - s1) : Double.POSITIVE_INFINITY;
        return neg + Math.min(raise, lift);
    }

    /**
     * (x0/c0)^α·(x1/c1)^(1−α) ≥ r, x0, x1 ≥ 0 (c0 = c1 = 1: the power cone; c0 = α, c1 = 1 − α: its dual). The
     * cheapest of three moves bounds the distance: lower r to the weighted geometric mean, or raise x0 or x1 until
     * the mean reaches r. Near x0 = 0 the mean is steep (x0^α), so a residual of 1e-12 in x0 can leave r above it by
     * 1e-4 while raising x0 by 1e-12 enters the cone: lowering r alone would call that point infeasible.
     */
    static double pow(double x0, double x1, double r, double alpha, double c0, double c1) {
        double neg = Math.max(0, -x0) + Math.max(0, -x1);
        double a = Math.max(0, x0), b = Math.max(0, x1);
        double geo = (a == 0 || b == 0) ? 0 : Math.exp(alpha * Math.log(a / c0) + (1 - alpha) * Math.log(b / c1));
        if (!(r > geo)) return neg;
        double lowerR = r - geo, logR = Math.log(r);
        double raise0 = b > 0 ? c0 * Math.exp((logR - (1 - alpha) * Math.log(b / c1)) / alpha) - a : Double.POSITIVE_INFINITY;
        double raise1 = a > 0 ? c1 * Math.exp((logR - alpha * Math.log(a / c0)) / (1 - alpha)) - b : Double.POSITIVE_INFINITY;
        return neg + Math.min(lowerR, Math.min(Math.max(0, raise0), Math.max(0, raise1)));
    }
}
