package io.hedgecone.design.conic;

/**
 * What the conic path's solver reported, and the solver-independent check of its answer.
 *
 * @param backend           backend name
 * @param status            problem status label ("optimal", ...)
 * @param iterations        solver iterations
 * @param criterionValue    criterion value read from the solver's objective (model coordinates)
 * @param primalResidualRel relative primal residual recomputed by the solution verifier
 * @param gapRel            relative duality gap recomputed by the verifier (NaN without duals)
 * @param verification      one-line summary of the verifier
 */
public record ConicReport(String backend, String status, long iterations, double criterionValue,
                          double primalResidualRel, double gapRel, String verification) {
}
