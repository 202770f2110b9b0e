package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ModelData;

/**
 * MOSEK power cone r₀^α·r₁^(1−α) ≥ ‖r₂..‖ to canonical cones. Size 3 is the canonical Pow(α) as it is; size 2 pads a
 * zero third row; larger sizes add an auxiliary variable t with (r₀, r₁, t) ∈ Pow(α) and (t, r₂, …) ∈ Soc.
 * Duals: y = (z_pow₀, z_pow₁, z_pow₂) for size 3, and (z_pow₀, z_pow₁, z_soc₁, …) with the auxiliary split.
 */
final class PowerConeBridge implements RowBridge {
    private final ModelData.Block block;
    private final ModelRows rows;
    private int powFirst = -1, socFirst = -1;

    PowerConeBridge(ModelData.Block block, ModelRows rows) {
        this.block = block;
        this.rows = rows;
    }

    @Override public void emit(ConicBuilder out) {
        int n = block.size();
        powFirst = out.cone(new ConeSpec.Pow(block.alpha()));
        emitRow(out, powFirst, 0);
        emitRow(out, powFirst + 1, 1);
        if (n == 3) emitRow(out, powFirst + 2, 2);
        if (n > 3) {
            int t = out.addColumn();
            out.add(powFirst + 2, t, -1.0);            // s = t
            socFirst = out.cone(new ConeSpec.Soc(n - 1));
            out.add(socFirst, t, -1.0);                // s₀ = t
            for (int k = 2; k < n; k++) emitRow(out, socFirst + k - 1, k);
        }
    }

    /** Canonical row {@code target} gets s = r_k = a x + g. */
    private void emitRow(ConicBuilder out, int target, int k) {
        int row = block.start() + k;
        rows.emit(out, target, row, -1.0);
        out.setRhs(target, rows.constant(row));
    }

    @Override public void mapDuals(double[] zc, double[] y, double[] z) {
        int n = block.size(), s = block.start();
        y[s] += zc[powFirst];
        y[s + 1] += zc[powFirst + 1];
        if (n == 3) y[s + 2] += zc[powFirst + 2];
        for (int k = 2; k < n && n > 3; k++) y[s + k] += zc[socFirst + k - 1];
    }
}
