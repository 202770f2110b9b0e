package io.hedgecone.solver.cone;

import io.hedgecone.solver.form.ConeSpec;

/**
 * One cone of the product cone K, acting on the rows {@code [offset, offset + dim)} of the global slack s and
 * dual z vectors. Every method reads and writes the global arrays at that offset, so the solver never copies
 * slices.
 *
 * <p>Conventions (shared by all cones): the scaling matrix H (= WᵀW for symmetric cones, the primal-dual or dual
 * scaling for the exponential and power cones) maps z to s, H z = s. A search direction satisfies
 * {@code Δs + H Δz = −r} where r is the "Δs offset": r = s for the affine (predictor) step and the
 * Mehrotra/higher-order corrected value for the combined step. The barrier value returned by
 * {@link #barrier} is normalised so that it equals −degree·log μ on the central path (s, z) with
 * sᵀz = degree·μ, and is larger elsewhere.
 */
public abstract sealed class Cone permits ZeroCone, NonnegCone, SocCone, NonsymmetricCone {
    /** How the cone's −H block enters the KKT matrix. */
    public enum KktShape {
        /** dim diagonal entries. */
        DIAGONAL,
        /** the dim×dim upper triangle, column by column (col j holds rows 0..j). */
        DENSE,
        /** diagonal plus two extra rows/columns: H = η²(D + uuᵀ − vvᵀ) (large second-order cones). */
        SPARSE_SOC,
        /**
         * the scaled form: with H = WᵀW the cone's block is −I and its rows of A (and right-hand side) are
         * multiplied by W⁻ᵀ, the solution by W⁻¹ ({@link #scaleRows}, {@link #unscaleSolution}); H itself is never
         * formed, which keeps the KKT matrix accurate when H is badly conditioned.
         */
        SCALED,
        /**
         * large second-order cones: the scaled form with the unknown ζ = W̄Δz (block −η²I, rows and right-hand side
         * multiplied by W̄⁻¹, solution by W̄⁻¹), kept sparse by lifting the rank-two part of W̄⁻¹ = I + F C Fᵀ:
         * four extra rows θ = FᵀAΔx (sign +1) and λ = C Fᵀζ (sign −1). Layout of the map: dim diagonal slots,
         * the dim ζ entries of each θ column (2·dim), the θ diagonals (2), the λ–θ entries (2), the λ diagonals
         * (2); the λ–x entries FᵀA are written by the KKT assembly from {@link #liftDirection}.
         */
        LIFTED_SOC,
        /**
         * second-order cones eliminated onto the x block: A_kᵀH⁻¹A_k enters the KKT matrix as a clique over the
         * columns the cone's rows use, and the cone's rows are recovered as Δz = H⁻¹(A_kΔx − r) after each solve
         * (from {@link SocCone#scalingPoint}); the map holds one (unused) diagonal slot per row.
         */
        ELIMINATED
    }

    protected final int off;
    protected final int dim;

    protected Cone(int offset, int dim) {
        this.off = offset;
        this.dim = dim;
    }

    /** Creates the cone for a canonical cone specification placed at {@code offset}. */
    public static Cone of(ConeSpec spec, int offset) {
        if (spec instanceof ConeSpec.Zero z) return new ZeroCone(offset, z.dim());
        if (spec instanceof ConeSpec.Nonneg nn) return new NonnegCone(offset, nn.dim());
        if (spec instanceof ConeSpec.Soc soc) return new SocCone(offset, soc.dim());
        if (spec instanceof ConeSpec.Exp) return new ExpCone(offset);
        if (spec instanceof ConeSpec.Pow p) return new PowCone(offset, p.alpha());
        throw new IllegalArgumentException("the native interior-point solver does not support cone " + spec);
    }

    public final int offset() { return off; }

    public final int dim() { return dim; }

    /** Degree ν of the barrier (0 for the zero cone, 1 for a second-order cone, dim for the orthant, 3 for exp/pow). */
    public abstract int degree();

    public abstract boolean isSymmetric();

    /** Whether equilibration must scale all rows of this cone by one common factor to keep K invariant. */
    public boolean needsUniformScaling() { return false; }

    // ---------------------------------------------------------------- initialisation

    /** Sets s and z to the cone's central "unit" point (s = z, on the central path with μ = 1). */
    public abstract void unitInitialization(double[] s, double[] z);

    /** Symmetric cones: the smallest "eigenvalue" of v (the distance to the boundary along e); +∞ for the zero cone. */
    public double minMargin(double[] v) { throw new UnsupportedOperationException(); }

    /** Symmetric cones: the sum of the positive "eigenvalues" of v. */
    public double positiveMargin(double[] v) { throw new UnsupportedOperationException(); }

