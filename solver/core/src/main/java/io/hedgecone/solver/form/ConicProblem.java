package io.hedgecone.solver.form;

import io.hedgecone.solver.linalg.CscMatrix;

import java.util.List;

/**
 * The canonical problem every conic backend works on:
 * <pre>
 *   minimize   ½ xᵀPx + qᵀx + constant
 *   subject to Ax + s = b,  s ∈ K = K₁ × … × K_p
 * </pre>
 * {@code P} is n×n symmetric positive semidefinite given by its upper triangle (diagonal included),
 * {@code A} is m×n, and the cones cover the m rows in order. The dual is
 * maximize −½xᵀPx − bᵀz subject to Px + q + Aᵀz = 0, z ∈ K*.
 */
public record ConicProblem(CscMatrix pUpper, double[] q, CscMatrix a, double[] b, List<ConeSpec> cones, double constant) {
    public ConicProblem {
        int n = q.length, m = b.length;
        if (pUpper.rows() != n || pUpper.cols() != n)
            throw new IllegalArgumentException("P is " + pUpper.rows() + "x" + pUpper.cols() + ", expected " + n + "x" + n);
        if (a.rows() != m || a.cols() != n)
            throw new IllegalArgumentException("A is " + a.rows() + "x" + a.cols() + ", expected " + m + "x" + n);
        int[] cp = pUpper.colPtr(), ri = pUpper.rowIdx();
        for (int j = 0; j < n; j++)
            for (int k = cp[j]; k < cp[j + 1]; k++)
                if (ri[k] > j) throw new IllegalArgumentException("P must be given as its upper triangle; entry (" + ri[k] + "," + j + ") is below the diagonal");
        int rows = 0;
        for (ConeSpec c : cones) rows += c.dim();
        if (rows != m) throw new IllegalArgumentException("cones cover " + rows + " rows but A has " + m);
        checkFinite(q, "q");
        checkFinite(b, "b");
        if (!Double.isFinite(constant)) throw new IllegalArgumentException("objective constant is " + constant);
        cones = List.copyOf(cones);
    }

    public int numVars() { return q.length; }
    public int numRows() { return b.length; }

    /** ½xᵀPx + qᵀx + constant. */
    public double objective(double[] x) {
        double v = constant;
        for (int i = 0; i < x.length; i++) v += q[i] * x[i];
        return v + 0.5 * quadForm(pUpper, x);
    }

    /** xᵀPx for P given by its upper triangle. */
    public static double quadForm(CscMatrix upper, double[] x) {
        double s = 0;
        int[] cp = upper.colPtr(), ri = upper.rowIdx();
        double[] v = upper.values();
        for (int j = 0; j < upper.cols(); j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                int i = ri[k];
                s += (i == j ? 1.0 : 2.0) * v[k] * x[i] * x[j];
            }
        return s;
    }

    /** y += P x for P given by its upper triangle. */
    public static void symMultiplyAdd(CscMatrix upper, double[] x, double[] y) {
        int[] cp = upper.colPtr(), ri = upper.rowIdx();
        double[] v = upper.values();
        for (int j = 0; j < upper.cols(); j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                int i = ri[k];
                y[i] += v[k] * x[j];
                if (i != j) y[j] += v[k] * x[i];
            }
    }

    static void checkFinite(double[] v, String what) {
        for (int i = 0; i < v.length; i++)
            if (!Double.isFinite(v[i])) throw new IllegalArgumentException(what + "[" + i + "] is " + v[i]);
    }
}
