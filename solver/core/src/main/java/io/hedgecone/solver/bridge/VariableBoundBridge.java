package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ModelData;

/**
 * Variable bounds lb ≤ x ≤ ub as canonical rows: a fixed variable becomes a Zero row, each finite bound a Nonneg row
 * (s = x − lb, s = ub − x). Duals: z = z(lower) − z(upper) − z(fixed).
 */
final class VariableBoundBridge implements RowBridge {
    private final double[] lb, ub;
    private final int[] lowerRow, upperRow, fixedRow;

    VariableBoundBridge(ModelData d) {
        this.lb = d.lb();
        this.ub = d.ub();
        int n = lb.length;
        lowerRow = LinearRowBridge.filled(n);
        upperRow = LinearRowBridge.filled(n);
        fixedRow = LinearRowBridge.filled(n);
    }

    @Override public void emit(ConicBuilder out) {
        for (int j = 0; j < lb.length; j++) {
            if (lb[j] == ub[j]) {
                fixedRow[j] = out.zeroRow(lb[j]);
                out.add(fixedRow[j], j, 1.0);
                continue;
            }
            if (lb[j] != Double.NEGATIVE_INFINITY) {
                lowerRow[j] = out.nonnegRow(-lb[j]);
                out.add(lowerRow[j], j, -1.0);
            }
            if (ub[j] != Double.POSITIVE_INFINITY) {
                upperRow[j] = out.nonnegRow(ub[j]);
                out.add(upperRow[j], j, 1.0);
            }
        }
    }

    @Override public void mapDuals(double[] zc, double[] y, double[] z) {
        for (int j = 0; j < lb.length; j++) {
            if (fixedRow[j] >= 0) z[j] -= zc[fixedRow[j]];
            if (lowerRow[j] >= 0) z[j] += zc[lowerRow[j]];
            if (upperRow[j] >= 0) z[j] -= zc[upperRow[j]];
        }
    }
}
