package io.hedgecone.design.fw;

/**
 * The outcome of a first-order run.
 *
 * @param weights     w ∈ Δ_K (length K)
 * @param iterations  steps taken (toward, away and drop steps)
 * @param converged   whether the stopping test held, confirmed with a fresh factorization over all K points
 * @param eliminated  candidates removed by Harman–Pronzato elimination at the end (0 for A)
 * @param dropSteps   away steps that removed a support point
 * @param stalled     stopped because {@link FwSettings#STALL_REFRESHES} refreshes in a row brought no progress
 *                    (the tolerance is below what rounding allows for this instance)
 */
public record FwResult(double[] weights, int iterations, boolean converged, int eliminated, int dropSteps, boolean stalled) {
}
