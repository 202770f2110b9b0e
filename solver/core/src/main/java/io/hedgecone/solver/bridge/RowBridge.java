package io.hedgecone.solver.bridge;

/**
 * One rewrite of part of a {@link io.hedgecone.solver.form.ModelData} into canonical rows, and the map of the
 * canonical duals back to the model's row duals y and bound duals z (minimization orientation:
 * Pxᶜ + qᶜ + Aᶜᵀzᶜ = 0 becomes c + Qx = Aᵀy + z).
 */
interface RowBridge {
    /** Emits this part's canonical rows. */
    void emit(ConicBuilder out);

    /** Adds this part's share of y and z from canonical duals given in provisional row order. */
    void mapDuals(double[] zProvisional, double[] y, double[] z);
}
