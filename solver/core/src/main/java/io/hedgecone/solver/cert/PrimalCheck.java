package io.hedgecone.solver.cert;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;

/**
 * Primal feasibility of a point for the linear blocks, bounds and integrality of a {@link ModelData}. Backends use
 * it before they call a point from a stopped solve FEASIBLE.
 */
public final class PrimalCheck {
    private PrimalCheck() { }

    /**
     * Largest violation: of each finite row or variable bound relative to 1 + |bound|, and of integrality
     * (distance to the nearest integer). Cone blocks are not checked. {@code +∞} for a missing or non-finite x.
     */
    public static double violation(ModelData data, double[] x) {
        if (x == null || x.length != data.numVars()) return Double.POSITIVE_INFINITY;
        for (double v : x) if (!Double.isFinite(v)) return Double.POSITIVE_INFINITY;
        double worst = 0;
        double[] r = data.rowValues(x);
        for (ModelData.Block b : data.blocks()) {
            if (b.kind() != BlockKind.LINEAR) continue;
            for (int k = 0; k < b.size(); k++) {
                int i = b.start() + k;
                worst = Math.max(worst, below(r[i], b.lo()[k]));
                worst = Math.max(worst, below(-r[i], -b.hi()[k]));
            }
        }
        for (int j = 0; j < x.length; j++) {
            worst = Math.max(worst, below(x[j], data.lb()[j]));
            worst = Math.max(worst, below(-x[j], -data.ub()[j]));
            if (data.integer()[j]) worst = Math.max(worst, Math.abs(x[j] - Math.rint(x[j])));
        }
        return worst;
    }

    private static double below(double value, double bound) {
        return Double.isInfinite(bound) ? 0 : Math.max(0, (bound - value) / (1 + Math.abs(bound)));
    }
}
