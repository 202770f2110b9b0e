package io.hedgecone.rl.mf;

/**
 * Settings of weighted alternating least squares.
 *
 * <p>The loss is Σ_{u,i} c_ui (t_ui − x_uᵀ y_i)² + λ (Σ_u ‖x_u‖² + Σ_i ‖y_i‖²) over <em>all</em> user–item pairs:
 * <ul>
 *   <li>{@link Mode#EXPLICIT}: observed pairs have target t = rating and confidence c = 1; unobserved pairs target 0
 *       with weight {@code unobservedWeight} (0 gives plain ALS on the observed entries; a small positive value is
 *       the "weighted" ALS of recommender practice, which keeps unrated items from looking attractive);</li>
 *   <li>{@link Mode#IMPLICIT}: Hu, Koren &amp; Volinsky (2008): target p = 1 on observed pairs with confidence
 *       c = 1 + α·rating, target 0 with confidence 1 elsewhere ({@code unobservedWeight} is ignored).</li>
 * </ul>
 *
 * @param rank             latent dimension n, ≥ 1
 * @param lambda           ridge penalty λ, ≥ 0 (positive unless every row has at least n observations)
 * @param mode             explicit ratings or implicit confidence
 * @param unobservedWeight weight of unobserved pairs in explicit mode, ≥ 0
 * @param alpha            confidence slope α of implicit mode, ≥ 0
 * @param iterations       sweeps (users then items), ≥ 1
 * @param initScale        standard deviation of the random initial factors, &gt; 0
 * @param seed             seed of the initial factors
 */
public record WalsConfig(int rank, double lambda, Mode mode, double unobservedWeight, double alpha, int iterations, double initScale, long seed) {

    /** What the observed entries mean. */
    public enum Mode { EXPLICIT, IMPLICIT }

    public WalsConfig {
        if (rank < 1) throw new IllegalArgumentException("rank must be >= 1, got " + rank);
        if (!(lambda >= 0) || !Double.isFinite(lambda)) throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
        if (mode == null) throw new IllegalArgumentException("mode is null");
        if (!(unobservedWeight >= 0) || !Double.isFinite(unobservedWeight))
            throw new IllegalArgumentException("unobservedWeight must be finite and >= 0, got " + unobservedWeight);
        if (!(alpha >= 0) || !Double.isFinite(alpha)) throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
        if (iterations < 1) throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        if (!(initScale > 0)) throw new IllegalArgumentException("initScale must be positive, got " + initScale);
    }

    /** Explicit ratings, rank {@code rank}, λ = 1, no weight on unobserved pairs, 15 sweeps, initial scale 0.1. */
    public static WalsConfig explicit(int rank, long seed) { return new WalsConfig(rank, 1.0, Mode.EXPLICIT, 0.0, 0.0, 15, 0.1, seed); }
}
