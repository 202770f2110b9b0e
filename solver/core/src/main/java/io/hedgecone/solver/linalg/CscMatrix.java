package io.hedgecone.solver.linalg;

import java.util.Arrays;

/**
 * Immutable sparse matrix in compressed sparse column form.
 *
 * <p>Column {@code j} holds the entries {@code rowIdx[k], values[k]} for {@code colPtr[j] <= k < colPtr[j+1]};
 * row indices within a column are strictly increasing (no duplicates). Arrays are owned by the matrix and must
 * not be modified by callers ({@link #values()} etc. return the internal arrays for speed).
 */
public final class CscMatrix {
    private final int rows;
    private final int cols;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final double[] values;

    /** Wraps CSC arrays after validating shape, sortedness and finiteness. */
    public CscMatrix(int rows, int cols, int[] colPtr, int[] rowIdx, double[] values) {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException("negative dimension " + rows + "x" + cols);
        if (colPtr.length != cols + 1) throw new IllegalArgumentException("colPtr length " + colPtr.length + " != cols+1 = " + (cols + 1));
        int nnz = colPtr[cols];
        if (colPtr[0] != 0 || rowIdx.length < nnz || values.length < nnz)
            throw new IllegalArgumentException("inconsistent CSC arrays: nnz=" + nnz);
        for (int j = 0; j < cols; j++) {
            if (colPtr[j + 1] < colPtr[j]) throw new IllegalArgumentException("colPtr decreases at column " + j);
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
                int r = rowIdx[k];
                if (r < 0 || r >= rows) throw new IllegalArgumentException("row index " + r + " out of range in column " + j);
                if (k > colPtr[j] && rowIdx[k - 1] >= r)
                    throw new IllegalArgumentException("row indices not strictly increasing in column " + j);
                if (!Double.isFinite(values[k]))
                    throw new IllegalArgumentException("non-finite entry " + values[k] + " at (" + r + "," + j + ")");
            }
        }
        this.rows = rows;
        this.cols = cols;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx.length == nnz ? rowIdx : Arrays.copyOf(rowIdx, nnz);
        this.values = values.length == nnz ? values : Arrays.copyOf(values, nnz);
    }

    /** An all-zero matrix. */
    public static CscMatrix zeros(int rows, int cols) {
        return new CscMatrix(rows, cols, new int[cols + 1], new int[0], new double[0]);
    }

    /** The n×n identity. */
    public static CscMatrix identity(int n) {
        int[] p = new int[n + 1];
        int[] r = new int[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) { p[i + 1] = i + 1; r[i] = i; v[i] = 1.0; }
        return new CscMatrix(n, n, p, r, v);
    }

    /** Builds from coordinate triplets; duplicates are summed, explicit zeros kept only if {@code keepZeros}. */
    public static CscMatrix fromTriplets(int rows, int cols, int[] ti, int[] tj, double[] tv, int count, boolean keepZeros) {
        for (int k = 0; k < count; k++)
            if (ti[k] < 0 || ti[k] >= rows || tj[k] < 0 || tj[k] >= cols)
                throw new IllegalArgumentException("entry (" + ti[k] + "," + tj[k] + ") outside " + rows + "x" + cols);
        int[] cnt = new int[cols + 1];
        int[] order = columnMajorOrder(rows, cols, ti, tj, count, cnt);
        // merge duplicates (adjacent, in input order)
        int[] outP = new int[cols + 1], r = new int[count];
        double[] v = new double[count];
        int nz = 0;
        for (int j = 0; j < cols; j++) {
            int start = nz;
            for (int s = cnt[j]; s < cnt[j + 1]; s++) {
                int k = order[s];
                if (nz > start && r[nz - 1] == ti[k]) v[nz - 1] += tv[k];
                else { r[nz] = ti[k]; v[nz] = tv[k]; nz++; }
            }
            if (!keepZeros) {
                int w = start;
                for (int k = start; k < nz; k++) if (v[k] != 0.0) { r[w] = r[k]; v[w] = v[k]; w++; }
                nz = w;
            }
            outP[j + 1] = nz;
        }
        return new CscMatrix(rows, cols, outP, Arrays.copyOf(r, nz), Arrays.copyOf(v, nz));
    }

    /**
     * The triplets 0..count−1 (indices in range) in column-major order, rows ascending within a column and equal
     * coordinates in input order: two stable counting sorts, by row and then by column, in O(count + rows + cols)
     * whatever the input order. Fills {@code colPtr} (length cols + 1) with where each column starts.
     */
    public static int[] columnMajorOrder(int rows, int cols, int[] ti, int[] tj, int count, int[] colPtr) {
        // triplets given row by row (a model flattened in order) need no sort by row
        boolean rowOrdered = true;
        for (int k = 1; k < count && rowOrdered; k++) rowOrdered = ti[k - 1] <= ti[k];
        int[] byRow = null;
        if (!rowOrdered) {
            int[] rowStart = new int[rows + 1];
            for (int k = 0; k < count; k++) rowStart[ti[k] + 1]++;
            for (int i = 0; i < rows; i++) rowStart[i + 1] += rowStart[i];
            byRow = new int[count];
            for (int k = 0; k < count; k++) byRow[rowStart[ti[k]]++] = k;
        }
        Arrays.fill(colPtr, 0);
        for (int k = 0; k < count; k++) colPtr[tj[k] + 1]++;
        for (int j = 0; j < cols; j++) colPtr[j + 1] += colPtr[j];
        int[] next = Arrays.copyOf(colPtr, cols);
        int[] order = new int[count];
        for (int s = 0; s < count; s++) {
            int k = byRow == null ? s : byRow[s];
            order[next[tj[k]]++] = k;
        }
        return order;
    }

    /** Builds from a dense row-major array, dropping zeros. */
    public static CscMatrix fromDense(double[][] a) {
        int m = a.length, n = m == 0 ? 0 : a[0].length;
        TripletBuilder b = new TripletBuilder(m, n);
        for (int i = 0; i < m; i++) {
            if (a[i].length != n) throw new IllegalArgumentException("ragged dense matrix: row " + i + " has " + a[i].length + " columns, expected " + n);
            for (int j = 0; j < n; j++) if (a[i][j] != 0.0) b.add(i, j, a[i][j]);
        }
        return b.build();
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public int nnz() { return colPtr[cols]; }
    public int[] colPtr() { return colPtr; }
    public int[] rowIdx() { return rowIdx; }
    public double[] values() { return values; }

    /** Entry (i, j), zero when not stored. O(log nnz(column)). */
    public double get(int i, int j) {
        int k = Arrays.binarySearch(rowIdx, colPtr[j], colPtr[j + 1], i);
        return k >= 0 ? values[k] : 0.0;
    }

    /** y += alpha * A x. */
    public void multiplyAdd(double alpha, double[] x, double[] y) {
        for (int j = 0; j < cols; j++) {
            double xj = x[j];
            if (xj == 0.0) continue;
            xj *= alpha;
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) y[rowIdx[k]] += values[k] * xj;
        }
    }

    /**
     * y += alpha·A x and w += beta·Aᵀ z in one pass over the entries: the two products of a saddle-point residual,
     * with the same terms in the same order as {@link #multiplyAdd} and {@link #transposeMultiplyAdd}.
     */
    public void multiplyAddBoth(double alpha, double[] x, double[] y, double beta, double[] z, double[] w) {
        for (int j = 0; j < cols; j++) {
            double xj = alpha * x[j], s = 0.0;
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
                int i = rowIdx[k];
                double v = values[k];
                y[i] += v * xj;
                s += v * z[i];
            }
            w[j] += beta * s;
        }
    }

    /** y += alpha * Aᵀ x. */
    public void transposeMultiplyAdd(double alpha, double[] x, double[] y) {
        for (int j = 0; j < cols; j++) {
            double s = 0.0;
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) s += values[k] * x[rowIdx[k]];
            y[j] += alpha * s;
        }
    }

    /** A x as a new vector. */
    public double[] multiply(double[] x) {
        double[] y = new double[rows];
        multiplyAdd(1.0, x, y);
        return y;
    }

    /** Aᵀ x as a new vector. */
    public double[] transposeMultiply(double[] x) {
        double[] y = new double[cols];
        transposeMultiplyAdd(1.0, x, y);
        return y;
    }

    /** The transpose as a new CSC matrix. */
    public CscMatrix transpose() {
        int nz = nnz();
        int[] cnt = new int[rows + 1];
        for (int k = 0; k < nz; k++) cnt[rowIdx[k] + 1]++;
        for (int i = 0; i < rows; i++) cnt[i + 1] += cnt[i];
        int[] pos = Arrays.copyOf(cnt, rows + 1);
        int[] r = new int[nz];
        double[] v = new double[nz];
        for (int j = 0; j < cols; j++)
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
                int q = pos[rowIdx[k]]++;
                r[q] = j;
                v[q] = values[k];
            }
        return new CscMatrix(cols, rows, cnt, r, v);
    }

    /** Rows {@code [from, to)} as a new matrix. */
    public CscMatrix rowRange(int from, int to) {
        if (from < 0 || to > rows || from > to) throw new IllegalArgumentException("bad row range [" + from + "," + to + ") of " + rows);
        int[] p = new int[cols + 1];
        int[] r = new int[nnz()];
        double[] v = new double[nnz()];
        int nz = 0;
        for (int j = 0; j < cols; j++) {
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) {
                int i = rowIdx[k];
                if (i >= from && i < to) { r[nz] = i - from; v[nz] = values[k]; nz++; }
            }
            p[j + 1] = nz;
        }
        return new CscMatrix(to - from, cols, p, Arrays.copyOf(r, nz), Arrays.copyOf(v, nz));
    }

    /** Dense copy (rows × cols), for small matrices and tests. */
    public double[][] toDense() {
        double[][] d = new double[rows][cols];
        for (int j = 0; j < cols; j++)
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) d[rowIdx[k]][j] = values[k];
        return d;
    }

    /** Max absolute entry of each row (0 for an empty row). */
    public double[] rowInfNorms() {
        double[] r = new double[rows];
        for (int k = 0; k < nnz(); k++) r[rowIdx[k]] = Math.max(r[rowIdx[k]], Math.abs(values[k]));
        return r;
    }

    /** Max absolute entry of each column. */
    public double[] colInfNorms() {
        double[] c = new double[cols];
        for (int j = 0; j < cols; j++)
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++) c[j] = Math.max(c[j], Math.abs(values[k]));
        return c;
    }

    /** True when the matrix equals its transpose exactly (structure and values). */
    public boolean isSymmetric() {
        if (rows != cols) return false;
        CscMatrix t = transpose();
        return Arrays.equals(colPtr, t.colPtr) && Arrays.equals(rowIdx, t.rowIdx) && Arrays.equals(values, t.values);
    }

    /** Upper triangle including the diagonal. */
    public CscMatrix upperTriangle() {
        int[] p = new int[cols + 1];
        int[] r = new int[nnz()];
        double[] v = new double[nnz()];
        int nz = 0;
        for (int j = 0; j < cols; j++) {
            for (int k = colPtr[j]; k < colPtr[j + 1]; k++)
                if (rowIdx[k] <= j) { r[nz] = rowIdx[k]; v[nz] = values[k]; nz++; }
            p[j + 1] = nz;
        }
        return new CscMatrix(rows, cols, p, Arrays.copyOf(r, nz), Arrays.copyOf(v, nz));
    }

    /** Exact structural and numerical equality. */
    @Override public boolean equals(Object o) {
        if (!(o instanceof CscMatrix m)) return false;
        return rows == m.rows && cols == m.cols && Arrays.equals(colPtr, m.colPtr)
                && Arrays.equals(rowIdx, m.rowIdx) && Arrays.equals(values, m.values);
    }

    @Override public int hashCode() { return 31 * (31 * rows + cols) + Arrays.hashCode(values); }

    @Override public String toString() { return "CscMatrix[" + rows + "x" + cols + ", nnz=" + nnz() + "]"; }

    /** Accumulates coordinate entries, then builds (duplicates summed, zeros dropped). */
    public static final class TripletBuilder {
        private final int rows, cols;
        private int[] ti, tj;
        private double[] tv;
        private int count;

        public TripletBuilder(int rows, int cols) { this(rows, cols, 16); }

        /** With room for {@code capacity} entries before it grows. */
        public TripletBuilder(int rows, int cols, int capacity) {
            this.rows = rows;
            this.cols = cols;
            int cap = Math.max(capacity, 1);
            ti = new int[cap]; tj = new int[cap]; tv = new double[cap];
        }

        public TripletBuilder add(int i, int j, double v) {
            if (count == ti.length) {
                int cap = count * 2;
                ti = Arrays.copyOf(ti, cap); tj = Arrays.copyOf(tj, cap); tv = Arrays.copyOf(tv, cap);
            }
            ti[count] = i; tj[count] = j; tv[count] = v; count++;
            return this;
        }

        public int size() { return count; }

        public CscMatrix build() { return fromTriplets(rows, cols, ti, tj, tv, count, false); }
    }
}
