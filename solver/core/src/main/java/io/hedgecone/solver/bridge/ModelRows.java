package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;

/** Row access to a model's A (through its transpose) and the row constants g, for emitting canonical rows. */
final class ModelRows {
    private final CscMatrix at;
    private final double[] g;

    ModelRows(ModelData d) {
        this.at = d.a().transpose();
        this.g = d.g();
    }

    double constant(int row) { return g[row]; }

    /** Adds factor · (row {@code row} of A) to canonical row {@code target}. */
    void emit(ConicBuilder out, int target, int row, double factor) {
        int[] p = at.colPtr(), j = at.rowIdx();
        double[] v = at.values();
        for (int k = p[row]; k < p[row + 1]; k++) out.add(target, j[k], factor * v[k]);
    }
}
