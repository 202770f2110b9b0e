package io.hedgecone.solver.cone;

/**
 * Common machinery of the three-dimensional non-symmetric cones (exponential and power), following
 * Dahl &amp; Andersen (2022): the dual barrier f* is known in closed form, the primal barrier f is its conjugate
 * (∇f(s) = −z̃ where ∇f*(z̃) = −s), the scaling H is either μ∇²f*(z) ("dual") or the rank-3 primal-dual
 * quasi-Newton matrix satisfying H z = s and H z̃ = s̃ (z̃ = −∇f(s), s̃ = −∇f*(z)), and the combined step uses
 * the third-order correction −½∇³f*(z)[Δz_a, (∇²f*(z))⁻¹Δs_a].
 */
public abstract sealed class NonsymmetricCone extends Cone permits ExpCone, PowCone {
    // state at the scaling point
    protected final double[] zs = new double[3];     // z at the scaling point
    protected final double[] grad = new double[3];   // ∇f*(z)
    protected final double[] hDual = new double[9];  // ∇²f*(z), row-major 3×3
    protected final double[] hs = new double[9];     // scaling matrix H, row-major 3×3
    // scratch
    private final double[] t1 = new double[3], t2 = new double[3], t3 = new double[3], t4 = new double[3];
    private final double[] m9 = new double[9];

    protected NonsymmetricCone(int offset) { super(offset, 3); }

    @Override public final int degree() { return 3; }
    @Override public final boolean isSymmetric() { return false; }
    @Override public final boolean needsUniformScaling() { return true; }

    // ------------------------------------------------------------------ cone-specific primitives

    /** Strict interior of the primal cone. */
    public abstract boolean isPrimalInterior(double[] s, int o);

    /** Strict interior of the dual cone. */
    public abstract boolean isDualInterior(double[] z, int o);

    /** g = ∇f*(z), h = ∇²f*(z) (row-major) for z in the dual interior. */
    public abstract void dualGradientHessian(double[] z, int o, double[] g, double[] h);

    /** f*(z) (the closed-form dual barrier) for z in the dual interior. */
    public abstract double dualBarrier(double[] z, int o);

    /** g = ∇f(s), the gradient of the conjugate (primal) barrier, for s in the primal interior. */
    public abstract void primalGradient(double[] s, int o, double[] g);

    /** out = ∇³f*(z)[u, v] for z in the dual interior. */
    public abstract void dualThirdOrder(double[] z, int o, double[] u, double[] v, double[] out);

    /** f(s) = −3 − f*(−∇f(s)) (conjugate identity for a 3-logarithmically homogeneous barrier). */
    public double primalBarrier(double[] s, int o) {
        double[] g = t4;
        primalGradient(s, o, g);
        for (int i = 0; i < 3; i++) g[i] = -g[i];
        if (!isDualInterior(g, 0)) return Double.POSITIVE_INFINITY;
        return -3 - dualBarrier(g, 0);
    }

    // ------------------------------------------------------------------ Cone API

    @Override public boolean updateScaling(double[] s, double[] z, double mu, ScalingStrategy strategy) {
        if (!isPrimalInterior(s, off) || !isDualInterior(z, off)) return false;
        for (int i = 0; i < 3; i++) zs[i] = z[off + i];
        dualGradientHessian(z, off, grad, hDual);
        for (int i = 0; i < 9; i++) if (!Double.isFinite(hDual[i])) return false;
        if (strategy == ScalingStrategy.DUAL || !primalDualScaling(s, z)) {
            for (int i = 0; i < 9; i++) hs[i] = mu * hDual[i];
        }
        for (int i = 0; i < 9; i++) if (!Double.isFinite(hs[i])) return false;
        return true;
    }

