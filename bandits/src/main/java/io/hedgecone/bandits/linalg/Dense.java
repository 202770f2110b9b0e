package io.hedgecone.bandits.linalg;

/**
 * Small dense kernels for posterior algebra (d is tens to a few hundred, so O(d³) is cheap). Matrices are
 * row-major {@code double[rows][cols]}. The solver's own linear algebra is not used: bandits reaches the solver
 * only through its modeling API.
 */
public final class Dense {
    private Dense() { }

    /** y = M x for M (r×c), x (c). */
    public static double[] mul(double[][] m, double[] x) {
        double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            double[] row = m[i];
            for (int j = 0; j < x.length; j++) s += row[j] * x[j];
            y[i] = s;
        }
        return y;
    }

    /** y = Mᵀ x for M (r×c), x (r). */
    public static double[] mulT(double[][] m, double[] x) {
        int c = m.length == 0 ? 0 : m[0].length;
        double[] y = new double[c];
        for (int i = 0; i < m.length; i++) {
            double xi = x[i];
            if (xi == 0) continue;
            double[] row = m[i];
            for (int j = 0; j < c; j++) y[j] += row[j] * xi;
        }
        return y;
    }

    /** A B for A (r×n), B (n×c). */
    public static double[][] mul(double[][] a, double[][] b) {
        int r = a.length, n = b.length, c = n == 0 ? 0 : b[0].length;
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++)
            for (int p = 0; p < n; p++) {
                double aip = a[i][p];
                if (aip == 0) continue;
                double[] bp = b[p], oi = out[i];
                for (int j = 0; j < c; j++) oi[j] += aip * bp[j];
            }
        return out;
    }

    /** L Lᵀ for a square L. */
    public static double[][] gram(double[][] l) {
        int n = l.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++) {
                double v = 0;
                for (int p = 0; p < n; p++) v += l[i][p] * l[j][p];
                s[i][j] = v;
                s[j][i] = v;
            }
        return s;
    }

    /** The n×n identity. */
    public static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) m[i][i] = 1;
        return m;
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    public static double norm(double[] a) { return Math.sqrt(dot(a, a)); }

    /** Largest absolute entry. */
    public static double maxAbs(double[][] m) {
        double s = 0;
        for (double[] row : m) for (double v : row) s = Math.max(s, Math.abs(v));
        return s;
    }

    /** Deep copy. */
    public static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
        return c;
    }
}
