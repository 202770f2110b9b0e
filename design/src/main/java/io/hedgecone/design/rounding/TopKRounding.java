package io.hedgecone.design.rounding;

import io.hedgecone.design.Candidates;

import java.util.List;

/** The required candidates, then the largest weights (ties to the lower index). */
public record TopKRounding() implements Rounding {
    @Override public String name() { return "topk"; }

    @Override public Selection select(Candidates c, double[] w, int k) {
        Rounding.checkK(c, k);
        return Selection.of(choose(c.required(), w, k), List.of());
    }

    static int[] choose(int[] required, double[] w, int k) {
        boolean[] taken = new boolean[w.length];
        int[] out = new int[k];
        int n = 0;
        for (int i : required) { out[n++] = i; taken[i] = true; }
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < w.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : Integer.compare(a, b));
        for (int p = 0; n < k; p++) if (!taken[order[p]]) out[n++] = order[p];
        return out;
    }
}
