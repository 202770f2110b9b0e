package io.hedgecone.solver.api;

import io.hedgecone.solver.linalg.CscMatrix;

/** A constant matrix for {@link Expr#mul(Matrix, Expression)} and quadratic forms, shaped like Fusion's {@code Matrix}. */
public final class Matrix {
    private final CscMatrix m;

    private Matrix(CscMatrix m) { this.m = m; }

    /** From a dense row-major array (rows × cols). */
    public static Matrix dense(double[][] a) { return new Matrix(CscMatrix.fromDense(a)); }

    /** From coordinates; duplicates are summed. */
    public static Matrix sparse(int rows, int cols, int[] i, int[] j, double[] v) {
        if (i.length != j.length || i.length != v.length)
            throw new IllegalArgumentException("sparse matrix: " + i.length + " row indices, " + j.length + " column indices, " + v.length + " values");
        for (int k = 0; k < v.length; k++)
            if (!Double.isFinite(v[k])) throw new IllegalArgumentException("sparse matrix entry " + k + " at (" + i[k] + "," + j[k] + ") is " + v[k]);
        return new Matrix(CscMatrix.fromTriplets(rows, cols, i, j, v, v.length, false));
    }

    /** The n×n identity. */
    public static Matrix eye(int n) { return new Matrix(CscMatrix.identity(n)); }

    /** The n×n diagonal matrix diag(d). */
    public static Matrix diag(double... d) {
        int[] idx = new int[d.length];
        for (int k = 0; k < d.length; k++) idx[k] = k;
        return sparse(d.length, d.length, idx, idx, d);
    }

    /** Wraps an existing CSC matrix. */
    public static Matrix of(CscMatrix m) { return new Matrix(m); }

    public int rows() { return m.rows(); }
    public int cols() { return m.cols(); }
    public CscMatrix csc() { return m; }

    @Override public String toString() { return "Matrix[" + m.rows() + "x" + m.cols() + ", nnz=" + m.nnz() + "]"; }
}
