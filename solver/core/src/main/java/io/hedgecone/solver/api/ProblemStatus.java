package io.hedgecone.solver.api;

/** What a solve found out about the problem. {@link #label()} is the name used in CLI and JSON output. */
public enum ProblemStatus {
    /** Solved to the requested tolerances. */
    OPTIMAL("optimal"),
    /** Solved only to the reduced-accuracy tolerances; never reported as optimal. */
    ALMOST_OPTIMAL("almost_optimal"),
    /** No feasible point exists; the dual values hold a certificate (Farkas ray). */
    PRIMAL_INFEASIBLE("primal_infeasible"),
    /** Unbounded (or dual infeasible); the primal values hold an improving ray. */
    DUAL_INFEASIBLE("dual_infeasible"),
    /** A Farkas ray holds only to the reduced-accuracy tolerances; never reported as primal_infeasible. */
    ALMOST_PRIMAL_INFEASIBLE("almost_primal_infeasible"),
    /** An improving ray holds only to the reduced-accuracy tolerances; never reported as dual_infeasible. */
    ALMOST_DUAL_INFEASIBLE("almost_dual_infeasible"),
    /** The time limit stopped the solve; a feasible point may be available (see primal status). */
    TIME_LIMIT("time_limit"),
    /** The iteration limit stopped the solve. */
    ITERATION_LIMIT("iteration_limit"),
    /** The backend failed numerically. */
    NUMERICAL_ERROR("numerical_error"),
    /** Anything else the backend could not classify. */
    UNKNOWN("unknown");

    private final String label;

    ProblemStatus(String label) { this.label = label; }

    public String label() { return label; }

    /** Primal infeasible, to full or reduced accuracy: the dual values hold a Farkas ray. */
    public boolean hasFarkasRay() { return this == PRIMAL_INFEASIBLE || this == ALMOST_PRIMAL_INFEASIBLE; }

    /** Dual infeasible, to full or reduced accuracy: the primal values hold an improving ray. */
    public boolean hasImprovingRay() { return this == DUAL_INFEASIBLE || this == ALMOST_DUAL_INFEASIBLE; }
}
