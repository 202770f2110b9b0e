package io.hedgecone.design.eagle;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.DesignProblem;
import io.hedgecone.design.DesignResult;
import io.hedgecone.design.OptimalDesign;
import io.hedgecone.design.rounding.KPointDesign;

import java.util.ArrayList;
import java.util.List;

/**
 * EAGLE's state-dependent action sets done with an optimal design: for a state x with candidate actions a_1..a_K
 * and their next-state embeddings, compute the continuous G-optimal (≡ D-optimal) design over the embeddings,
 * certify it, and round it to k actions. The EAGLE agent uses the result as its action set and reference-policy
 * target.
 */
public final class ActionSetSelector {
    private final SelectorOptions options;

    public ActionSetSelector(SelectorOptions options) { this.options = options; }

    public ActionSetSelector() { this(SelectorOptions.defaults()); }

    /**
     * Selects k of the candidates.
     *
     * @param state      E_D(x) ∈ R^n, needed for {@link Centering#STATE} (may be null for RAW)
     * @param candidates K ≥ 1 actions with next-state embeddings in R^n
     * @param k          1 ≤ k ≤ K actions to keep
     */
    public <A> ActionSet<A> select(double[] state, List<ActionCandidate<A>> candidates, int k) {
        if (candidates == null || candidates.isEmpty()) throw new IllegalArgumentException("no candidate actions");
        int n = candidates.get(0).nextStateEmbedding().length;
        if (options.centering() == Centering.STATE) {
            if (state == null) throw new IllegalArgumentException("centering at the state needs the state's embedding");
            if (state.length != n) throw new IllegalArgumentException("state embedding has " + state.length + " coordinates, candidates " + n);
        }
        double[][] z = new double[candidates.size()][];
        for (int i = 0; i < z.length; i++) {
            double[] e = candidates.get(i).nextStateEmbedding();
            if (e.length != n) throw new IllegalArgumentException("candidate " + i + " embedding has " + e.length + " coordinates, expected " + n);
            if (options.centering() == Centering.STATE) for (int j = 0; j < n; j++) e[j] -= state[j];
            z[i] = e;
        }
        long t0 = System.nanoTime();
        Candidates c = Candidates.of(DesignProblem.of(z), options.design().rankTolerance());
        DesignResult design = OptimalDesign.solve(c, options.criterion(), options.design(), t0);
        KPointDesign sel = KPointDesign.round(c, design.weights(), k,
                KPointDesign.rule(options.rounding(), options.seed(), options.c(), options.maxDraws()));
        List<A> actions = new ArrayList<>(k);
        for (int i : sel.indices()) actions.add(candidates.get(i).action());
        List<String> notes = new ArrayList<>();
        if (options.centering() == Centering.STATE) notes.add("embeddings centred at the state: a design over directions of change");
        notes.addAll(design.notes());
        notes.addAll(sel.notes());
        return new ActionSet<>(List.copyOf(actions), sel.indices(), design, sel, List.copyOf(notes));
    }
}
