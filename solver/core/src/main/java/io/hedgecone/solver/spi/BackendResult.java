package io.hedgecone.solver.spi;

import io.hedgecone.solver.api.Info;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.SolutionStatus;

/**
 * A backend's answer on a {@link io.hedgecone.solver.form.ModelData}, in the model's own variables and rows and
 * with the dual convention documented there.
 *
 * @param x primal values (n), or the improving ray when status is DUAL_INFEASIBLE; null if none
 * @param y row duals (m), or the Farkas ray's row part when status is PRIMAL_INFEASIBLE; null if none
 * @param z variable-bound duals (n), or the Farkas ray's bound part; null if none
 * @param objective the backend's objective value at x (NaN if none)
 */
public record BackendResult(ProblemStatus status, SolutionStatus primalStatus, SolutionStatus dualStatus,
                            double[] x, double[] y, double[] z, double objective, Info info) {
}
