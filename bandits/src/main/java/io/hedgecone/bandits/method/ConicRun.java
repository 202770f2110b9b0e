package io.hedgecone.bandits.method;

import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.verify.VerificationReport;

/**
 * One solve of a policy program through the modeling API, with its independent verification.
 *
 * @param policy     π projected onto Δ_k (null when the solve returned no primal point)
 * @param objective  the program's objective at the returned point, recomputed from the model
 * @param status     the backend's problem status
 * @param verified   whether {@link Solution#verify()} confirmed residuals and gap within {@link #VERIFY_TOL}
 * @param summary    status, iterations, time and the verification summary, for notes
 */
public record ConicRun(double[] policy, double objective, ProblemStatus status, boolean verified, String summary) {
    /** Relative residual and gap tolerance of the verification: the native solver targets 1e-8, 1e-6 leaves room for scaling. */
    public static final double VERIFY_TOL = 1e-6;

    static ConicRun of(Solution s, double[] rawPolicy, String what) {
        VerificationReport rep = s.verify();
        boolean ok = rep.solutionVerified(VERIFY_TOL);
        boolean hasPoint = s.status() == ProblemStatus.OPTIMAL || s.status() == ProblemStatus.ALMOST_OPTIMAL
                || s.status() == ProblemStatus.TIME_LIMIT || s.status() == ProblemStatus.ITERATION_LIMIT;
        double[] pi = hasPoint && rawPolicy != null ? Policies.project(rawPolicy) : null;
        String summary = String.format("%s: %s in %d iterations, %.0f ms (%s); verify: %s%s", what, s.status().label(),
                s.info().iterations(), s.info().solveMillis(), s.info().backend(), rep.summary(), ok ? "" : " [NOT VERIFIED]");
        return new ConicRun(pi, s.objective(), s.status(), ok, summary);
    }

    /** True when the solve produced a usable policy. */
    public boolean usable() { return policy != null; }
}
