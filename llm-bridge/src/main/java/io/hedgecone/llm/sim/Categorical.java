package io.hedgecone.llm.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A finite distribution over outcomes 0..k-1 after nucleus (top-p) truncation: the smallest set of most likely
 * outcomes whose mass reaches p is kept and renormalised (ties broken by lower index). Sampling and log-probabilities
 * refer to the truncated distribution, as an LLM server's do.
 */
final class Categorical {
    private final double[] p;

    private Categorical(double[] p) { this.p = p; }

    /** From non-negative weights (not all zero), truncated to top-p mass. */
    static Categorical of(double[] weights, double topP) {
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) throw new IllegalArgumentException("weight must be finite and >= 0, got " + w);
            total += w;
        }
        if (!(total > 0)) throw new IllegalArgumentException("weights must not all be zero");
        Integer[] order = byProbability(weights);
        double[] kept = new double[weights.length];
        double mass = 0, keptMass = 0;
        for (Integer i : order) {
            if (weights[i] == 0) break;
            kept[i] = weights[i];
            keptMass += weights[i];
            mass += weights[i] / total;
            if (mass >= topP - 1e-12) break;
        }
        for (int i = 0; i < kept.length; i++) kept[i] /= keptMass;
        return new Categorical(kept);
    }

    /** All mass on {@code k} of {@code size} outcomes (greedy decoding, temperature 0). */
    static Categorical pointMass(int size, int k) {
        double[] p = new double[size];
        p[k] = 1;
        return new Categorical(p);
    }

    /** The first most likely outcome of {@code weights}. */
    static int argmax(double[] weights) {
        int best = 0;
        for (int i = 1; i < weights.length; i++) if (weights[i] > weights[best]) best = i;
        return best;
    }

    int sample(SimRandom rnd) {
        double u = rnd.nextDouble(), c = 0;
        int last = -1;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0) continue;
            c += p[i];
            last = i;
            if (u < c) return i;
        }
        return last; // u within rounding of 1
    }

    /** ln p(k); -∞ for an outcome outside the nucleus. */
    double logprob(int k) { return Math.log(p[k]); }

    /** Up to {@code k} outcomes with positive probability, most likely first. */
    List<Integer> top(int k) {
        List<Integer> out = new ArrayList<>();
        for (Integer i : byProbability(p)) {
            if (out.size() == k || p[i] == 0) break;
            out.add(i);
        }
        return out;
    }

    private static Integer[] byProbability(double[] w) {
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < w.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : Integer.compare(a, b));
        return order;
    }
}
