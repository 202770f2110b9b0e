package io.hedgecone.solver.linalg;

/**
 * Helpers for a symmetric n×n matrix K stored as its upper triangle (diagonal included) in CSC form, with the
 * values held apart from the pattern so that one pattern serves every refactorization.
 */
public final class UpperSymmetric {
    private UpperSymmetric() {}

    /**
     * Checks that {@code upper} is square and has no entry below the diagonal.
     *
     * @throws IllegalArgumentException naming the shape or the first entry below the diagonal
     */
    public static void requireUpperPattern(CscMatrix upper) {
        if (upper.rows() != upper.cols())
            throw new IllegalArgumentException("KKT pattern must be square, got " + upper.rows() + "x" + upper.cols());
        int[] cp = upper.colPtr(), ri = upper.rowIdx();
        for (int j = 0; j < upper.cols(); j++)
            for (int p = cp[j]; p < cp[j + 1]; p++)
                if (ri[p] > j)
                    throw new IllegalArgumentException("KKT pattern must be upper triangular, but entry (" + ri[p] + "," + j
                            + ") lies below the diagonal");
    }

    /**
     * Checks that {@code values} has one finite entry per stored entry of {@code upper}.
     *
     * @throws IllegalArgumentException naming the length mismatch or the first non-finite value
     */
    public static void requireValues(CscMatrix upper, double[] values) {
        if (values.length != upper.nnz())
            throw new IllegalArgumentException("value array length " + values.length + " != pattern nnz " + upper.nnz());
        for (int p = 0; p < values.length; p++)
            if (!Double.isFinite(values[p]))
                throw new IllegalArgumentException("non-finite KKT value " + values[p] + " at pattern position " + p);
    }

    /**
     * y = K x for symmetric K given by its upper-triangle {@code pattern} and {@code values} (aligned with
     * {@code pattern.values()}). {@code x}, {@code y}: length n, must be distinct arrays. Allocates nothing.
     */
    public static void multiply(CscMatrix pattern, double[] values, double[] x, double[] y) {
        int n = pattern.cols();
        int[] cp = pattern.colPtr(), ri = pattern.rowIdx();
        java.util.Arrays.fill(y, 0, n, 0.0);
        for (int j = 0; j < n; j++) {
            double xj = x[j], s = 0.0;
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = ri[p];
                double v = values[p];
                if (i == j) {
                    s += v * xj;
                } else { // the stored entry (i,j) stands for both (i,j) and (j,i)
                    y[i] += v * xj;
                    s += v * x[i];
                }
            }
            y[j] += s;
        }
    }

    /** r = b − K x (all length n, r distinct from x and b); returns ‖r‖∞. Allocates nothing. */
    public static double residual(CscMatrix pattern, double[] values, double[] x, double[] b, double[] r) {
        multiply(pattern, values, x, r);
        double norm = 0.0;
        for (int i = 0; i < pattern.cols(); i++) {
            r[i] = b[i] - r[i];
            norm = Math.max(norm, Math.abs(r[i]));
        }
        return norm;
    }

    /** ‖v‖∞ over the first {@code n} entries. */
    static double infNorm(double[] v, int n) {
        double m = 0.0;
        for (int i = 0; i < n; i++) m = Math.max(m, Math.abs(v[i]));
        return m;
    }
}
