package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ModelData;

/**
 * lo ≤ aᵢx + gᵢ ≤ hi as canonical rows: an equality becomes one Zero row, each finite side of a range one Nonneg row
 * (s = aᵢx + gᵢ − lo and s = hi − aᵢx − gᵢ); a free row emits nothing. Duals: y = z(lower) − z(upper) − z(equality).
 */
final class LinearRowBridge implements RowBridge {
    private final ModelData.Block block;
    private final ModelRows rows;
    private final int[] lowerRow, upperRow, equalRow;

    LinearRowBridge(ModelData.Block block, ModelRows rows) {
        this.block = block;
        this.rows = rows;
        int n = block.size();
        lowerRow = filled(n);
        upperRow = filled(n);
        equalRow = filled(n);
    }

    static int[] filled(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    @Override public void emit(ConicBuilder out) {
        for (int i = 0; i < block.size(); i++) {
            int row = block.start() + i;
            double lo = block.lo()[i], hi = block.hi()[i], g = rows.constant(row);
            if (lo == hi) {
                int r = out.zeroRow(lo - g);
                rows.emit(out, r, row, 1.0);
                equalRow[i] = r;
                continue;
            }
            if (lo != Double.NEGATIVE_INFINITY) {
                int r = out.nonnegRow(g - lo);
                rows.emit(out, r, row, -1.0);
                lowerRow[i] = r;
            }
            if (hi != Double.POSITIVE_INFINITY) {
                int r = out.nonnegRow(hi - g);
                rows.emit(out, r, row, 1.0);
                upperRow[i] = r;
            }
        }
    }

    @Override public void mapDuals(double[] zc, double[] y, double[] z) {
        for (int i = 0; i < block.size(); i++) {
            int row = block.start() + i;
            if (equalRow[i] >= 0) y[row] -= zc[equalRow[i]];
            if (lowerRow[i] >= 0) y[row] += zc[lowerRow[i]];
            if (upperRow[i] >= 0) y[row] -= zc[upperRow[i]];
        }
    }
}
