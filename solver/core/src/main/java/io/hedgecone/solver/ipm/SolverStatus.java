package io.hedgecone.solver.ipm;

/** Outcome of a {@link ConicSolver} run. */
public enum SolverStatus {
    /** Optimal to the full tolerances of {@link Settings}. */
    SOLVED,
    /** Optimal only to the reduced-accuracy tolerances (never reported as SOLVED). */
    ALMOST_SOLVED,
    /** z is a certificate of primal infeasibility: Aᵀz = 0, bᵀz &lt; 0, z ∈ K*. */
    PRIMAL_INFEASIBLE,
    /** x (and s) is a certificate of dual infeasibility: Px = 0, Ax + s = 0, s ∈ K, qᵀx &lt; 0. */
    DUAL_INFEASIBLE,
    /** Primal infeasibility certificate to reduced accuracy. */
    ALMOST_PRIMAL_INFEASIBLE,
    /** Dual infeasibility certificate to reduced accuracy. */
    ALMOST_DUAL_INFEASIBLE,
    /** The iteration limit was reached first. */
    MAX_ITERATIONS,
    /** The time limit was reached first. */
    MAX_TIME,
    /** Numerical breakdown or lack of progress before any tolerance was met. */
    NUMERICAL_ERROR;

    public boolean isSolved() { return this == SOLVED || this == ALMOST_SOLVED; }

    public boolean isPrimalInfeasible() { return this == PRIMAL_INFEASIBLE || this == ALMOST_PRIMAL_INFEASIBLE; }

    public boolean isDualInfeasible() { return this == DUAL_INFEASIBLE || this == ALMOST_DUAL_INFEASIBLE; }
}
