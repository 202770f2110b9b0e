package io.hedgecone.bandits.linalg;

/**
 * Cholesky factor of a symmetric positive semidefinite matrix, Σ = L Lᵀ with L lower triangular. Pivots within
 * a relative tolerance of zero are treated as exact zeros (a semidefinite Σ, e.g. a known arm, is legitimate);
 * clearly negative pivots mean Σ is not PSD.
 */
public final class Cholesky {
    /** Pivots above −TOL·max|Σ| count as zero; below, Σ is rejected as not PSD. */
    public static final double TOL = 1e-10;

    private Cholesky() { }

    /** Thrown when the matrix is not symmetric PSD; {@code index} is the offending row. */
    public static final class NotPsdException extends Exception {
        private final int index;

        NotPsdException(String msg, int index) {
            super(msg);
            this.index = index;
        }

        public int index() { return index; }
    }

    /** The lower-triangular factor of a symmetric PSD matrix s (n×n). */
    public static double[][] factor(double[][] s) throws NotPsdException {
        int n = s.length;
        double scale = Math.max(Dense.maxAbs(s), Double.MIN_NORMAL);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++)
                if (Math.abs(s[i][j] - s[j][i]) > 1e-9 * scale)
                    throw new NotPsdException("not symmetric: entry [" + i + "][" + j + "] = " + s[i][j] + " but [" + j + "][" + i + "] = " + s[j][i], i);
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = s[j][j];
            for (int p = 0; p < j; p++) d -= l[j][p] * l[j][p];
            if (d < -TOL * scale) throw new NotPsdException("not positive semidefinite (pivot " + j + " is " + d + ")", j);
            if (d <= TOL * scale) {
                // Zero pivot: the column is zero; the remaining rows must not need it (else Σ is indefinite).
                for (int i = j + 1; i < n; i++) {
                    double v = s[i][j];
                    for (int p = 0; p < j; p++) v -= l[i][p] * l[j][p];
                    if (Math.abs(v) > Math.sqrt(TOL) * scale)
                        throw new NotPsdException("not positive semidefinite (zero pivot " + j + " with coupling to row " + i + ")", j);
                }
                continue;
            }
            double ljj = Math.sqrt(d);
            l[j][j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double v = s[i][j];
                for (int p = 0; p < j; p++) v -= l[i][p] * l[j][p];
                l[i][j] = v / ljj;
            }
        }
        return l;
    }

    /** Inverse of a symmetric positive definite matrix (n×n) through its Cholesky factor. */
    public static double[][] inverseSpd(double[][] s) throws NotPsdException {
        double[][] l = factor(s);
        int n = s.length;
        for (int i = 0; i < n; i++)
            if (l[i][i] == 0) throw new NotPsdException("singular (pivot " + i + " is zero)", i);
        double[][] inv = new double[n][n];
        for (int c = 0; c < n; c++) {
            double[] e = new double[n];
            e[c] = 1;
            double[] x = solve(l, e);
            for (int r = 0; r < n; r++) inv[r][c] = x[r];
        }
        return inv;
    }

    /** Solves (L Lᵀ) x = b for a nonsingular lower-triangular L. */
    public static double[] solve(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double v = b[i];
            for (int p = 0; p < i; p++) v -= l[i][p] * y[p];
            y[i] = v / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double v = y[i];
            for (int p = i + 1; p < n; p++) v -= l[p][i] * x[p];
            x[i] = v / l[i][i];
        }
        return x;
    }
}
