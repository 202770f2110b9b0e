package io.hedgecone.design.conic;

import io.hedgecone.design.Criterion;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.Variable;

/**
 * A design criterion written as a conic model with the modeling API. The weight variable w (size K) is the
 * design; every other variable is auxiliary. Closing closes the model.
 */
public sealed interface DesignModel extends AutoCloseable permits DOptimalModel, AOptimalModel, GOptimalModel {
    Criterion criterion();

    Model model();

    /** The weights w (size K). */
    Variable weights();

    /** The criterion value (log det V, max g, trace V⁻¹ in the model's coordinates) from the model's objective value. */
    double criterionValue(double objective);

    /**
     * All scalar variables of the model at design {@code w} (length K, V(w) nonsingular): a feasible point whose
     * objective is the criterion at w. It witnesses that the model's optimum is at least as good as any design,
     * and serves to check the formulation without a solver.
     */
    double[] pointAt(double[] w);

    @Override default void close() { model().close(); }
}
