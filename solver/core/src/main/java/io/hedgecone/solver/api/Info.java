package io.hedgecone.solver.api;

/**
 * What a backend reports about a solve. Residuals and gap here are the backend's own numbers;
 * {@link io.hedgecone.solver.verify.SolutionVerifier} recomputes them from the model independently.
 *
 * @param backend      backend name
 * @param iterations   iterations (interior-point iterations, simplex pivots, or B&amp;B nodes; -1 if unknown)
 * @param solveMillis  wall-clock time of the backend call in milliseconds
 * @param primalResidual backend-reported primal residual (NaN if not reported)
 * @param dualResidual backend-reported dual residual (NaN if not reported)
 * @param gap          backend-reported relative duality / MIP gap (NaN if not reported)
 * @param message      free-form detail (engine used, reason of failure), never null
 */
public record Info(String backend, long iterations, double solveMillis, double primalResidual, double dualResidual,
                   double gap, String message) {
    public Info {
        if (message == null) message = "";
    }
}
