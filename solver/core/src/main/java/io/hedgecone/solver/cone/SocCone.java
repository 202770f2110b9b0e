package io.hedgecone.solver.cone;

/**
 * The second-order cone {(t, x) : t ≥ ‖x‖₂} with Nesterov–Todd scaling (degree 1, identity e = (1, 0, …, 0)).
 *
 * <p>With s̄ = s/√det s, z̄ = z/√det z (det v = v₀² − ‖v₁‖²), γ = √((1 + s̄ᵀz̄)/2) and w̄ = (s̄ + Jz̄)/(2γ),
 * J = diag(1, −1, …, −1), the scaling is W = η W̄ with η = (det s/det z)^{1/4} and
 * W̄ = [[w̄₀, w̄₁ᵀ], [w̄₁, I + w̄₁w̄₁ᵀ/(1 + w̄₀)]]; it satisfies W z = W⁻¹ s = λ, and H = W² = η²(2w̄w̄ᵀ − J).
 *
 * <p>The KKT assembly may choose the scaled form for cones up to {@link #SCALED_MAX_DIM} (block −I, rows of A
 * multiplied by W⁻¹, which never forms the badly conditioned H). Otherwise cones of dimension above
 * {@link #DENSE_MAX_DIM} put H into the KKT matrix in the sparse form
 * H = η²(D + uuᵀ − vvᵀ), D = diag(d, 1, …, 1), u = (u₀, u₁w̄₁), v = (0, v₁w̄₁), through two extra rows
 * (signs −1 for v, +1 for u) whose elimination reproduces −H: O(dim) KKT entries instead of O(dim²). Near the
 * end of a run that form is as ill-conditioned as H (w̄₀⁴); the lifted form ({@link KktShape#LIFTED_SOC}) instead
 * takes W̄Δz as unknown with block −η²I and the cone's rows of A multiplied by W̄⁻¹ = I + F C Fᵀ (F = [e₀, (0, ŵ)],
 * ŵ = w̄₁/‖w̄₁‖), the rank-2 part through four extra rows θ = FᵀAΔx (+1) and λ = C Fᵀζ (−1): entries of size w̄₀.
 */
public final class SocCone extends Cone {
    /** Largest dimension whose H block is stored densely in the KKT matrix. */
    public static final int DENSE_MAX_DIM = 4;

    private final double[] w;      // w̄ (normalised NT point), w̄ᵀJw̄ = 1
    private final double[] lambda; // λ = W z
    private double eta = 1;
    private double nw2 = 0, inv1pw0 = 0.5; // ‖w̄₁‖², 1/(1 + w̄₀)
    private final double[] work1, work2;
    // sparse representation
    private double sparseD, sparseU0, sparseU1, sparseV1;

    SocCone(int offset, int dim) {
        super(offset, dim);
        w = new double[dim];
        lambda = new double[dim];
        work1 = new double[dim];
        work2 = new double[dim];
        setIdentityScaling();
    }

    public boolean isSparse() { return dim > DENSE_MAX_DIM; }

    @Override public int degree() { return 1; }
    @Override public boolean isSymmetric() { return true; }
    @Override public boolean needsUniformScaling() { return true; }

    @Override public void unitInitialization(double[] s, double[] z) {
        for (int i = 0; i < dim; i++) {
            s[off + i] = i == 0 ? 1.0 : 0.0;
            z[off + i] = i == 0 ? 1.0 : 0.0;
        }
    }

    private double norm1(double[] v) {
        double ss = 0;
        for (int i = off + 1; i < off + dim; i++) ss += v[i] * v[i];
        return Math.sqrt(ss);
    }

    @Override public double minMargin(double[] v) { return v[off] - norm1(v); }

    @Override public double positiveMargin(double[] v) { return Math.max(0.0, v[off] - norm1(v)); }

    @Override public void selectSlackStep(double[] ds, double[] dsPrimal, double primalTol) {
        double emax = 0;
        for (int i = 0; i < dim; i++) {
            work1[i] = dsPrimal[off + i] - ds[off + i];
            emax = Math.max(emax, Math.abs(work1[i]));
        }
        if (!(emax > primalTol)) return;
        applyWinvInPlace(work1, 0);
        double se = 0, l1 = 0;
        for (int i = 0; i < dim; i++) se = Math.max(se, Math.abs(work1[i]));
        for (int i = 1; i < dim; i++) l1 += lambda[i] * lambda[i];
        if (se / (SLACK_STEP_SCALED_TOL * (lambda[0] - Math.sqrt(l1))) < emax / primalTol) System.arraycopy(dsPrimal, off, ds, off, dim);
    }

