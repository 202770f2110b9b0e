package io.hedgecone.bandits.bound;

/**
 * Upper bounds on VaR_δ of regret at one policy, each recomputed from π alone (never taken from a solver).
 *
 * @param union     U1: max_a m_a + c·s_a with the uniform split δ/k
 * @param chernoff  U2: inf_λ λ ln Σ exp(m_a/λ + s_a²/(2λ²)) + λ ln(1/δ)
 * @param ellipsoid U3: max_a m_a + ρ·s_a
 * @param tight     the smallest t with Σ_a P[X_a &gt; t] ≤ δ (the tightest union bound; ≤ union)
 */
public record CertifiedBounds(double union, double chernoff, double ellipsoid, double tight) {
    /** The smallest of the four, itself a valid bound. */
    public double best() { return Math.min(Math.min(union, chernoff), Math.min(ellipsoid, tight)); }
}