    /**
     * H = s sᵀ/⟨s,z⟩ + δs δsᵀ/⟨δs,δz⟩ + t·a aᵀ with δs = s + μ̂∇f*(z), δz = z + μ̂∇f(s), μ̂ = ⟨s,z⟩/3 and
     * a ⟂ z, z̃ a unit vector. H z = s and H z̃ = s̃ hold by construction; t > 0 is set from the size of the
     * part of μ̂∇²f*(z) not fixed by the secant conditions. Returns false when the construction is ill-posed
     * (too close to the central path or not positive), leaving the caller to use the dual scaling.
     */
    private boolean primalDualScaling(double[] s, double[] z) {
        double[] zt = t1, ds = t2, dz = t3;
        primalGradient(s, off, zt); // ∇f(s)  (= −z̃)
        for (int i = 0; i < 3; i++) if (!Double.isFinite(zt[i])) return false;
        double sz = 0, gz = 0;
        for (int i = 0; i < 3; i++) {
            sz += s[off + i] * z[off + i];
            gz += grad[i] * zt[i];
        }
        double mu = sz / 3, mut = gz / 3;
        double dsdz = 0;
        for (int i = 0; i < 3; i++) {
            ds[i] = s[off + i] + mu * grad[i];
            dz[i] = z[off + i] + mu * zt[i];
            dsdz += ds[i] * dz[i];
        }
        double de1 = mu * mut - 1;
        // ztᵀ H zt − 3 μ̃²
        double de2 = -3 * mut * mut;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) de2 += zt[i] * hDual[3 * i + j] * zt[j];
        if (!(Math.abs(de1) > 1.4901161193847656e-8 && Math.abs(de2) > 2.220446049250313e-16 && sz > 0 && dsdz > 0))
            return false;
        // tmp = μ̃ ∇f* − ∇²f* zt ; M = ∇²f* − g gᵀ/3 − tmp tmpᵀ/de2 ;  t = μ ‖M‖_F
        double[] tmp = dz; // dz no longer needed after dsdz
        for (int i = 0; i < 3; i++) {
            double hz = 0;
            for (int j = 0; j < 3; j++) hz += hDual[3 * i + j] * zt[j];
            tmp[i] = mut * grad[i] - hz;
        }
        double fro = 0;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) {
                double v = hDual[3 * i + j] - grad[i] * grad[j] / 3 - tmp[i] * tmp[j] / de2;
                fro += v * v;
            }
        double t = mu * Math.sqrt(fro);
        // axis a = z × zt, normalised
        double a0 = z[off + 1] * zt[2] - z[off + 2] * zt[1];
        double a1 = z[off + 2] * zt[0] - z[off] * zt[2];
        double a2 = z[off] * zt[1] - z[off + 1] * zt[0];
        double na = Math.sqrt(a0 * a0 + a1 * a1 + a2 * a2);
        if (!(na > 0) || !(t > 0) || !Double.isFinite(t)) return false;
        a0 /= na; a1 /= na; a2 /= na;
        double[] ax = t4;
        ax[0] = a0; ax[1] = a1; ax[2] = a2;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                hs[3 * i + j] = s[off + i] * s[off + j] / sz + ds[i] * ds[j] / dsdz + t * ax[i] * ax[j];
        return true;
    }

    @Override public void setIdentityScaling() {
        for (int i = 0; i < 9; i++) hs[i] = (i % 4 == 0) ? 1 : 0;
    }

    @Override public void mulH(double[] y, double[] x) {
        double x0 = x[off], x1 = x[off + 1], x2 = x[off + 2];
        y[off] = hs[0] * x0 + hs[1] * x1 + hs[2] * x2;
        y[off + 1] = hs[3] * x0 + hs[4] * x1 + hs[5] * x2;
        y[off + 2] = hs[6] * x0 + hs[7] * x1 + hs[8] * x2;
    }

    @Override public KktShape kktShape() { return KktShape.DENSE; }

    @Override public void writeKkt(double[] kktValues, int[] map) {
        int k = 0;
        for (int j = 0; j < 3; j++)
            for (int i = 0; i <= j; i++) kktValues[map[k++]] = -0.5 * (hs[3 * i + j] + hs[3 * j + i]);
    }

    @Override public void combinedDs(double[] r, double[] s, double[] z, double[] dsAff, double[] dzAff, double sigmaMu, double m) {
        // r = s + σμ ∇f*(z) − m·½ ∇³f*(z)[u, Δz_a],  u = (∇²f*(z))⁻¹ Δs_a
        double[] u = t1, v = t2, eta = t3;
        for (int i = 0; i < 3; i++) {
            u[i] = dsAff[off + i];
            v[i] = dzAff[off + i];
        }
        boolean ok = m != 0 && solve3(hDual, u);
        if (ok) {
            dualThirdOrder(zs, 0, u, v, eta);
            for (int i = 0; i < 3; i++) if (!Double.isFinite(eta[i])) { ok = false; break; }
        }
        for (int i = 0; i < 3; i++)
            r[off + i] = s[off + i] + sigmaMu * grad[i] - (ok ? 0.5 * m * eta[i] : 0.0);
    }

    /** Solves the SPD 3×3 system h x = b in place of b (Cholesky); false when h is not numerically PD. */
    private boolean solve3(double[] h, double[] b) {
        double[] l = m9;
        double l00 = h[0];
        if (!(l00 > 0)) return false;
        l00 = Math.sqrt(l00);
        double l10 = h[3] / l00, l20 = h[6] / l00;
        double d11 = h[4] - l10 * l10;
        if (!(d11 > 0)) return false;
        double l11 = Math.sqrt(d11);
        double l21 = (h[7] - l20 * l10) / l11;
        double d22 = h[8] - l20 * l20 - l21 * l21;
        if (!(d22 > 0)) return false;
        double l22 = Math.sqrt(d22);
        double y0 = b[0] / l00;
        double y1 = (b[1] - l10 * y0) / l11;
        double y2 = (b[2] - l20 * y0 - l21 * y1) / l22;
        b[2] = y2 / l22;
        b[1] = (y1 - l21 * b[2]) / l11;
        b[0] = (y0 - l10 * b[1] - l20 * b[2]) / l00;
        l[0] = l00; // keep the scratch used (no allocation)
        return true;
    }

    @Override public double stepLength(double[] dz, double[] ds, double[] z, double[] s, double alphaMax, double backtrack, double alphaMin) {
        double az = backtrackSearch(dz, z, alphaMax, backtrack, alphaMin, true);
        return backtrackSearch(ds, s, az, backtrack, alphaMin, false);
    }

    private double backtrackSearch(double[] d, double[] v, double alpha, double backtrack, double alphaMin, boolean dual) {
        double[] p = t4;
        while (alpha > 0) {
            for (int i = 0; i < 3; i++) p[i] = v[off + i] + alpha * d[off + i];
            if (dual ? isDualInterior(p, 0) : isPrimalInterior(p, 0)) return alpha;
            alpha *= backtrack;
            if (alpha < alphaMin) return 0.0;
        }
        return 0.0;
    }

    @Override public double barrier(double[] z, double[] s, double[] dz, double[] ds, double alpha) {
        double[] pz = t1, ps = t2;
        for (int i = 0; i < 3; i++) {
            pz[i] = z[off + i] + alpha * dz[off + i];
            ps[i] = s[off + i] + alpha * ds[off + i];
        }
        if (!isDualInterior(pz, 0) || !isPrimalInterior(ps, 0)) return Double.POSITIVE_INFINITY;
        return dualBarrier(pz, 0) + primalBarrier(ps, 0) + 3;
    }

    /** Diagnostic view of the current scaling matrix (row-major copy). */
    public double[] scalingMatrix() { return hs.clone(); }

    // ------------------------------------------------------------------ shared helpers

    /**
     * Third derivative of −log ψ contracted with u and v, given ∇ψ, ∇²ψ (row-major) and ∇³ψ[u,v]; added to out.
     */
    protected static void addNegLogThirdOrder(double psi, double[] gp, double[] hp, double[] tpuv, double[] u, double[] v, double[] out) {
        double gu = 0, gv = 0;
        for (int i = 0; i < 3; i++) {
            gu += gp[i] * u[i];
            gv += gp[i] * v[i];
        }
        double hu0 = hp[0] * u[0] + hp[1] * u[1] + hp[2] * u[2];
        double hu1 = hp[3] * u[0] + hp[4] * u[1] + hp[5] * u[2];
        double hu2 = hp[6] * u[0] + hp[7] * u[1] + hp[8] * u[2];
        double hv0 = hp[0] * v[0] + hp[1] * v[1] + hp[2] * v[2];
        double hv1 = hp[3] * v[0] + hp[4] * v[1] + hp[5] * v[2];
        double hv2 = hp[6] * v[0] + hp[7] * v[1] + hp[8] * v[2];
        double uhv = u[0] * hv0 + u[1] * hv1 + u[2] * hv2;
        double p2 = psi * psi, c3 = 2 * gu * gv / (p2 * psi);
        out[0] += (hu0 * gv + hv0 * gu + gp[0] * uhv) / p2 - gp[0] * c3 - tpuv[0] / psi;
        out[1] += (hu1 * gv + hv1 * gu + gp[1] * uhv) / p2 - gp[1] * c3 - tpuv[1] / psi;
        out[2] += (hu2 * gv + hv2 * gu + gp[2] * uhv) / p2 - gp[2] * c3 - tpuv[2] / psi;
    }

    /**
     * Damped Newton solve of ∇f*(ẑ) = −s (the conjugate point): minimises ⟨s, ẑ⟩ + f*(ẑ) starting from an
     * interior {@code start}; returns ∇f(s) = −ẑ in g. Self-concordance keeps the damped steps interior.
     */
    private final double[] nZc = new double[3], nGr = new double[3], nH = new double[9], nStep = new double[3],
            nRhs = new double[3], nTrial = new double[3];

    protected void conjugateGradientByNewton(double[] s, int o, double[] start, double[] g) {
        double[] zc = nZc, gr = nGr, h = nH, step = nStep, rhs = nRhs, trial = nTrial;
        System.arraycopy(start, 0, zc, 0, 3);
        for (int it = 0; it < 100; it++) {
            dualGradientHessian(zc, 0, gr, h);
            for (int i = 0; i < 3; i++) {
                step[i] = -(s[o + i] + gr[i]);
                rhs[i] = -step[i];
            }
            if (!solve3(h, step)) break;
            double lam2 = -(rhs[0] * step[0] + rhs[1] * step[1] + rhs[2] * step[2]);
            double lam = Math.sqrt(Math.max(lam2, 0));
            double t = lam > 0.25 ? 1 / (1 + lam) : 1.0;
            for (int i = 0; i < 3; i++) trial[i] = zc[i] + t * step[i];
            while (!isDualInterior(trial, 0)) {
                t *= 0.5;
                for (int i = 0; i < 3; i++) trial[i] = zc[i] + t * step[i];
                if (t < 1e-12) break;
            }
            System.arraycopy(trial, 0, zc, 0, 3);
            if (lam < 1e-13) break;
        }
        for (int i = 0; i < 3; i++) g[i] = -zc[i];
    }
}
