package io.hedgecone.solver.verify;

import java.util.List;

/**
 * Independent check of a backend's answer, recomputed from the model. Residuals are ∞-norms; "relative" ones are
 * divided by 1 + the largest magnitude of the data and iterates they involve (see {@link SolutionVerifier}).
 *
 * @param kind               what was checked
 * @param primalResidual     largest violation of rows, bounds and cones (absolute)
 * @param primalResidualRel  the same, relative
 * @param dualResidual       largest of ‖c + Qx − Aᵀy − z‖∞ and the dual sign/cone violation (absolute; NaN without duals)
 * @param dualResidualRel    the same, relative
 * @param integrality        largest distance of an integer variable from an integer (0 without integers)
 * @param primalObjective    objective at x, recomputed
 * @param dualObjective      Lagrangian dual objective at (x, y, z), recomputed (NaN without duals)
 * @param gapRel             |primal − dual| / max(1, min(|primal|, |dual|)) (NaN without duals)
 * @param certificateResidual for certificates: violation of the certificate conditions divided by its strength
 * @param certificateValid   for certificates: whether they hold to the certificate tolerance
 * @param notes              human-readable remarks (what failed, what could not be checked)
 */
public record VerificationReport(Kind kind, double primalResidual, double primalResidualRel, double dualResidual,
                                 double dualResidualRel, double integrality, double primalObjective, double dualObjective,
                                 double gapRel, double certificateResidual, boolean certificateValid, List<String> notes) {

    /** What a report is about. */
    public enum Kind { SOLUTION, PRIMAL_INFEASIBILITY_CERTIFICATE, DUAL_INFEASIBILITY_CERTIFICATE, NOTHING_TO_CHECK }

    /** True when a solution meets {@code tol} on relative primal and dual residuals and relative gap (primal-only and integrality for MIPs without duals). */
    public boolean solutionVerified(double tol) {
        if (kind != Kind.SOLUTION) return false;
        boolean primalOk = primalResidualRel <= tol && integrality <= Math.max(tol, 1e-6);
        if (Double.isNaN(dualResidualRel)) return primalOk;
        return primalOk && dualResidualRel <= tol && gapRel <= tol;
    }

    /** One-line summary. */
    public String summary() {
        return switch (kind) {
            case SOLUTION -> String.format("primal residual %.2e (rel %.2e), dual residual %.2e (rel %.2e), gap %.2e%s",
                    primalResidual, primalResidualRel, dualResidual, dualResidualRel, gapRel,
                    integrality > 0 ? String.format(", integrality %.2e", integrality) : "");
            case PRIMAL_INFEASIBILITY_CERTIFICATE, DUAL_INFEASIBILITY_CERTIFICATE ->
                    String.format("%s %s (residual/strength %.2e)", kind == Kind.PRIMAL_INFEASIBILITY_CERTIFICATE ? "Farkas certificate" : "improving ray",
                            certificateValid ? "valid" : "INVALID", certificateResidual);
            case NOTHING_TO_CHECK -> "nothing to check" + (notes.isEmpty() ? "" : ": " + String.join("; ", notes));
        };
    }
}
