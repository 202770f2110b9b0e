package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ModelData;

/**
 * MOSEK/CBF order r₀ ≥ r₁·exp(r₂/r₁) to the canonical order (x, y, z) with y·exp(x/y) ≤ z: (x, y, z) = (r₂, r₁, r₀).
 * The dual cones correspond under the same permutation.
 */
final class ExpConeBridge extends LinearConeBridge {
    ExpConeBridge(ModelData.Block block, ModelRows rows) { super(block, rows); }

    @Override ConeSpec cone() { return new ConeSpec.Exp(); }

    @Override double[][] transformRow(int k) { return new double[][]{{2 - k, 1.0}}; }
}
