package io.hedgecone.design.algebra;

/**
 * Cholesky factor V = L·Lᵀ of a symmetric positive definite r×r matrix stored row-major in a flat array.
 * Designs need log det V, leverages zᵀV⁻¹z = ‖L⁻¹z‖² and V⁻¹; all three come from L.
 */
public final class Cholesky {
    /**
     * A pivot below this fraction of the largest diagonal entry counts as zero: beyond it V⁻¹ carries no correct
     * digits in double precision (condition number ≳ 1e14).
     */
    public static final double SINGULAR_PIVOT = 1e-14;

    private final int r;
    private final double[] l; // lower triangle, row-major r×r; upper part zero

    private Cholesky(int r, double[] l) {
        this.r = r;
        this.l = l;
    }

    /**
     * Factors {@code a} (r×r row-major; only the lower triangle is read). Returns null when {@code a} is not
     * numerically positive definite (a pivot ≤ {@link #SINGULAR_PIVOT}·max diag).
     */
    public static Cholesky factor(double[] a, int r) {
        if (a.length < r * r) throw new IllegalArgumentException("matrix has " + a.length + " entries, expected " + r * r);
        double maxDiag = 0;
        for (int i = 0; i < r; i++) maxDiag = Math.max(maxDiag, a[i * r + i]);
        if (!(maxDiag > 0) || !Double.isFinite(maxDiag)) return null;
        double[] l = new double[r * r];
        for (int j = 0; j < r; j++) {
            double d = a[j * r + j];
            for (int k = 0; k < j; k++) d -= l[j * r + k] * l[j * r + k];
            if (!(d > SINGULAR_PIVOT * maxDiag)) return null;
            double ljj = Math.sqrt(d);
            l[j * r + j] = ljj;
            for (int i = j + 1; i < r; i++) {
                double s = a[i * r + j];
                for (int k = 0; k < j; k++) s -= l[i * r + k] * l[j * r + k];
                l[i * r + j] = s / ljj;
            }
        }
        return new Cholesky(r, l);
    }

    public int size() { return r; }

    /** log det V = 2·Σ log L_jj. */
    public double logDet() {
        double s = 0;
        for (int j = 0; j < r; j++) s += Math.log(l[j * r + j]);
        return 2 * s;
    }

    /** L_jj (j-th diagonal entry of the factor). */
    public double diag(int j) { return l[j * r + j]; }

    /** The factor L as a fresh row-major r×r array. */
    public double[] lower() { return l.clone(); }

    /** Solves L·y = x for x = src[off..off+r) into dst[0..r). */
    public void forwardSolve(double[] src, int off, double[] dst) {
        for (int i = 0; i < r; i++) {
            double s = src[off + i];
            int row = i * r;
            for (int k = 0; k < i; k++) s -= l[row + k] * dst[k];
            dst[i] = s / l[row + i];
        }
    }

    /** Solves Lᵀ·x = y in place. */
    public void backSolve(double[] y) {
        for (int i = r - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < r; k++) s -= l[k * r + i] * y[k];
            y[i] = s / l[i * r + i];
        }
    }

    /** zᵀV⁻¹z = ‖L⁻¹z‖² for z = src[off..off+r); {@code work} has length ≥ r. */
    public double leverage(double[] src, int off, double[] work) {
        forwardSolve(src, off, work);
        double s = 0;
        for (int i = 0; i < r; i++) s += work[i] * work[i];
        return s;
    }

    /** V⁻¹z into {@code out} (length r) for z = src[off..off+r). */
    public void solve(double[] src, int off, double[] out) {
        forwardSolve(src, off, out);
        backSolve(out);
    }

    /** V⁻¹ as a full symmetric row-major r×r array. */
    public double[] inverse() {
        double[] inv = new double[r * r];
        double[] e = new double[r], col = new double[r];
        for (int j = 0; j < r; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            solve(e, 0, col);
            for (int i = 0; i < r; i++) inv[i * r + j] = col[i];
        }
        // symmetrise away rounding so rank-one updates start from an exactly symmetric matrix
        for (int i = 0; i < r; i++)
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (inv[i * r + j] + inv[j * r + i]);
                inv[i * r + j] = m;
                inv[j * r + i] = m;
            }
        return inv;
    }
}
