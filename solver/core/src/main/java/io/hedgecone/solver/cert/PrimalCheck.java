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

    /**
     * The first variable with lb &gt; ub or linear row with lo &gt; hi, described ("variable 'x' has lb 2 &gt; ub 1"), or
     * null. Such a model is infeasible, but no certificate in the (y, z) convention of {@link ModelData} shows it: it
     * would need a lower and an upper multiplier on the same bound pair, and y, z hold one net value each.
     */
    public static String crossedBound(ModelData data) {
        for (int j = 0; j < data.numVars(); j++)
            if (data.lb()[j] > data.ub()[j])
                return "variable '" + data.varNames().get(j) + "' has lb " + data.lb()[j] + " > ub " + data.ub()[j];
        for (ModelData.Block b : data.blocks()) {
            if (b.kind() != BlockKind.LINEAR) continue;
            for (int k = 0; k < b.size(); k++)
                if (b.lo()[k] > b.hi()[k])
                    return "row '" + data.rowNames().get(b.start() + k) + "' has lower bound " + b.lo()[k] + " > upper bound " + b.hi()[k];
        }
        return null;
    }

    private static double below(double value, double bound) {
        return Double.isInfinite(bound) ? 0 : Math.max(0, (bound - value) / (1 + Math.abs(bound)));
    }
}
