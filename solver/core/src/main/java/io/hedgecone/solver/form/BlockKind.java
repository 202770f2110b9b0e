package io.hedgecone.solver.form;

/** What a block of rows r = A x + g of a {@link ModelData} must satisfy. Cone orders are MOSEK's/CBF's. */
public enum BlockKind {
    /** lo ≤ r ≤ hi elementwise (lo = hi: equality; ±∞ allowed). */
    LINEAR,
    /** Quadratic cone: r₀ ≥ ‖r₁..‖₂ (size ≥ 1). */
    QCONE,
    /** Rotated quadratic cone: 2·r₀·r₁ ≥ ‖r₂..‖₂², r₀, r₁ ≥ 0 (size ≥ 2). */
    RQCONE,
    /** Primal exponential cone in MOSEK order: r₀ ≥ r₁·exp(r₂/r₁), r₀, r₁ ≥ 0 (size 3). */
    PEXP,
    /** Primal power cone in MOSEK order: r₀^α · r₁^(1−α) ≥ ‖r₂..‖₂, r₀, r₁ ≥ 0 (size ≥ 2). */
    PPOW;

    /** The name used in messages and capability lists. */
    public String label() {
        return switch (this) {
            case LINEAR -> "linear constraints";
            case QCONE -> "quadratic cone";
            case RQCONE -> "rotated quadratic cone";
            case PEXP -> "exponential cone";
            case PPOW -> "power cone";
        };
    }
}
