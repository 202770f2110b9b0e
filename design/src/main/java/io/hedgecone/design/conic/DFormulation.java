package io.hedgecone.design.conic;

/** How the D-optimal model expresses the determinant (both use the Sagnol–Harman SOC representation of V(w)). */
public enum DFormulation {
    /** Maximize the geometric mean (det V)^{1/r} through a tree of rotated quadratic cones: a pure SOCP. */
    GEOMEAN_SOC,
    /** Maximize Σ_j u_j with (J_jj, 1, u_j) in the exponential cone, i.e. log det V directly. */
    LOGDET_EXP
}