    @Override public void shiftAlongIdentity(double[] v, double a, boolean dual) { v[off] += a; }

    /** det v = v₀² − ‖v₁‖², computed as (v₀ − ‖v₁‖)(v₀ + ‖v₁‖); NaN-safe negative when outside. */
    private static double det(double v0, double n1) { return (v0 - n1) * (v0 + n1); }

    @Override public boolean updateScaling(double[] s, double[] z, double mu, ScalingStrategy strategy) {
        double s0 = s[off], z0 = z[off];
        double ns = norm1(s), nz = norm1(z);
        double ds = det(s0, ns), dz = det(z0, nz);
        if (!(s0 > 0 && z0 > 0 && ds > 0 && dz > 0) || !Double.isFinite(ds) || !Double.isFinite(dz)) return false;
        double sn = Math.sqrt(ds), zn = Math.sqrt(dz);
        // s̄ᵀz̄
        double dot = s0 * z0;
        for (int i = 1; i < dim; i++) dot += s[off + i] * z[off + i];
        dot /= sn * zn;
        double gamma = Math.sqrt(0.5 * (1 + dot));
        double nw2 = 0, is = 1 / sn, iz = 1 / zn, i2g = 0.5 / gamma; // reciprocals: no division per entry
        for (int i = 1; i < dim; i++) {
            double wi = (s[off + i] * is - z[off + i] * iz) * i2g;
            w[i] = wi;
            nw2 += wi * wi;
        }
        w[0] = Math.sqrt(1 + nw2);
        this.nw2 = nw2;
        inv1pw0 = 1 / (1 + w[0]);
        eta = Math.sqrt(sn / zn);
        // λ = η W̄ z
        applyWbar(lambda, z, off, false);
        for (int i = 0; i < dim; i++) lambda[i] *= eta;
        if (isSparse()) computeSparseFactors(nw2);
        return true;
    }

    /** out = W̄ x (inverse = false) or W̄⁻¹ x (inverse = true) for x = v[from .. from+dim). out is local (0-based). */
    private void applyWbar(double[] out, double[] v, int from, boolean inverse) {
        double w0 = w[0];
        double x0 = v[from];
        double t = 0;
        for (int i = 1; i < dim; i++) t += w[i] * v[from + i];
        double c = (inverse ? -x0 : x0) + t * inv1pw0;
        double o0 = inverse ? w0 * x0 - t : w0 * x0 + t;
        for (int i = 1; i < dim; i++) out[i] = v[from + i] + c * w[i];
        out[0] = o0;
    }

    private void computeSparseFactors(double nw2) {
        // See class comment: d + u0² = 2w0² − 1, u0·u1 = 2w0, u1² − v1² = 2, with D − vvᵀ ≻ 0.
        double twoW0sqM1 = 1 + 2 * nw2;               // 2w0² − 1
        double a = 2 / twoW0sqM1;                      // lower bound of v1² for d > 0
        double deltaFull = nw2 > 0 ? 1 / (2 * nw2 * twoW0sqM1) : Double.POSITIVE_INFINITY; // half the admissible range
        double delta = Math.min(deltaFull, 1.0);
        double t = a + delta;                          // v1²
        sparseV1 = Math.sqrt(t);
        sparseU1 = Math.sqrt(2 + t);
        sparseU0 = 2 * w[0] / sparseU1;
        sparseD = twoW0sqM1 * delta / (2 + t);
    }

    @Override public void setIdentityScaling() {
        java.util.Arrays.fill(w, 0.0);
        w[0] = 1;
        nw2 = 0;
        inv1pw0 = 0.5;
        java.util.Arrays.fill(lambda, 0.0);
        lambda[0] = 1;
        eta = 1;
        if (isSparse()) computeSparseFactors(0);
    }

    @Override public void mulH(double[] y, double[] x) { mulH(w, 0, dim, nw2, eta * eta, x, y, off); }

