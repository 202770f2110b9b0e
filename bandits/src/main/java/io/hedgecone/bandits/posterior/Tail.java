package io.hedgecone.bandits.posterior;

/** Which tail inequality the conic bounds may use for X_a = (φ_a − Φᵀπ)ᵀθ. */
public enum Tail {
    /** θ is Gaussian: normal quantiles z_{1−δ/k} and χ²_d quantiles are exact. */
    GAUSSIAN,
    /** θ − μ is sub-Gaussian with variance proxy L Lᵀ: Chernoff constants √(2 ln(1/δ)) and the Hsu–Kakade–Zhang radius. */
    SUB_GAUSSIAN
}
