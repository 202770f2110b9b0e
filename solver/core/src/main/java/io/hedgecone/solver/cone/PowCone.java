package io.hedgecone.solver.cone;

/**
 * The power cone K_α = {(x, y, z) : x^α y^(1−α) ≥ |z|, x, y ≥ 0}, 0 &lt; α &lt; 1, with dual
 * K_α* = {(u, v, w) : (u/α)^α (v/(1−α))^(1−α) ≥ |w|, u, v ≥ 0}.
 *
 * <p>Dual barrier f*(u, v, w) = −log(φ − w²) − (1−α)log u − α log v with φ = (u/α)^{2α}(v/(1−α))^{2(1−α)}.
 * The gradient of the conjugate (primal) barrier is found by a damped Newton solve of ∇f*(ẑ) = −s, warm-started
 * from the previous conjugate point.
 */
public final class PowCone extends NonsymmetricCone {
    private final double alpha;
    private final double[] gp = new double[3], hp = new double[9], tp = new double[3];
    private final double[] warm = new double[3], startBuf = new double[3];
    private final double[] unit;

    PowCone(int offset, double alpha) {
        super(offset);
        this.alpha = alpha;
        unit = new double[]{Math.sqrt(1 + alpha), Math.sqrt(2 - alpha), 0};
        System.arraycopy(unit, 0, warm, 0, 3);
    }

    public double alpha() { return alpha; }

    @Override public void unitInitialization(double[] s, double[] z) {
        for (int i = 0; i < 3; i++) {
            s[off + i] = unit[i];
            z[off + i] = unit[i];
        }
    }

    @Override public boolean isPrimalInterior(double[] s, int o) {
        double x = s[o], y = s[o + 1], z = s[o + 2];
        if (!(x > 0 && y > 0)) return false;
        double lhs = Math.exp(2 * alpha * Math.log(x) + 2 * (1 - alpha) * Math.log(y));
        return lhs - z * z > 0;
    }

    private double phi(double u, double v) {
        return Math.exp(2 * alpha * Math.log(u / alpha) + 2 * (1 - alpha) * Math.log(v / (1 - alpha)));
    }

    @Override public boolean isDualInterior(double[] z, int o) {
        double u = z[o], v = z[o + 1], w = z[o + 2];
        if (!(u > 0 && v > 0)) return false;
        return phi(u, v) - w * w > 0;
    }

    @Override public void dualGradientHessian(double[] z, int o, double[] g, double[] h) {
        double u = z[o], v = z[o + 1], w = z[o + 2];
        double a = alpha;
        double ph = phi(u, v);
        double psi = ph - w * w;
        double g0 = 2 * a * ph / u, g1 = 2 * (1 - a) * ph / v, g2 = -2 * w; // ∇ψ
        g[0] = -g0 / psi - (1 - a) / u;
        g[1] = -g1 / psi - a / v;
        g[2] = -g2 / psi;
        // ∇²ψ
        double p00 = 2 * a * (2 * a - 1) * ph / (u * u);
        double p01 = 4 * a * (1 - a) * ph / (u * v);
        double p11 = 2 * (1 - a) * (1 - 2 * a) * ph / (v * v);
        double p22 = -2;
        double ps2 = psi * psi;
        h[0] = g0 * g0 / ps2 - p00 / psi + (1 - a) / (u * u);
        h[1] = g0 * g1 / ps2 - p01 / psi;
        h[2] = g0 * g2 / ps2;
        h[4] = g1 * g1 / ps2 - p11 / psi + a / (v * v);
        h[5] = g1 * g2 / ps2;
        h[8] = g2 * g2 / ps2 - p22 / psi;
        h[3] = h[1];
        h[6] = h[2];
        h[7] = h[5];
    }

    @Override public double dualBarrier(double[] z, int o) {
        double u = z[o], v = z[o + 1], w = z[o + 2];
        return -Math.log(phi(u, v) - w * w) - (1 - alpha) * Math.log(u) - alpha * Math.log(v);
    }

    @Override public void primalGradient(double[] s, int o, double[] g) {
        // warm start: the previous conjugate point rescaled so that ⟨s, ẑ⟩ = 3 (exact on the central ray)
        double[] start = startBuf;
        double dot = 0;
        for (int i = 0; i < 3; i++) dot += s[o + i] * warm[i];
        if (dot > 0 && isDualInterior(warm, 0)) {
            for (int i = 0; i < 3; i++) start[i] = warm[i] * 3 / dot;
        } else {
            double d2 = s[o] * unit[0] + s[o + 1] * unit[1];
            for (int i = 0; i < 3; i++) start[i] = unit[i] * 3 / d2;
        }
        conjugateGradientByNewton(s, o, start, g);
        for (int i = 0; i < 3; i++) warm[i] = -g[i];
    }

    @Override public void dualThirdOrder(double[] z, int o, double[] a, double[] b, double[] out) {
        double u = z[o], v = z[o + 1], w = z[o + 2];
        double al = alpha;
        double ph = phi(u, v);
        double psi = ph - w * w;
        gp[0] = 2 * al * ph / u;
        gp[1] = 2 * (1 - al) * ph / v;
        gp[2] = -2 * w;
        java.util.Arrays.fill(hp, 0.0);
        hp[0] = 2 * al * (2 * al - 1) * ph / (u * u);
        hp[1] = hp[3] = 4 * al * (1 - al) * ph / (u * v);
        hp[4] = 2 * (1 - al) * (1 - 2 * al) * ph / (v * v);
        hp[8] = -2;
        // third derivatives of φ (ψ = φ − w², w-part has none)
        double t000 = 2 * al * (2 * al - 1) * (2 * al - 2) * ph / (u * u * u);
        double t001 = 2 * al * (2 * al - 1) * 2 * (1 - al) * ph / (u * u * v);
        double t011 = 4 * al * (1 - al) * (1 - 2 * al) * ph / (u * v * v);
        double t111 = 2 * (1 - al) * (1 - 2 * al) * (-2 * al) * ph / (v * v * v);
        tp[0] = t000 * a[0] * b[0] + t001 * (a[0] * b[1] + a[1] * b[0]) + t011 * a[1] * b[1];
        tp[1] = t001 * a[0] * b[0] + t011 * (a[0] * b[1] + a[1] * b[0]) + t111 * a[1] * b[1];
        tp[2] = 0;
        out[0] = -2 * (1 - al) * a[0] * b[0] / (u * u * u);
        out[1] = -2 * al * a[1] * b[1] / (v * v * v);
        out[2] = 0;
        addNegLogThirdOrder(psi, gp, hp, tp, a, b, out);
    }
}
