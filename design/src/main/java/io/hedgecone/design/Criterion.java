package io.hedgecone.design;

/**
 * Optimality criteria for a design w ∈ Δ_K with information matrix V(w) = Σ_i w_i z_i z_iᵀ (r×r on the span of
 * the points) and leverages g_i(w) = z_iᵀV(w)⁻¹z_i.
 */
public enum Criterion {
    /** Maximize log det V(w). */
    D,
    /** Minimize max_i g_i(w); its optimum value is r and its optimal designs are the D-optimal ones (Kiefer–Wolfowitz). */
    G,
    /** Minimize trace V(w)⁻¹. */
    A;

    /** Parses "D", "g", ... with an error that lists the choices. */
    public static Criterion parse(String s) {
        for (Criterion c : values()) if (c.name().equalsIgnoreCase(s.trim())) return c;
        throw new IllegalArgumentException("unknown criterion '" + s + "'; expected D, G or A");
    }

    /** True when larger objective values are better. */
    public boolean maximizes() { return this == D; }
}
