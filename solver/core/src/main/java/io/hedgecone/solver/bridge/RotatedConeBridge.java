package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ModelData;

/**
 * Rotated cone 2·r₀·r₁ ≥ ‖r₂..‖² (r₀, r₁ ≥ 0) as the Soc of ((r₀+r₁)/√2, (r₀−r₁)/√2, r₂, …): T is symmetric and
 * orthogonal, so the rotated cone is self-dual in the same way and y = T zᶜ.
 */
final class RotatedConeBridge extends LinearConeBridge {
    private static final double H = Math.sqrt(0.5);

    RotatedConeBridge(ModelData.Block block, ModelRows rows) { super(block, rows); }

    @Override ConeSpec cone() { return new ConeSpec.Soc(block.size()); }

    @Override double[][] transformRow(int k) {
        return switch (k) {
            case 0 -> new double[][]{{0, H}, {1, H}};
            case 1 -> new double[][]{{0, H}, {1, -H}};
            default -> new double[][]{{k, 1.0}};
        };
    }
}
