package io.hedgecone.bandits.instance;

/**
 * An offline bandit: k arms with features Φ (k×d; {@code null} means multi-armed, Φ = I and d = k), a posterior
 * over θ ∈ R^d, and the risk level δ ∈ (0, 0.5) of the objective VaR_δ of regret.
 */
public record BanditInstance(String name, double delta, double[][] features, PosteriorSpec posterior) {
    /** Number of arms k. */
    public int arms() { return features == null ? posterior.dim() : features.length; }

    /** Parameter dimension d. */
    public int dim() { return posterior.dim(); }

    /** True when Φ = I. */
    public boolean multiArmed() { return features == null; }

    /** The same instance with another δ. */
    public BanditInstance withDelta(double d) {
        InstanceValidator.checkDelta(d, "delta");
        return new BanditInstance(name, d, features, posterior);
    }
}
