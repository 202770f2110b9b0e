package io.hedgecone.design;

import io.hedgecone.design.conic.ConicDesign;

/**
 * Options of {@link OptimalDesign#solve}.
 *
 * @param method         conic, fw or auto
 * @param epsilon        first-order tolerance: stop when the optimality conditions hold to relative ε (see
 *                       {@link io.hedgecone.design.fw.FwSettings})
 * @param maxIterations  first-order iteration limit
 * @param rankTolerance  singular values ≤ rankTolerance·σ_max count as zero; ≤ 0 for max(K, n)·2⁻⁵²
 * @param conic          backend and options of the conic path
 * @param autoConicLimit AUTO picks the conic path only when the model has at most this many scalar cone entries
 *                       (D: 3Kr, G: 3K², A: K(r+2)); beyond it interior-point cost grows faster than Frank–Wolfe's
 */
public record DesignOptions(Method method, double epsilon, int maxIterations, double rankTolerance,
                            ConicDesign.Settings conic, int autoConicLimit) {
    public DesignOptions {
        if (method == null) throw new IllegalArgumentException("method is null");
        if (!(epsilon > 0)) throw new IllegalArgumentException("epsilon must be positive, got " + epsilon);
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        if (conic == null) conic = ConicDesign.Settings.defaults();
    }

    /** AUTO, ε = 1e-6, 10⁶ iterations, default rank rule, first capable backend, 20,000 cone entries. */
    public static DesignOptions defaults() {
        return new DesignOptions(Method.AUTO, 1e-6, 1_000_000, 0, ConicDesign.Settings.defaults(), 20_000);
    }

    public DesignOptions withMethod(Method m) { return new DesignOptions(m, epsilon, maxIterations, rankTolerance, conic, autoConicLimit); }
    public DesignOptions withEpsilon(double e) { return new DesignOptions(method, e, maxIterations, rankTolerance, conic, autoConicLimit); }
    public DesignOptions withMaxIterations(int n) { return new DesignOptions(method, epsilon, n, rankTolerance, conic, autoConicLimit); }
    public DesignOptions withConic(ConicDesign.Settings s) { return new DesignOptions(method, epsilon, maxIterations, rankTolerance, s, autoConicLimit); }
}
