package io.hedgecone.rl.eagle;

import java.util.Arrays;
import java.util.SplittableRandom;

/** (a) A uniformly random k-subset of the candidates: EAGLE's uniform reference policy restricted to k targets. */
public final class UniformReducer implements ActionSetReducer {
    @Override public String name() { return "uniform"; }

    @Override public int[] reduce(double[] state, double[][] next, double[] myopic, int k, long seed) {
        int n = next.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        if (n <= k) return idx;
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) { // partial Fisher–Yates
            int j = i + r.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, k);
        Arrays.sort(out);
        return out;
    }
}
