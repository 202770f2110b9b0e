package io.hedgecone.solver.api;

/** Quality of the primal or dual part of a returned solution. */
public enum SolutionStatus {
    OPTIMAL,
    NEAR_OPTIMAL,
    FEASIBLE,
    /** The values form an infeasibility certificate (a ray), not a solution. */
    CERTIFICATE,
    UNKNOWN,
    /** No values are available. */
    UNDEFINED
}
