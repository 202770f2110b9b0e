package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.form.ModelData;

import java.util.Arrays;
import java.util.List;

/**
 * A model rewritten into the canonical conic form, with the maps of canonical values back to the model:
 * x = first n canonical variables; (y, z) from canonical duals through each rewrite, with the sign flipped for
 * maximization (a Farkas certificate keeps the minimization orientation, see
 * {@link io.hedgecone.solver.verify.SolutionVerifier}).
 */
public final class Canonicalized {
    private final ModelData model;
    private final ConicProblem problem;
    private final ConicBuilder builder;
    private final List<RowBridge> bridges;

    Canonicalized(ModelData model, ConicProblem problem, ConicBuilder builder, List<RowBridge> bridges) {
        this.model = model;
        this.problem = problem;
        this.builder = builder;
        this.bridges = bridges;
    }

    public ModelData model() { return model; }
    public ConicProblem problem() { return problem; }

    /** The model's variables from canonical x (auxiliary variables dropped). */
    public double[] primal(double[] xc) { return Arrays.copyOf(xc, model.numVars()); }

    /** Model duals {y (rows), z (bounds)} of a canonical dual solution zᶜ, in the convention of {@link ModelData}. */
    public double[][] duals(double[] zc) {
        double[][] yz = rawDuals(zc);
        if (model.maximize()) {
            for (double[] v : yz) for (int i = 0; i < v.length; i++) v[i] = -v[i];
        }
        return yz;
    }

    /** A Farkas certificate {y, z} of the model from a canonical one (no sense flip). */
    public double[][] farkas(double[] zc) { return rawDuals(zc); }

    private double[][] rawDuals(double[] zc) {
        double[] prov = builder.toProvisional(zc);
        double[] y = new double[model.numRows()];
        double[] z = new double[model.numVars()];
        for (RowBridge b : bridges) b.mapDuals(prov, y, z);
        return new double[][]{y, z};
    }
}
