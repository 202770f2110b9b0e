package io.hedgecone.solver.api;

import java.util.Arrays;

/**
 * Where an expression or a variable must lie, shaped like MOSEK Fusion's {@code Domain}.
 * Linear domains take a scalar bound (applied to every element) or one bound per element.
 * Cone domains apply to the whole expression as one cone, in MOSEK's element order.
 */
public final class Domain {
    /** The family of a domain. */
    public enum Kind { LINEAR, QCONE, RQCONE, PEXP, PPOW }

    private final Kind kind;
    private final double[] lo;   // LINEAR only; length 1 means "broadcast"
    private final double[] hi;
    private final double alpha;  // PPOW only
    private final boolean integral;

    private Domain(Kind kind, double[] lo, double[] hi, double alpha, boolean integral) {
        this.kind = kind;
        this.lo = lo;
        this.hi = hi;
        this.alpha = alpha;
        this.integral = integral;
    }

    private static Domain linear(double[] lo, double[] hi) {
        for (int i = 0; i < lo.length; i++) {
            if (Double.isNaN(lo[i]) || Double.isNaN(hi[i])) throw new IllegalArgumentException("domain bound " + i + " is NaN");
            if (lo[i] == Double.POSITIVE_INFINITY || hi[i] == Double.NEGATIVE_INFINITY)
                throw new IllegalArgumentException("domain bound " + i + " is infinite on the wrong side: [" + lo[i] + ", " + hi[i] + "]");
        }
        return new Domain(Kind.LINEAR, lo, hi, 0, false);
    }

    private static double[] fill(double[] v, double x) {
        double[] r = new double[v.length];
        Arrays.fill(r, x);
        return r;
    }

    /** x = b. */
    public static Domain equalsTo(double b) { return linear(new double[]{b}, new double[]{b}); }

    /** x_i = b_i. */
    public static Domain equalsTo(double... b) { return linear(b.clone(), b.clone()); }

    /** x ≥ b. */
    public static Domain greaterThan(double b) { return linear(new double[]{b}, new double[]{Double.POSITIVE_INFINITY}); }

    /** x_i ≥ b_i. */
    public static Domain greaterThan(double... b) { return linear(b.clone(), fill(b, Double.POSITIVE_INFINITY)); }

    /** x ≤ b. */
    public static Domain lessThan(double b) { return linear(new double[]{Double.NEGATIVE_INFINITY}, new double[]{b}); }

    /** x_i ≤ b_i. */
    public static Domain lessThan(double... b) { return linear(fill(b, Double.NEGATIVE_INFINITY), b.clone()); }

    /** lo ≤ x ≤ hi. */
    public static Domain inRange(double lo, double hi) { return linear(new double[]{lo}, new double[]{hi}); }

    /** lo_i ≤ x_i ≤ hi_i. */
    public static Domain inRange(double[] lo, double[] hi) {
        if (lo.length != hi.length) throw new IllegalArgumentException("inRange: " + lo.length + " lower bounds but " + hi.length + " upper bounds");
        return linear(lo.clone(), hi.clone());
    }

    /** No restriction. */
    public static Domain unbounded() { return linear(new double[]{Double.NEGATIVE_INFINITY}, new double[]{Double.POSITIVE_INFINITY}); }

    /** Quadratic cone x₀ ≥ ‖x₁..‖₂. */
    public static Domain inQCone() { return new Domain(Kind.QCONE, null, null, 0, false); }

    /** Rotated quadratic cone 2·x₀·x₁ ≥ ‖x₂..‖₂², x₀, x₁ ≥ 0. */
    public static Domain inRotatedQCone() { return new Domain(Kind.RQCONE, null, null, 0, false); }

    /** Primal exponential cone in MOSEK's order: x₀ ≥ x₁·exp(x₂/x₁), x₀, x₁ ≥ 0 (3 elements). */
    public static Domain inPExpCone() { return new Domain(Kind.PEXP, null, null, 0, false); }

    /** Primal power cone in MOSEK's order: x₀^α · x₁^(1−α) ≥ ‖x₂..‖₂, x₀, x₁ ≥ 0, 0 &lt; α &lt; 1. */
    public static Domain inPPowerCone(double alpha) {
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("power cone exponent must lie in (0,1), got " + alpha);
        return new Domain(Kind.PPOW, null, null, alpha, false);
    }

    /** x ∈ {0, 1} (variables only). */
    public static Domain binary() { return new Domain(Kind.LINEAR, new double[]{0}, new double[]{1}, 0, true); }

    /** Integer values, otherwise unrestricted (variables only). */
    public static Domain integral() { return integral(unbounded()); }

    /** Integer values within a linear domain (variables only), e.g. {@code integral(inRange(0, 10))}. */
    public static Domain integral(Domain d) {
        if (d.kind != Kind.LINEAR) throw new IllegalArgumentException("integral() needs a linear domain, got " + d);
        return new Domain(Kind.LINEAR, d.lo, d.hi, 0, true);
    }

    public Kind kind() { return kind; }
    public boolean isIntegral() { return integral; }
    public double alpha() { return alpha; }

    /** Lower bounds expanded to {@code size} elements; the error names {@code what} when the lengths disagree. */
    public double[] lowerBounds(int size, String what) { return expand(lo, size, what); }

    /** Upper bounds expanded to {@code size} elements. */
    public double[] upperBounds(int size, String what) { return expand(hi, size, what); }

    private double[] expand(double[] v, int size, String what) {
        if (kind != Kind.LINEAR) throw new IllegalStateException("not a linear domain: " + this);
        if (v.length == 1) return fill(new double[size], v[0]);
        if (v.length != size)
            throw new IllegalArgumentException(what + " has " + size + " elements but its domain has " + v.length + " bounds");
        return v.clone();
    }

    /** Minimum number of elements an expression in this domain must have. */
    public int minSize() {
        return switch (kind) {
            case LINEAR, QCONE -> 1;
            case RQCONE, PPOW -> 2;
            case PEXP -> 3;
        };
    }

    @Override public String toString() {
        return switch (kind) {
            case LINEAR -> (integral ? "integral " : "") + (lo.length == 1 ? "[" + lo[0] + ", " + hi[0] + "]" : "ranges(" + lo.length + ")");
            case QCONE -> "QCone";
            case RQCONE -> "RotatedQCone";
            case PEXP -> "PExpCone";
            case PPOW -> "PPowerCone(" + alpha + ")";
        };
    }
}
