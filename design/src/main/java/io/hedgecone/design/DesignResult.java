package io.hedgecone.design;

import io.hedgecone.design.conic.ConicReport;

import java.util.List;

/**
 * A continuous design and its certificate.
 *
 * @param criterion   the criterion optimized
 * @param method      the path that produced the weights (CONIC or FW, never AUTO)
 * @param weights     w ∈ Δ_K (length K)
 * @param information V(w) = Σ_i w_i z_i z_iᵀ in the original coordinates (n×n row-major; with costs, of z_i/√c_i)
 * @param leverages   g_i = z_iᵀV(w)⁻¹z_i for all K candidates (on the points' span), recomputed by the certificate
 * @param certificate optimality certificate recomputed from w ({@link Certificates})
 * @param dimension   n
 * @param iterations  first-order iterations or solver iterations
 * @param solveMillis wall-clock milliseconds: preparing the points, the path and the certificate
 * @param conic       the solver's report on the conic path, null on the first-order path
 * @param notes       remarks: rank deficiency, costs, method choice, convergence
 */
public record DesignResult(Criterion criterion, Method method, double[] weights, double[] information, double[] leverages,
                           Certificate certificate, int dimension, int iterations, double solveMillis, ConicReport conic,
                           List<String> notes) {

    /** The criterion value at w (log det V, max g, or trace V⁻¹), recomputed. */
    public double objective() { return certificate.objective(); }

    /** r, the dimension of the points' span. */
    public int rank() { return certificate.rank(); }

    /** Candidates with weight above {@code threshold}, in index order (interior-point weights are never exactly 0). */
    public int[] support(double threshold) {
        return java.util.stream.IntStream.range(0, weights.length).filter(i -> weights[i] > threshold).toArray();
    }
}
