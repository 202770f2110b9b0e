package io.hedgecone.bandits.bound;

/**
 * Evaluates the BRMOB upper bounds on VaR_δ[R(π, θ)] at a fixed policy in closed form or by one-dimensional
 * search. Each value is a valid bound for the policy it is evaluated at, whichever optimizer produced the policy.
 */
public final class BoundEvaluator {
    private final BanditProblem p;
    private final double unionC, radius;

    public BoundEvaluator(BanditProblem p) {
        this.p = p;
        this.unionC = TailConstants.quantile(p.delta() / p.arms(), p.tail());
        this.radius = TailConstants.ellipsoidRadius(p.dim(), p.delta(), p.tail());
    }

    /** The union-bound constant c = z_{1−δ/k} (or √(2 ln(k/δ))). */
    public double unionConstant() { return unionC; }

    /** The ellipsoid radius ρ. */
    public double radius() { return radius; }

    public CertifiedBounds all(double[] pi) {
        BanditProblem.ArmTerms t = p.terms(pi);
        return new CertifiedBounds(maxAffine(t, unionC), chernoff(t), maxAffine(t, radius), tight(t).t());
    }

    /** max_a m_a + c·s_a. */
    public static double maxAffine(BanditProblem.ArmTerms t, double c) {
        double u = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < t.m().length; a++) u = Math.max(u, t.m()[a] + c * t.s()[a]);
        return u;
    }

    /** max_a m_a + c_a·s_a with per-arm constants. */
    public static double maxAffine(BanditProblem.ArmTerms t, double[] c) {
        double u = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < t.m().length; a++) u = Math.max(u, t.m()[a] + c[a] * t.s()[a]);
        return u;
    }

    public double union(double[] pi) { return maxAffine(p.terms(pi), unionC); }
    public double ellipsoid(double[] pi) { return maxAffine(p.terms(pi), radius); }
    public double chernoff(double[] pi) { return chernoff(p.terms(pi)); }

    /**
     * U2 = inf_{λ>0} h(λ), h(λ) = λ ln Σ_a exp(m_a/λ + s_a²/(2λ²)) + λ ln(1/δ). h is convex in λ, hence unimodal
     * in ln λ: golden-section search there. Any λ gives a valid bound, so an inexact minimizer stays valid.
     */
    double chernoff(BanditProblem.ArmTerms t) { return h(t, chernoffLambda(t)); }

    /** The minimizing λ of h (golden-section search over ln λ within 15 decades around the data's scale). */
    public double chernoffLambda(BanditProblem.ArmTerms t) {
        double scale = 1e-300;
        for (int a = 0; a < t.m().length; a++) scale = Math.max(scale, Math.max(Math.abs(t.m()[a]), t.s()[a]));
        double lo = Math.log(scale * 1e-9), hi = Math.log(scale * 1e6);
        final double r = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
        double f1 = h(t, Math.exp(x1)), f2 = h(t, Math.exp(x2));
        for (int it = 0; it < 200 && hi - lo > 1e-12; it++) {
            if (f1 <= f2) {
                hi = x2; x2 = x1; f2 = f1;
                x1 = hi - r * (hi - lo); f1 = h(t, Math.exp(x1));
            } else {
                lo = x1; x1 = x2; f1 = f2;
                x2 = lo + r * (hi - lo); f2 = h(t, Math.exp(x2));
            }
        }
        return Math.exp(f1 <= f2 ? x1 : x2);
    }

    /** h(λ) computed with a shifted log-sum-exp. */
    public double h(BanditProblem.ArmTerms t, double lambda) {
        double[] m = t.m(), s = t.s();
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < m.length; a++) max = Math.max(max, m[a] / lambda + s[a] * s[a] / (2 * lambda * lambda));
        double sum = 0;
        for (int a = 0; a < m.length; a++) sum += Math.exp(m[a] / lambda + s[a] * s[a] / (2 * lambda * lambda) - max);
        return lambda * (max + Math.log(sum)) + lambda * Math.log(1 / p.delta());
    }

    /** The tightest union bound and the per-arm risks it allocates. */
    public record Tight(double t, double[] armRisk) { }

    public Tight tight(double[] pi) { return tight(p.terms(pi)); }

    /**
     * Smallest t with Σ_a P[X_a &gt; t] ≤ δ by bisection between max_a m_a (where the sum is ≥ ½ &gt; δ unless every
     * arm at the maximum is certain) and U1 (where it is ≤ δ by construction). Returns the upper end, which always
     * satisfies the condition, and δ_a = P[X_a &gt; t].
     */
    public Tight tight(BanditProblem.ArmTerms t) {
        double lo = Double.NEGATIVE_INFINITY;
        for (double m : t.m()) lo = Math.max(lo, m);
        double hi = maxAffine(t, unionC);
        for (int grow = 0; risk(t, hi) > p.delta() && grow < 60; grow++) hi += Math.max(1e-12, Math.abs(hi)) * 1e-9 * (1L << Math.min(grow, 40));
        if (risk(t, lo) <= p.delta()) hi = lo;
        for (int it = 0; it < 100 && hi - lo > 1e-12 * Math.max(1, Math.abs(hi)); it++) {
            double mid = 0.5 * (lo + hi);
            if (risk(t, mid) <= p.delta()) hi = mid;
            else lo = mid;
        }
        double[] armRisk = new double[t.m().length];
        for (int a = 0; a < armRisk.length; a++) armRisk[a] = armRisk(t.m()[a], t.s()[a], hi);
        return new Tight(hi, armRisk);
    }

    private double risk(BanditProblem.ArmTerms t, double x) {
        double sum = 0;
        for (int a = 0; a < t.m().length; a++) sum += armRisk(t.m()[a], t.s()[a], x);
        return sum;
    }

    private double armRisk(double m, double s, double x) {
        if (s <= 0) return x >= m ? 0 : 1;
        double z = (x - m) / s;
        // Beyond 38 standard units both tails are below 1e-300: skip the special function.
        return z > 38 ? 0 : TailConstants.tailProbability(z, p.tail());
    }
}