    /**
     * y = H x = η² W̄(W̄ x) on rows off .. off+dim of x and y, for the scaling point w̄ = w[ws .. ws+dim) with
     * ‖w̄₁‖² = nw2 (shared with the eliminated KKT form, which keeps many cones' w̄ in one array). The rounding error
     * is of order ε‖w̄‖² relative to the result, where the explicit matrix η²(2w̄w̄ᵀ − J) or its sparse form would give
     * ε‖w̄‖⁴ in the directions where H is small (a cone whose s approaches the boundary), which matters for
     * Δs = −r − HΔz near the end of a run. Fused: y = W̄x has y₀ = w₀x₀ + t, y₁ = x₁ + c w₁ (t = w₁ᵀx₁,
     * c = x₀ + t/(1+w₀)), and w₁ᵀy₁ = t + c‖w₁‖².
     */
    public static void mulH(double[] w, int ws, int dim, double nw2, double eta2, double[] x, double[] y, int off) {
        double x0 = x[off];
        double t = 0;
        for (int i = 1; i < dim; i++) t += w[ws + i] * x[off + i];
        double w0 = w[ws];
        double inv1pw0 = 1 / (1 + w0);
        double y0 = w0 * x0 + t;
        double c = x0 + t * inv1pw0;
        double t2 = t + c * nw2;
        double c2 = y0 + t2 * inv1pw0;
        double cc = c + c2;
        y[off] = eta2 * (w0 * y0 + t2);
        for (int i = 1; i < dim; i++) y[off + i] = eta2 * (x[off + i] + cc * w[ws + i]);
    }

    @Override public KktShape kktShape() {
        if (eliminatedKkt) return KktShape.ELIMINATED;
        if (scaledKkt) return KktShape.SCALED;
        if (liftedKkt && isSparse()) return KktShape.LIFTED_SOC;
        return isSparse() ? KktShape.SPARSE_SOC : KktShape.DENSE;
    }

    /** Largest dimension for which the scaled KKT form may be chosen (its rows of A become dense in the cone). */
    public static final int SCALED_MAX_DIM = 32;

    private boolean scaledKkt, eliminatedKkt, liftedKkt = LIFTED_DEFAULT;

    /** Chooses the eliminated KKT form ({@link KktShape#ELIMINATED}); decided once, before the pattern is built. */
    public void useEliminatedKkt(boolean eliminated) { eliminatedKkt = eliminated; }

    /**
     * Copies the normalised scaling point w̄ into out[at .. at+dim) and returns η: with them H⁻¹ = η⁻²(2(Jw̄)(Jw̄)ᵀ − J)
     * (W̄⁻¹ = JW̄J), which the eliminated KKT form applies to many cones in one flat loop.
     */
    public double scalingPoint(double[] out, int at) {
        System.arraycopy(w, 0, out, at, dim);
        return eta;
    }

    /** Whether cones above {@link #DENSE_MAX_DIM} not in the scaled form use the lifted form (else SPARSE_SOC). */
    public static final boolean LIFTED_DEFAULT = !Boolean.getBoolean("hedgecone.ipm.sparseSoc");

    public void useLiftedKkt(boolean lifted) { liftedKkt = lifted; }

    @Override public void liftDirection(double[] out) {
        double nw = Math.sqrt(nw2);
        out[0] = 0;
        for (int i = 1; i < dim; i++) out[i] = nw > 0 ? w[i] / nw : 0.0;
    }

    /**
     * Chooses the scaled KKT form (block −I, rows of A multiplied by W⁻¹) instead of the explicit or sparse H.
     * Decided once by the KKT assembly, before the pattern is built.
     */
    public void useScaledKkt(boolean scaled) {
        if (scaled && dim > SCALED_MAX_DIM) throw new IllegalArgumentException("scaled KKT form needs dim <= " + SCALED_MAX_DIM);
        scaledKkt = scaled;
    }

    @Override public int extraKktDim() {
        return switch (kktShape()) { case SPARSE_SOC -> 2; case LIFTED_SOC -> 4; default -> 0; };
    }

    @Override public void scaleRows(double[] v, int from) {
        if (kktShape() == KktShape.LIFTED_SOC) applyWbarInvInPlace(v, from);
        else applyWinvInPlace(v, from);
    }

