package io.hedgecone.design.eagle;

import io.hedgecone.design.DesignResult;
import io.hedgecone.design.rounding.KPointDesign;

import java.util.List;

/**
 * The actions chosen for one state.
 *
 * @param actions   the k chosen actions, in candidate order
 * @param indices   their candidate indices (ascending)
 * @param design    the continuous design over all K candidates, with its certificate
 * @param selection the k-point design: rule, log det, EAGLE leverage test
 * @param notes     remarks (centering, rank, rounding)
 */
public record ActionSet<A>(List<A> actions, int[] indices, DesignResult design, KPointDesign selection, List<String> notes) {

    /** EAGLE's reference-policy target: uniform over the chosen actions (length k). */
    public double[] uniformTarget() {
        double[] q = new double[indices.length];
        java.util.Arrays.fill(q, 1.0 / indices.length);
        return q;
    }

    /**
     * The continuous design restricted to the chosen actions and renormalized (length k); uniform when the design
     * puts no weight on them.
     */
    public double[] designTarget() {
        double[] w = design.weights();
        double[] q = new double[indices.length];
        double s = 0;
        for (int p = 0; p < q.length; p++) { q[p] = w[indices[p]]; s += q[p]; }
        if (!(s > 0)) return uniformTarget();
        for (int p = 0; p < q.length; p++) q[p] /= s;
        return q;
    }
}
