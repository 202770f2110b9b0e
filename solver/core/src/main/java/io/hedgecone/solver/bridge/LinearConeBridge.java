package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ModelData;

/**
 * A cone block whose canonical slack is a fixed linear transform of the block's rows: s = T(A_b x + g_b) ∈ K,
 * i.e. canonical rows −T·A_b with right-hand side T·g_b, and duals y_b = Tᵀ zᶜ. Subclasses supply T and K.
 */
abstract class LinearConeBridge implements RowBridge {
    protected final ModelData.Block block;
    private final ModelRows rows;
    private int first = -1;

    LinearConeBridge(ModelData.Block block, ModelRows rows) {
        this.block = block;
        this.rows = rows;
    }

    /** The canonical cone. */
    abstract ConeSpec cone();

    /** T as sparse rows: for canonical row k, pairs (block row, coefficient). */
    abstract double[][] transformRow(int k);

    @Override public void emit(ConicBuilder out) {
        first = out.cone(cone());
        for (int k = 0; k < cone().dim(); k++) {
            double rhs = 0;
            for (double[] term : transformRow(k)) {
                int row = block.start() + (int) term[0];
                rows.emit(out, first + k, row, -term[1]);
                rhs += term[1] * rows.constant(row);
            }
            out.setRhs(first + k, rhs);
        }
    }

    @Override public void mapDuals(double[] zc, double[] y, double[] z) {
        for (int k = 0; k < cone().dim(); k++)
            for (double[] term : transformRow(k)) y[block.start() + (int) term[0]] += term[1] * zc[first + k];
    }
}
