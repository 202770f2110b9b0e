package io.hedgecone.solver.linalg;

import java.util.Arrays;

/**
 * Dense LDLᵀ factorization without pivoting, in the natural order, with the same dynamic regularisation as
 * {@link SparseLdl}. O(n²) memory and O(n³/3) flops per factorization: for small systems and as a test oracle.
 * Not thread-safe; {@link #factor} and {@link #solve} allocate nothing.
 */
public final class DenseLdl implements QuasiDefiniteLdl {
    private final CscMatrix pattern;
    private final int n;
    private final double[][] l; // strictly lower part holds L; diagonal of the working copy is overwritten by D
    private final double[] d, work;
    private boolean factored;

    /** Prepares for an n×n upper-triangle pattern (diagonal included; missing entries count as zero). */
    public DenseLdl(CscMatrix upperPattern) {
        UpperSymmetric.requireUpperPattern(upperPattern);
        this.pattern = upperPattern;
        this.n = upperPattern.cols();
        this.l = new double[n][n];
        this.d = new double[n];
        this.work = new double[n];
    }

    @Override
    public int factor(double[] upperValues, int[] signs, double dynamicThreshold, double dynamicDelta) {
        UpperSymmetric.requireValues(pattern, upperValues);
        if (signs.length != n) throw new IllegalArgumentException("signs length " + signs.length + " != dimension " + n);
        for (int i = 0; i < n; i++)
            if (signs[i] != 1 && signs[i] != -1) throw new IllegalArgumentException("signs[" + i + "] = " + signs[i] + ", expected +1 or -1");
        factored = false;
        for (double[] row : l) Arrays.fill(row, 0.0);
        int[] cp = pattern.colPtr(), ri = pattern.rowIdx();
        for (int j = 0; j < n; j++)
            for (int p = cp[j]; p < cp[j + 1]; p++) l[j][ri[p]] = upperValues[p]; // store as lower: (j, i), i <= j

        int regularised = 0;
        for (int j = 0; j < n; j++) {
            double[] lj = l[j];
            // w_k = L(j,k)·d_k, reused for the whole column j
            for (int k = 0; k < j; k++) work[k] = lj[k] * d[k];
            double dj = lj[j];
            for (int k = 0; k < j; k++) dj -= lj[k] * work[k];
            if (!(signs[j] * dj >= dynamicThreshold)) {
                dj = signs[j] * dynamicDelta;
                regularised++;
            }
            if (dj == 0.0 || !Double.isFinite(dj))
                throw new ArithmeticException("pivot " + dj + " at index " + j + " (dynamic threshold " + dynamicThreshold + ", delta " + dynamicDelta + ")");
            d[j] = dj;
            for (int i = j + 1; i < n; i++) {
                double[] li = l[i];
                double s = li[j];
                for (int k = 0; k < j; k++) s -= li[k] * work[k];
                li[j] = s / dj;
            }
        }
        factored = true;
        return regularised;
    }

    @Override
    public void solve(double[] b) {
        if (!factored) throw new IllegalStateException("solve called before a successful factor");
        if (b.length != n) throw new IllegalArgumentException("right-hand side length " + b.length + " != dimension " + n);
        for (int i = 0; i < n; i++) {
            double s = b[i];
            double[] li = l[i];
            for (int k = 0; k < i; k++) s -= li[k] * b[k];
            b[i] = s;
        }
        for (int i = 0; i < n; i++) b[i] /= d[i];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) s -= l[k][i] * b[k];
            b[i] = s;
        }
    }

    @Override public int dimension() { return n; }

    /** Structural count of the strictly lower L of a dense factorization: n(n−1)/2. */
    @Override public long factorNonzeros() { return (long) n * (n - 1) / 2; }
}