    /**
     * Chooses, for this cone's rows, between two slack steps that agree in exact arithmetic: {@code ds} holds
     * Δs = −r − HΔz (the complementarity row: its solve error lands in the primal residual) and {@code dsPrimal}
     * Δs from the primal linearisation (its error lands in complementarity). Keeps ds unless their difference
     * exceeds {@code primalTol} and does less harm in the scaled space — measured against λ's distance to the
     * cone's boundary in units of {@link #SLACK_STEP_SCALED_TOL} — than in the primal residual (measured against
     * primalTol); then copies dsPrimal. The default keeps ds.
     */
    public void selectSlackStep(double[] ds, double[] dsPrimal, double primalTol) { }

    /** Fraction of λ's distance to the boundary that a scaled slack-step error may reach in {@link #selectSlackStep}. */
    protected static final double SLACK_STEP_SCALED_TOL = 1e-2;

    /** Symmetric cones: v += a·e on the primal (dual = false) or dual cone (the zero cone zeroes primal entries). */
    public void shiftAlongIdentity(double[] v, double a, boolean dual) { throw new UnsupportedOperationException(); }

    // ---------------------------------------------------------------- scaling

    /**
     * Recomputes the scaling at the interior point (s, z); μ is the current global complementarity measure.
     *
     * @return false when (s, z) is not strictly interior (numerical breakdown)
     */
    public abstract boolean updateScaling(double[] s, double[] z, double mu, ScalingStrategy strategy);

    /** Sets H = I (H = 0 for the zero cone); used for the initial KKT solve of symmetric problems. */
    public abstract void setIdentityScaling();

    /** y = H x on this cone's rows. */
    public abstract void mulH(double[] y, double[] x);

    public abstract KktShape kktShape();

    /** Number of extra KKT rows/columns (2 for a sparse second-order cone, else 0). */
    public int extraKktDim() { return 0; }

    /**
     * Writes the −H block into the KKT values through {@code map} (layout per {@link #kktShape()}; for
     * SPARSE_SOC: dim diagonal slots, then the dim entries of the v column, the dim entries of the u column,
     * then the v and u extra diagonals).
     */
    public abstract void writeKkt(double[] kktValues, int[] map);

    /** Length of the map {@link #writeKkt} expects. */
    public final int kktMapLength() {
        return switch (kktShape()) {
            case DIAGONAL, SCALED, ELIMINATED -> dim;
            case DENSE -> dim * (dim + 1) / 2;
            case SPARSE_SOC -> 3 * dim + 2;
            case LIFTED_SOC -> 3 * dim + 6;
        };
    }

    /** LIFTED_SOC shape: the unit direction ŵ (local, out[0] = 0) of the second column of F. */
    public void liftDirection(double[] out) { throw new UnsupportedOperationException(); }

    /** SCALED shape: v[from .. from+dim) ← W⁻ᵀ v (H = WᵀW); LIFTED_SOC: ← W̄⁻¹ v. */
    public void scaleRows(double[] v, int from) { throw new UnsupportedOperationException(); }

    /** SCALED shape: v[from .. from+dim) ← W⁻¹ v. */
    public void unscaleSolution(double[] v, int from) { throw new UnsupportedOperationException(); }

    // ---------------------------------------------------------------- right-hand sides

    /** r = the affine Δs offset (s itself; 0 on the zero cone). */
    public void affineDs(double[] r, double[] s) {
        System.arraycopy(s, off, r, off, dim);
    }

    /**
     * r = the combined-step Δs offset: the centring target σμ plus the second-order (Mehrotra, symmetric cones)
     * or third-order (Dahl–Andersen, exp/pow) correction computed from the affine direction, whose
     * correction term is weighted by {@code m} (1 except in the first iteration).
     */
    public abstract void combinedDs(double[] r, double[] s, double[] z, double[] dsAff, double[] dzAff, double sigmaMu, double m);

    // ---------------------------------------------------------------- step length and barrier

    /**
     * The largest α ≤ αmax with s + αΔs ∈ K and z + αΔz ∈ K* (interior); closed form for symmetric cones,
     * backtracking by {@code backtrack} for exp/pow, which return 0 once α falls below {@code alphaMin}.
     */
    public abstract double stepLength(double[] dz, double[] ds, double[] z, double[] s, double alphaMax,
                                      double backtrack, double alphaMin);

    /**
     * f(s + αΔs) + f*(z + αΔz) + degree, with f and f* conjugate barriers, so that the value is −ν log μ on the
     * central path; +∞ outside the cone interior.
     */
    public abstract double barrier(double[] z, double[] s, double[] dz, double[] ds, double alpha);

    @Override public String toString() { return getClass().getSimpleName() + "[offset=" + off + ", dim=" + dim + "]"; }
}
