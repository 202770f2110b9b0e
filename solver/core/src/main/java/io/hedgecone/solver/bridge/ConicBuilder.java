package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.linalg.CscMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects canonical rows (Aᶜx + s = b, s ∈ K) from the bridges in "provisional" order, then lays them out as one
 * Zero cone, one Nonneg cone and the other cones in emission order. Bridges keep provisional row ids and read
 * canonical values back through {@link #toProvisional}.
 */
final class ConicBuilder {
    private enum Section { ZERO, NONNEG, CONE }

    private int cols;
    private int rows;
    private int[] ti, tj;
    private double[] tv;
    private int nnz;
    private double[] b;
    private Section[] section;
    private final List<ConeSpec> cones = new ArrayList<>();
    private final List<Integer> coneFirstRow = new ArrayList<>();
    private int[] finalRow;

    /** With room for about {@code expectedRows} rows and {@code expectedEntries} entries before it grows. */
    ConicBuilder(int modelVars, int expectedRows, int expectedEntries) {
        this.cols = modelVars;
        int e = Math.max(expectedEntries, 64), r = Math.max(expectedRows, 64);
        ti = new int[e]; tj = new int[e]; tv = new double[e];
        b = new double[r];
        section = new Section[r];
    }

    /** A new auxiliary canonical variable (column) beyond the model's; returns its index. */
    int addColumn() { return cols++; }

    int numCols() { return cols; }

    /** A row s = b − Aᶜx with s = 0. */
    int zeroRow(double rhs) { return newRow(Section.ZERO, rhs); }

    /** A row s = b − Aᶜx with s ≥ 0. */
    int nonnegRow(double rhs) { return newRow(Section.NONNEG, rhs); }

    /** {@code spec.dim()} consecutive rows forming one cone; returns the first provisional id. The right-hand sides start at 0. */
    int cone(ConeSpec spec) {
        int first = rows;
        for (int k = 0; k < spec.dim(); k++) newRow(Section.CONE, 0.0);
        cones.add(spec);
        coneFirstRow.add(first);
        return first;
    }

    void setRhs(int row, double rhs) { b[row] = rhs; }

    void addRhs(int row, double rhs) { b[row] += rhs; }

    /** Adds v to Aᶜ[row, col]. */
    void add(int row, int col, double v) {
        if (v == 0.0) return;
        if (nnz == ti.length) {
            int cap = nnz * 2;
            ti = Arrays.copyOf(ti, cap); tj = Arrays.copyOf(tj, cap); tv = Arrays.copyOf(tv, cap);
        }
        ti[nnz] = row; tj[nnz] = col; tv[nnz] = v; nnz++;
    }

    private int newRow(Section s, double rhs) {
        if (rows == b.length) {
            b = Arrays.copyOf(b, rows * 2);
            section = Arrays.copyOf(section, rows * 2);
        }
        b[rows] = rhs;
        section[rows] = s;
        return rows++;
    }

    /** Lays out the rows and builds the canonical problem with the given objective (P upper triangle, q padded to all columns). */
    ConicProblem build(CscMatrix pUpperModel, double[] qModel, double constant) {
        finalRow = new int[rows];
        int zeros = 0, nonneg = 0;
        for (int r = 0; r < rows; r++) {
            if (section[r] == Section.ZERO) zeros++;
            else if (section[r] == Section.NONNEG) nonneg++;
        }
        int nextZero = 0, nextNonneg = zeros, nextCone = zeros + nonneg;
        for (int r = 0; r < rows; r++) {
            switch (section[r]) {
                case ZERO -> finalRow[r] = nextZero++;
                case NONNEG -> finalRow[r] = nextNonneg++;
                case CONE -> finalRow[r] = nextCone++;
            }
        }
        List<ConeSpec> all = new ArrayList<>();
        if (zeros > 0) all.add(new ConeSpec.Zero(zeros));
        if (nonneg > 0) all.add(new ConeSpec.Nonneg(nonneg));
        all.addAll(cones);
        int[] fi = new int[nnz];
        for (int k = 0; k < nnz; k++) fi[k] = finalRow[ti[k]];
        CscMatrix a = CscMatrix.fromTriplets(rows, cols, fi, tj, tv, nnz, false);
        double[] bb = new double[rows];
        for (int r = 0; r < rows; r++) bb[finalRow[r]] = b[r];
        double[] q = Arrays.copyOf(qModel, cols);
        CscMatrix p = pUpperModel.cols() == cols ? pUpperModel : pad(pUpperModel, cols);
        return new ConicProblem(p, q, a, bb, all, constant);
    }

    /** Canonical row values (in final order) rearranged into provisional order. */
    double[] toProvisional(double[] finalValues) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) out[r] = finalValues[finalRow[r]];
        return out;
    }

    private static CscMatrix pad(CscMatrix p, int n) {
        int[] cp = Arrays.copyOf(p.colPtr(), n + 1);
        for (int j = p.cols() + 1; j <= n; j++) cp[j] = p.colPtr()[p.cols()];
        return new CscMatrix(n, n, cp, p.rowIdx(), p.values());
    }
}
