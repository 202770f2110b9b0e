package io.hedgecone.solver.testing;

import io.hedgecone.solver.form.ModelData;

/** Independent recomputation of primal feasibility and the LP dual objective, for tests. */
public final class Kkt {
    private Kkt() { }

    /** Max violation of row and variable bounds, relative to 1 + |bound|; integrality not included. */
    public static double primalViolation(ModelData d, double[] x) {
        double v = 0;
        double[] r = d.rowValues(x);
        for (ModelData.Block b : d.blocks())
            for (int k = 0; k < b.size(); k++) {
                int i = b.start() + k;
                v = Math.max(v, below(r[i], b.lo()[k]));
                v = Math.max(v, below(-r[i], -b.hi()[k]));
            }
        for (int j = 0; j < x.length; j++) {
            v = Math.max(v, below(x[j], d.lb()[j]));
            v = Math.max(v, below(-x[j], -d.ub()[j]));
        }
        return v;
    }

    /** How far value lies below a lower bound, relative to 1 + |bound| (0 for an infinite bound). */
    private static double below(double value, double bound) {
        return Double.isInfinite(bound) ? 0 : Math.max(0, (bound - value) / (1 + Math.abs(bound)));
    }

    /**
     * LP dual objective c0 + Σ_i y_i b_i + Σ_j z_j b_j, b the bound each multiplier's sign points at (for
     * minimization: lower when positive; flipped for maximization), row bounds taken on Ax (lo − g, hi − g).
     * Equals cᵀx + c0 at an optimal primal-dual pair.
     */
    public static double dualObjective(ModelData d, double[] y, double[] z) {
        double s = d.maximize() ? -1 : 1;
        double v = d.c0();
        for (ModelData.Block b : d.blocks())
            for (int k = 0; k < b.size(); k++) {
                int i = b.start() + k;
                v += term(y[i], s * y[i] > 0 ? b.lo()[k] : b.hi()[k], d.g()[i]);
            }
        for (int j = 0; j < z.length; j++)
            v += term(z[j], s * z[j] > 0 ? d.lb()[j] : d.ub()[j], 0);
        return v;
    }

    /** w·(bound − g); rounding-level multipliers on an infinite bound count as 0, larger ones make the value NaN. */
    private static double term(double w, double bound, double g) {
        if (w == 0) return 0;
        if (Double.isInfinite(bound)) return Math.abs(w) <= 1e-9 ? 0 : Double.NaN;
        return w * (bound - g);
    }
}
