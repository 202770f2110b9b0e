package io.hedgecone.solver.api;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.verify.SolutionVerifier;
import io.hedgecone.solver.verify.VerificationReport;

/**
 * The result of {@link Model#solve()}: statuses, objective, values and duals per variable and constraint, the
 * backend's {@link Info}, and an independent {@link #verify()}.
 */
public final class Solution {
    private final ModelData data;
    private final BackendResult raw;
    private final Model model;

    Solution(ModelData data, BackendResult raw, Model model) {
        this.data = data;
        this.raw = raw;
        this.model = model;
    }

    public ProblemStatus status() { return raw.status(); }
    public SolutionStatus primalStatus() { return raw.primalStatus(); }
    public SolutionStatus dualStatus() { return raw.dualStatus(); }
    public Info info() { return raw.info(); }

    /** Objective value at the primal solution, recomputed from the model (NaN when there is no primal solution). */
    public double objective() {
        if (raw.x() == null || raw.primalStatus() == SolutionStatus.CERTIFICATE) return Double.NaN;
        return data.objective(raw.x());
    }

    /** The flattened model that was solved. */
    public ModelData data() { return data; }

    /** The backend's raw answer. */
    public BackendResult raw() { return raw; }

    /** Recomputes residuals, gap, cone membership or certificate conditions from the model. */
    public VerificationReport verify() { return SolutionVerifier.verify(data, raw); }

    /** Primal values of a variable (or view). */
    public double[] level(Variable v) {
        double[] x = need(raw.x(), "primal values");
        int[] idx = v.indices();
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = x[idx[i]];
        return out;
    }

    /** Values of a constraint's expression. */
    public double[] level(Constraint c) {
        double[] r = data.rowValues(need(raw.x(), "primal values"));
        double[] out = new double[c.size()];
        System.arraycopy(r, c.firstRow(), out, 0, c.size());
        return out;
    }

    /** Duals of a variable's domain: bound multipliers for linear domains, cone duals for cone domains. */
    public double[] dual(Variable v) {
        int[] idx = v.indices();
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            int row = model.coneRowOf(idx[i]);
            out[i] = row >= 0 ? need(raw.y(), "dual values")[row] : need(raw.z(), "dual values")[idx[i]];
        }
        return out;
    }

    /** Duals of a constraint. */
    public double[] dual(Constraint c) {
        double[] y = need(raw.y(), "dual values");
        double[] out = new double[c.size()];
        System.arraycopy(y, c.firstRow(), out, 0, c.size());
        return out;
    }

    private double[] need(double[] v, String what) {
        if (v == null) throw new IllegalStateException("no " + what + " available: status " + raw.status().label() + " from backend " + raw.info().backend());
        return v;
    }

    @Override public String toString() {
        return "Solution[" + status().label() + ", objective=" + objective() + ", backend=" + info().backend() + "]";
    }
}
