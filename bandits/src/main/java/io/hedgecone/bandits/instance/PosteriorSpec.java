package io.hedgecone.bandits.instance;

/**
 * The posterior as written in an instance file, before it is turned into a {@link io.hedgecone.bandits.posterior.Posterior}.
 * Vectors have the parameter dimension d (= k for multi-armed instances); matrices are d×d, row-major.
 */
public sealed interface PosteriorSpec {
    /** The parameter dimension d. */
    int dim();

    /** θ ~ N(mean, Σ) with Σ given as {@code covariance} or as a factor {@code cholesky} (Σ = L Lᵀ); exactly one is non-null. */
    record Gaussian(double[] mean, double[][] covariance, double[][] cholesky) implements PosteriorSpec {
        @Override public int dim() { return mean.length; }
    }

    /**
     * Independent Bernoulli arms with θ_a ~ Beta(alpha_a, beta_a) (multi-armed only).
     *
     * @param varianceProxy {@code sub-gaussian} (default: the certified proxy 1/(4(α+β+1)) of Marchal &amp; Arbel 2017)
     *                      or {@code variance} (the Beta variance itself; bounds are then approximate, not certified)
     */
    record Beta(double[] alpha, double[] beta, String varianceProxy) implements PosteriorSpec {
        @Override public int dim() { return alpha.length; }
    }

    /** Posterior draws, one θ per row (N×d), read from {@code file} (relative to the instance file). */
    record Samples(String file, double[][] draws) implements PosteriorSpec {
        @Override public int dim() { return draws[0].length; }
    }

    /**
     * Logged data for Bayesian linear regression: prior θ ~ N(priorMean, priorCovariance), rewards
     * y_t = φ_{a_t}ᵀθ + N(0, noiseSd²), actions are 0-based arm indices.
     */
    record Data(double[] priorMean, double[][] priorCovariance, double noiseSd, int[] actions, double[] rewards) implements PosteriorSpec {
        @Override public int dim() { return priorMean.length; }
    }
}
