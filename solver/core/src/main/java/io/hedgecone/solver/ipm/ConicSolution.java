package io.hedgecone.solver.ipm;

/**
 * Result of {@link ConicSolver#solve}, in the variables of the original (unscaled) {@link
 * io.hedgecone.solver.form.ConicProblem}. Dual convention: Px + q + Aᵀz = 0, z ∈ K*.
 *
 * <ul>
 *   <li>Solved (or not yet): x, s, z are the last iterate, objectives include the problem's constant.</li>
 *   <li>PRIMAL_INFEASIBLE: z is a certificate normalised to bᵀz = −1 (Aᵀz ≈ 0, z ∈ K*); x and s are NaN;
 *       both objectives are +∞.</li>
 *   <li>DUAL_INFEASIBLE: x and s form a certificate normalised to qᵀx = −1 (Px ≈ 0, Ax + s ≈ 0, s ∈ K);
 *       z is NaN; both objectives are −∞.</li>
 * </ul>
 *
 * @param status          outcome
 * @param x               primal variables (n)
 * @param s               primal slacks (m)
 * @param z               dual variables (m)
 * @param primalObjective ½xᵀPx + qᵀx + constant
 * @param dualObjective   −½xᵀPx − bᵀz + constant
 * @param iterations      interior-point iterations performed
 * @param solveTimeSeconds wall-clock time of the solve, setup included
 * @param primalResidual  ‖Ax + s − b‖∞ / max(1, ‖b‖∞ + ‖x‖∞ + ‖s‖∞) at the last iterate
 * @param dualResidual    ‖Px + q + Aᵀz‖∞ / max(1, ‖q‖∞ + ‖x‖∞ + ‖z‖∞) at the last iterate
 * @param gapAbs          |primal − dual objective| at the last iterate (SOLVED also required sᵀz below the gap
 *                        tolerance, unless the iteration could make no further progress)
 * @param gapRel          gapAbs / max(1, min(|primal objective|, |dual objective|)) (constant included)
 */
public record ConicSolution(SolverStatus status, double[] x, double[] s, double[] z,
                            double primalObjective, double dualObjective, int iterations, double solveTimeSeconds,
                            double primalResidual, double dualResidual, double gapAbs, double gapRel) {
}