    @Override public void unscaleSolution(double[] v, int from) { scaleRows(v, from); }

    /** v[from..] ← W̄⁻¹ v. */
    private void applyWbarInvInPlace(double[] v, int from) { applyWinvInPlace(v, from, 1.0); }

    /** v[from..] ← W⁻¹ v = W̄⁻¹ v / η (W is symmetric, so W⁻ᵀ = W⁻¹). */
    private void applyWinvInPlace(double[] v, int from) { applyWinvInPlace(v, from, 1 / eta); }

    /** v[from..] ← f·W̄⁻¹ v, in place: entry i ≥ 1 of W̄⁻¹v depends on v only through v_i, v₀ and w̄₁ᵀv₁. */
    private void applyWinvInPlace(double[] v, int from, double f) {
        double x0 = v[from];
        double t = 0;
        for (int i = 1; i < dim; i++) t += w[i] * v[from + i];
        double c = -x0 + t * inv1pw0;
        v[from] = f * (w[0] * x0 - t);
        for (int i = 1; i < dim; i++) v[from + i] = f * (v[from + i] + c * w[i]);
    }


    @Override public void writeKkt(double[] kktValues, int[] map) {
        double e2 = eta * eta;
        if (kktShape() == KktShape.SCALED || kktShape() == KktShape.ELIMINATED) {
            for (int i = 0; i < dim; i++) kktValues[map[i]] = -1.0; // scaled form: the block is −I (eliminated: unused)
            return;
        }
        if (kktShape() == KktShape.LIFTED_SOC) {
            // W̄⁻¹ = I + F C Fᵀ with F = [e₀, (0, ŵ)], ‖ŵ‖ = 1, C = [[w̄₀ − 1, −‖w̄₁‖], [−‖w̄₁‖, w̄₀ − 1]]
            double c0 = nw2 * inv1pw0, c1 = -Math.sqrt(nw2); // w̄₀ − 1 = ‖w̄₁‖²/(1 + w̄₀)
            double inw = nw2 > 0 ? 1 / Math.sqrt(nw2) : 0;
            for (int i = 0; i < dim; i++) kktValues[map[i]] = -e2;
            // θ columns: (FC) column j in the ζ rows; FC col0 = c0 e₀ + c1 (0,ŵ), col1 = c1 e₀ + c0 (0,ŵ)
            kktValues[map[dim]] = c0;
            kktValues[map[2 * dim]] = c1;
            for (int i = 1; i < dim; i++) {
                double wh = w[i] * inw;
                kktValues[map[dim + i]] = c1 * wh;
                kktValues[map[2 * dim + i]] = c0 * wh;
            }
            kktValues[map[3 * dim]] = 0.0;
            kktValues[map[3 * dim + 1]] = 0.0;
            kktValues[map[3 * dim + 2]] = -1.0;
            kktValues[map[3 * dim + 3]] = -1.0;
            kktValues[map[3 * dim + 4]] = 0.0;
            kktValues[map[3 * dim + 5]] = 0.0;
            return;
        }
        if (!isSparse()) {
            int k = 0;
            for (int j = 0; j < dim; j++)
                for (int i = 0; i <= j; i++) {
                    double h = 2 * w[i] * w[j];
                    if (i == j) h += (i == 0 ? -1 : 1);
                    kktValues[map[k++]] = -e2 * h;
                }
            return;
        }
        // diagonal −η²D
        kktValues[map[0]] = -e2 * sparseD;
        for (int i = 1; i < dim; i++) kktValues[map[i]] = -e2;
        // v column: η v,  u column: η u
        kktValues[map[dim]] = 0.0;
        kktValues[map[2 * dim]] = eta * sparseU0;
        for (int i = 1; i < dim; i++) {
            kktValues[map[dim + i]] = eta * sparseV1 * w[i];
            kktValues[map[2 * dim + i]] = eta * sparseU1 * w[i];
        }
        kktValues[map[3 * dim]] = -1.0;
        kktValues[map[3 * dim + 1]] = 1.0;
    }

