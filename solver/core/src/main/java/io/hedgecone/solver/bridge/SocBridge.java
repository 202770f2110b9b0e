package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ModelData;

/** A quadratic cone block r₀ ≥ ‖r₁..‖ is the canonical Soc as it is (T = I). */
final class SocBridge extends LinearConeBridge {
    SocBridge(ModelData.Block block, ModelRows rows) { super(block, rows); }

    @Override ConeSpec cone() { return new ConeSpec.Soc(block.size()); }

    @Override double[][] transformRow(int k) { return new double[][]{{k, 1.0}}; }
}
