package io.hedgecone.design;

/**
 * An optimality certificate for a design w, recomputed from w and the points alone (never from the algorithm
 * that produced w). Objective and bound are in the criterion's own units; {@code gap} = |objective − bound| ≥ 0
 * bounds how far w is from optimal:
 * <ul>
 *   <li>D: objective log det V(w); bound log det V(w) + r·log(g_max/r) ≥ max log det (the dual point
 *   H = V(w)⁻¹/g_max is a feasible origin-centred ellipsoid); gap r·log(g_max/r);</li>
 *   <li>G: objective g_max; bound r ≤ min_w max_i g_i (because Σ_i w_i g_i = r for every w); gap g_max − r;</li>
 *   <li>A: objective t = trace V(w)⁻¹; bound t²/a_max ≤ min trace V⁻¹, with a_i = ‖V(w)⁻¹z_i‖² (the dual point
 *   H = V⁻²/a_max of max (trace H^½)² s.t. z_iᵀHz_i ≤ 1); gap t − t²/a_max.</li>
 * </ul>
 * A singular V(w) gives objective ∓∞ and gap ∞.
 *
 * @param criterion        which criterion
 * @param rank             r, the dimension of the points' span
 * @param objective        criterion value at w
 * @param bound            the dual bound on the optimal value
 * @param gap              |objective − bound|
 * @param maxLeverage      g_max = max_i z_iᵀV(w)⁻¹z_i over all K candidates (∞ if V(w) is singular)
 * @param argMaxLeverage   a candidate attaining g_max (−1 if V(w) is singular)
 * @param identityResidual |Σ_i w_i g_i − r|, a check of the arithmetic (0 in exact arithmetic)
 */
public record Certificate(Criterion criterion, int rank, double objective, double bound, double gap,
                          double maxLeverage, int argMaxLeverage, double identityResidual) {

    /** True when V(w) is nonsingular. */
    public boolean nonsingular() { return Double.isFinite(maxLeverage); }

    /** Gap relative to max(1, |objective|). */
    public double relativeGap() { return gap / Math.max(1.0, Math.abs(objective)); }

    /** Lower bound on the D-efficiency (det V(w)/det V*)^{1/r} ≥ r/g_max. */
    public double dEfficiencyLowerBound() { return nonsingular() ? rank / maxLeverage : 0.0; }

    /** The approximation factor C = g_max/r of EAGLE's Definition 1 (max leverage ≤ C·r). */
    public double approximationFactor() { return maxLeverage / rank; }
}