    @Override public void combinedDs(double[] r, double[] s, double[] z, double[] dsAff, double[] dzAff, double sigmaMu, double m) {
        double[] a = work1, b = work2;
        // a = W⁻¹Δs = W̄⁻¹Δs / η ; b = WΔz = η W̄ Δz
        applyWbar(a, dsAff, off, true);
        applyWbar(b, dzAff, off, false);
        double ie = 1 / eta;
        double c0 = 0;
        for (int i = 0; i < dim; i++) {
            a[i] *= ie;
            b[i] *= eta;
            c0 += a[i] * b[i];
        }
        double a0 = a[0], b0 = b[0];
        // v = λ∘λ + m (a∘b) − σμ e, stored in a
        double l0 = lambda[0];
        double ll = 0;
        for (int i = 0; i < dim; i++) ll += lambda[i] * lambda[i];
        for (int i = 1; i < dim; i++) a[i] = 2 * l0 * lambda[i] + m * (a0 * b[i] + b0 * a[i]);
        a[0] = ll + m * c0 - sigmaMu;
        // y = λ \ v  (stored in b)
        double l1v1 = 0, l1sq = 0;
        for (int i = 1; i < dim; i++) { l1v1 += lambda[i] * a[i]; l1sq += lambda[i] * lambda[i]; }
        double detl = (l0 - Math.sqrt(l1sq)) * (l0 + Math.sqrt(l1sq));
        double y0 = (l0 * a[0] - l1v1) / detl;
        b[0] = y0;
        for (int i = 1; i < dim; i++) b[i] = (a[i] - y0 * lambda[i]) / l0;
        // r = W y = η W̄ y
        double w0 = w[0];
        double t = 0;
        for (int i = 1; i < dim; i++) t += w[i] * b[i];
        double c = y0 + t / (1 + w0);
        r[off] = eta * (w0 * y0 + t);
        for (int i = 1; i < dim; i++) r[off + i] = eta * (b[i] + c * w[i]);
    }

    /** Largest α ∈ [0, αmax] with v + α d in the cone (v interior). */
    private double stepComponent(double[] v, double[] d, double alphaMax) {
        double v0 = v[off], d0 = d[off];
        double vv = 0, vd = 0, dd = 0;
        for (int i = off + 1; i < off + dim; i++) {
            vv += v[i] * v[i];
            vd += v[i] * d[i];
            dd += d[i] * d[i];
        }
        double a = d0 * d0 - dd;
        double b = 2 * (v0 * d0 - vd);
        double c = Math.max(0.0, (v0 - Math.sqrt(vv)) * (v0 + Math.sqrt(vv)));
        // roots of a α² + b α + c = 0; c ≥ 0 so the cone is left at the smallest positive root
        double alpha = alphaMax;
        if (a == 0) {
            if (b < 0) alpha = Math.min(alpha, -c / b);
        } else {
            double disc = b * b - 4 * a * c;
            if (disc >= 0 && !(a > 0 && b > 0)) {
                double sq = Math.sqrt(disc);
                double qq = -0.5 * (b + Math.copySign(sq, b));
                double r1 = qq / a, r2 = qq != 0 ? c / qq : Double.POSITIVE_INFINITY;
                if (r1 >= 0) alpha = Math.min(alpha, r1);
                if (r2 >= 0) alpha = Math.min(alpha, r2);
            }
        }
        // the quadratic stays positive on the reflected cone too: also keep v0 + α d0 ≥ 0
        if (d0 < 0) alpha = Math.min(alpha, -v0 / d0);
        return Math.max(alpha, 0.0);
    }

    @Override public double stepLength(double[] dz, double[] ds, double[] z, double[] s, double alphaMax, double backtrack, double alphaMin) {
        double a = stepComponent(z, dz, alphaMax);
        return stepComponent(s, ds, a);
    }

    @Override public double barrier(double[] z, double[] s, double[] dz, double[] ds, double alpha) {
        double s0 = s[off] + alpha * ds[off], z0 = z[off] + alpha * dz[off];
        double ss = 0, zz = 0;
        for (int i = off + 1; i < off + dim; i++) {
            double si = s[i] + alpha * ds[i], zi = z[i] + alpha * dz[i];
            ss += si * si;
            zz += zi * zi;
        }
        double dets = det(s0, Math.sqrt(ss)), detz = det(z0, Math.sqrt(zz));
        if (!(s0 > 0 && z0 > 0 && dets > 0 && detz > 0)) return Double.POSITIVE_INFINITY;
        return -0.5 * Math.log(dets * detz);
    }
}
