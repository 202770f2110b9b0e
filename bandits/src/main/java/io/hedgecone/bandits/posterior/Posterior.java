package io.hedgecone.bandits.posterior;

/**
 * A posterior over θ ∈ R^d. The conic bounds see it through its mean μ, a factor L with L Lᵀ = covariance (or
 * sub-Gaussian variance proxy), and its {@link Tail}; Monte-Carlo evaluation sees it through seeded {@link Sampler}s.
 */
public sealed interface Posterior permits GaussianPosterior, BetaPosterior, SamplePosterior {
    int dim();

    /** μ (d). */
    double[] mean();

    /** L (d×d) with L Lᵀ the covariance (Gaussian) or the variance proxy (sub-Gaussian). */
    double[][] factor();

    Tail tail();

    /** True when the conic bounds are valid upper bounds on VaR under this posterior. */
    boolean certified();

    /** One line on what the bounds assume (printed with results), empty when nothing needs saying. */
    String boundNote();

    /** Posterior standard deviation of φ_aᵀθ for each row φ_a of {@code features} (null = identity), used by LCB. */
    double[] armSd(double[][] features);

    /** A new sampler; equal seeds give equal streams. */
    Sampler sampler(long seed);
}
