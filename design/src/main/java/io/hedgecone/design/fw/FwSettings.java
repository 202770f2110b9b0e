package io.hedgecone.design.fw;

/**
 * Settings of the first-order methods.
 *
 * @param epsilon       stop when the optimality conditions hold to relative tolerance ε: max_i g_i ≤ (1+ε)·r for
 *                      D/G, max_i ‖V⁻¹z_i‖² ≤ (1+ε)·trace V⁻¹ for A
 * @param maxIterations iteration limit (the result then says it did not converge)
 * @param refreshEvery  iterations between exact refactorizations of V(w), which bound the drift of the rank-one
 *                      updates and give Harman–Pronzato elimination exact leverages
 */
public record FwSettings(double epsilon, int maxIterations, int refreshEvery) {
    /** Refreshes in a row without a smaller optimality violation after which a run counts as stalled. */
    public static final int STALL_REFRESHES = 40;

    public FwSettings {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) throw new IllegalArgumentException("epsilon must be positive, got " + epsilon);
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        if (refreshEvery < 1) throw new IllegalArgumentException("refreshEvery must be >= 1, got " + refreshEvery);
    }

    /** ε with 10⁶ iterations and a refresh every 50. */
    public static FwSettings of(double epsilon) { return new FwSettings(epsilon, 1_000_000, 50); }
}
