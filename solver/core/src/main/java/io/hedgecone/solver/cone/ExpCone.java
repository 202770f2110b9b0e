package io.hedgecone.solver.cone;

/**
 * The exponential cone K = cl{(x, y, z) : y > 0, y·exp(x/y) ≤ z}, with dual
 * K* = cl{(u, v, w) : u < 0, −u·exp(v/u) ≤ e·w}.
 *
 * <p>Dual barrier f*(u, v, w) = −log(v − u − u·log(−w/u)) − log(−u) − log(w). The primal barrier is its
 * conjugate, whose gradient has a closed form through the Wright omega function ω (ω + log ω = x).
 */
public final class ExpCone extends NonsymmetricCone {
    /** The central point s = z with s = −∇f*(s) (μ = 1). */
    static final double[] UNIT = {-1.051383945322714, 0.556409619469370, 1.258967884768947};

    private final double[] gp = new double[3], hp = new double[9], tp = new double[3];

    ExpCone(int offset) { super(offset); }

    @Override public void unitInitialization(double[] s, double[] z) {
        for (int i = 0; i < 3; i++) {
            s[off + i] = UNIT[i];
            z[off + i] = UNIT[i];
        }
    }

    @Override public boolean isPrimalInterior(double[] s, int o) {
        double x = s[o], y = s[o + 1], z = s[o + 2];
        if (!(y > 0 && z > 0)) return false;
        return y * Math.log(z / y) - x > 0;
    }

    @Override public boolean isDualInterior(double[] z, int o) {
        double u = z[o], v = z[o + 1], w = z[o + 2];
        if (!(u < 0 && w > 0)) return false;
        return v - u - u * Math.log(-w / u) > 0;
    }

    @Override public void dualGradientHessian(double[] z, int o, double[] g, double[] h) {
        double u = z[o], v = z[o + 1], w = z[o + 2];
        double l = Math.log(-w / u);
        double r = v - u - u * l;
        g[0] = l / r - 1 / u;
        g[1] = -1 / r;
        g[2] = (u / r - 1) / w;
        double r2 = r * r;
        h[0] = l * l / r2 - 1 / (r * u) + 1 / (u * u);
        h[1] = -l / r2;
        h[2] = (v - u) / (r2 * w);
        h[4] = 1 / r2;
        h[5] = -u / (r2 * w);
        h[8] = u * u / (r2 * w * w) - u / (r * w * w) + 1 / (w * w);
        h[3] = h[1];
        h[6] = h[2];
        h[7] = h[5];
    }

    @Override public double dualBarrier(double[] z, int o) {
        double u = z[o], v = z[o + 1], w = z[o + 2];
        double r = v - u - u * Math.log(-w / u);
        return -Math.log(r) - Math.log(-u) - Math.log(w);
    }

    @Override public void primalGradient(double[] s, int o, double[] g) {
        double x = s[o], y = s[o + 1], z = s[o + 2];
        double om = wrightOmega(1 - x / y - Math.log(y / z));
        g[0] = 1 / ((om - 1) * y);
        g[1] = g[0] + g[0] * Math.log(om * y / z) - 1 / y;
        g[2] = om / ((1 - om) * z);
    }

    @Override public void dualThirdOrder(double[] z, int o, double[] a, double[] b, double[] out) {
        double u = z[o], v = z[o + 1], w = z[o + 2];
        double l = Math.log(-w / u);
        double r = v - u - u * l;
        // ψ = r: ∇r = (−l, 1, −u/w); ∇²r: r_uu = 1/u, r_uw = −1/w, r_ww = u/w²
        gp[0] = -l; gp[1] = 1; gp[2] = -u / w;
        java.util.Arrays.fill(hp, 0.0);
        hp[0] = 1 / u;
        hp[2] = hp[6] = -1 / w;
        hp[8] = u / (w * w);
        // ∇³r[a,b]: T_uuu = −1/u², T_uww = 1/w², T_www = −2u/w³
        tp[0] = -a[0] * b[0] / (u * u) + a[2] * b[2] / (w * w);
        tp[1] = 0;
        tp[2] = (a[0] * b[2] + a[2] * b[0]) / (w * w) - 2 * u * a[2] * b[2] / (w * w * w);
        out[0] = -2 * a[0] * b[0] / (u * u * u);
        out[1] = 0;
        out[2] = -2 * a[2] * b[2] / (w * w * w);
        addNegLogThirdOrder(r, gp, hp, tp, a, b, out);
    }

    /** ω(x): the solution y ≥ 1 of y + log y = x for x ≥ 1. */
    static double wrightOmega(double x) {
        if (!(x >= 1)) {
            // outside the supported range only through rounding at the cone boundary
            x = 1;
        }
        double y;
        if (x < 1 + Math.PI) y = 1 + (x - 1) * 0.5 + (x - 1) * (x - 1) / 16;
        else {
            double lx = Math.log(x);
            y = x - lx + lx / x;
        }
        for (int k = 0; k < 50; k++) {
            double f = y + Math.log(y) - x;
            // Halley step for f(y) = y + log y − x: f' = 1 + 1/y, f'' = −1/y²
            double f1 = 1 + 1 / y, f2 = -1 / (y * y);
            double dy = f / (f1 - 0.5 * f * f2 / f1);
            double yn = y - dy;
            if (yn <= 0) yn = y / 2;
            if (Math.abs(yn - y) <= 1e-16 * Math.max(1, yn)) { y = yn; break; }
            y = yn;
        }
        return y;
    }
}
