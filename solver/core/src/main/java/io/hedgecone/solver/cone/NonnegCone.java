package io.hedgecone.solver.cone;

import java.util.Arrays;

/** The nonnegative orthant. Nesterov–Todd scaling is diagonal: W = diag(√(s/z)), λ = √(s∘z). */
public final class NonnegCone extends Cone {
    private final double[] w;      // √(s_i/z_i)
    private final double[] lambda; // √(s_i z_i)

    NonnegCone(int offset, int dim) {
        super(offset, dim);
        w = new double[dim];
        lambda = new double[dim];
    }

    @Override public int degree() { return dim; }
    @Override public boolean isSymmetric() { return true; }

    @Override public void unitInitialization(double[] s, double[] z) {
        Arrays.fill(s, off, off + dim, 1.0);
        Arrays.fill(z, off, off + dim, 1.0);
    }

    @Override public double minMargin(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = off; i < off + dim; i++) m = Math.min(m, v[i]);
        return m;
    }

    @Override public double positiveMargin(double[] v) {
        double p = 0;
        for (int i = off; i < off + dim; i++) if (v[i] > 0) p += v[i];
        return p;
    }

    /**
     * Per entry, with e = dsPrimal − ds: in the scaled space the error is |e|·√(z/s) against λ = √(sz), a relative
     * harm |e|/(tol·s); in the primal residual the harm is |e|/primalTol. The primal form wins when s &gt; primalTol/tol.
     */
    @Override public void selectSlackStep(double[] ds, double[] dsPrimal, double primalTol) {
        for (int i = 0; i < dim; i++) {
            double e = Math.abs(dsPrimal[off + i] - ds[off + i]);
            double s = w[i] * lambda[i]; // √(s/z)·√(sz)
            if (e > primalTol && SLACK_STEP_SCALED_TOL * s > primalTol) ds[off + i] = dsPrimal[off + i];
        }
    }

    @Override public void shiftAlongIdentity(double[] v, double a, boolean dual) {
        for (int i = off; i < off + dim; i++) v[i] += a;
    }

    @Override public boolean updateScaling(double[] s, double[] z, double mu, ScalingStrategy strategy) {
        for (int i = 0; i < dim; i++) {
            double si = s[off + i], zi = z[off + i];
            if (!(si > 0 && zi > 0) || !Double.isFinite(si) || !Double.isFinite(zi)) return false;
            w[i] = Math.sqrt(si / zi);
            lambda[i] = Math.sqrt(si * zi);
        }
        return true;
    }

    @Override public void setIdentityScaling() {
        Arrays.fill(w, 1.0);
        Arrays.fill(lambda, 1.0);
    }

    /** Entry i of the diagonal H = W² = diag(s/z). */
    public double hessianDiagonal(int i) { return w[i] * w[i]; }

    @Override public void mulH(double[] y, double[] x) {
        for (int i = 0; i < dim; i++) y[off + i] = w[i] * w[i] * x[off + i];
    }

    @Override public KktShape kktShape() { return KktShape.DIAGONAL; }

    @Override public void writeKkt(double[] kktValues, int[] map) {
        for (int i = 0; i < dim; i++) kktValues[map[i]] = -w[i] * w[i];
    }

    @Override public void combinedDs(double[] r, double[] s, double[] z, double[] dsAff, double[] dzAff, double sigmaMu, double m) {
        // r = W (λ \ (λ∘λ + m·(W⁻¹Δs)∘(WΔz) − σμ e)) = (λ² + mΔsΔz − σμ)·w/λ
        for (int i = 0; i < dim; i++) {
            int k = off + i;
            double l = lambda[i];
            r[k] = (l * l + m * dsAff[k] * dzAff[k] - sigmaMu) * (w[i] / l);
        }
    }

    @Override public double stepLength(double[] dz, double[] ds, double[] z, double[] s, double alphaMax, double backtrack, double alphaMin) {
        double a = alphaMax;
        for (int k = off; k < off + dim; k++) {
            if (dz[k] < 0) a = Math.min(a, -z[k] / dz[k]);
            if (ds[k] < 0) a = Math.min(a, -s[k] / ds[k]);
        }
        return a;
    }

    @Override public double barrier(double[] z, double[] s, double[] dz, double[] ds, double alpha) {
        double b = 0;
        for (int k = off; k < off + dim; k++) {
            double p = (s[k] + alpha * ds[k]) * (z[k] + alpha * dz[k]);
            if (!(p > 0)) return Double.POSITIVE_INFINITY;
            b -= Math.log(p);
        }
        return b;
    }
}
