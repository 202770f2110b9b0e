package io.hedgecone.rl.eagle;

import io.hedgecone.design.eagle.ActionCandidate;
import io.hedgecone.design.eagle.ActionSet;
import io.hedgecone.design.eagle.ActionSetSelector;
import io.hedgecone.design.eagle.SelectorOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * (c) EAGLE's myopic G-optimal design: the design module's {@link ActionSetSelector} computes the continuous
 * G-optimal design over the next-state embeddings and rounds it to k actions (its options say whether the
 * embeddings are centred at the state — a design over directions of change — and which rounding rule applies).
 */
public final class GOptimalReducer implements ActionSetReducer {
    private final SelectorOptions options;

    public GOptimalReducer(SelectorOptions options) { this.options = options; }

    @Override public String name() { return "gopt"; }

    @Override public int[] reduce(double[] state, double[][] next, double[] myopic, int k, long seed) {
        if (next.length <= k) {
            int[] all = new int[next.length];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        List<ActionCandidate<Integer>> c = new ArrayList<>(next.length);
        for (int i = 0; i < next.length; i++) c.add(new ActionCandidate<>(i, next[i]));
        ActionSet<Integer> set = new ActionSetSelector(options.withSeed(seed)).select(state, c, k);
        return set.indices().clone();
    }
}
