package io.hedgecone.design.rounding;

import io.hedgecone.design.Candidates;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy volume construction followed by Fedorov exchange (or, for k &lt; r, volume exchange), maximizing
 * log det of the k-point design. The exchange is also run from the top-k rounding of w when that subset is
 * nonsingular, and the better local optimum is returned, so the result is never worse than top-k.
 *
 * @param maxSwaps limit on swaps per exchange run
 */
public record GreedyExchange(int maxSwaps) implements Rounding {
    public GreedyExchange {
        if (maxSwaps < 0) throw new IllegalArgumentException("maxSwaps must be >= 0, got " + maxSwaps);
    }

    /** Up to 10,000 swaps per run. */
    public GreedyExchange() { this(10_000); }

    @Override public String name() { return "exchange"; }

    @Override public Selection select(Candidates c, double[] w, int k) {
        Rounding.checkK(c, k);
        double[] z = c.projected();
        int kc = c.count(), r = c.rank();
        boolean[] fixed = new boolean[kc];
        for (int i : c.required()) fixed[i] = true;
        List<String> notes = new ArrayList<>();
        int[] greedy = GreedyVolume.extend(z, kc, r, c.required(), k);
        int swapsG = exchange(z, kc, r, greedy, fixed);
        double volG = SubsetQuality.logVolume(z, r, greedy);
        int[] best = greedy;
        String from = "greedy start, " + swapsG + " swaps";
        if (w != null) {
            int[] top = TopKRounding.choose(c.required(), w, k);
            if (Double.isFinite(SubsetQuality.logVolume(z, r, top))) {
                int swapsT = exchange(z, kc, r, top, fixed);
                if (SubsetQuality.logVolume(z, r, top) > volG + 1e-12 * Math.max(1, Math.abs(volG))) { // not for a rounding-level tie
                    best = top;
                    from = "top-k start, " + swapsT + " swaps (better than the greedy start)";
                }
            }
        }
        notes.add("exchange from the " + from);
        if (k < r) notes.add("k = " + k + " < rank " + r + ": every k-point information matrix is singular; maximized the volume det(Z_S Z_S^T) instead");
        return Selection.of(best, notes);
    }

    private int exchange(double[] z, int kc, int r, int[] s, boolean[] fixed) {
        return s.length >= r ? FedorovExchange.improve(z, kc, r, s, fixed, maxSwaps) : VolumeExchange.improve(z, kc, r, s, fixed, maxSwaps);
    }
}
