package io.hedgecone.design.rounding;

import io.hedgecone.design.Candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The required candidates, then k − |required| others drawn without replacement with probabilities proportional to
 * w (successive sampling, via Efraimidis–Spirakis keys log(u_i)/w_i: the largest keys win). When fewer candidates
 * have positive weight than places remain, the rest is filled greedily by volume. Deterministic for a seed.
 *
 * @param seed seed of the {@link Random} drawing the keys
 */
public record WeightSampling(long seed) implements Rounding {
    @Override public String name() { return "sample"; }

    @Override public Selection select(Candidates c, double[] w, int k) {
        Rounding.checkK(c, k);
        int kc = c.count();
        if (w == null || w.length != kc) throw new IllegalArgumentException("sampling needs one weight per candidate");
        boolean[] taken = new boolean[kc];
        List<Integer> chosen = new ArrayList<>();
        for (int i : c.required()) { chosen.add(i); taken[i] = true; }
        Random rnd = new Random(seed);
        double[] key = new double[kc];
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < kc; i++) {
            double u = rnd.nextDouble(); // drawn for every i so that the keys do not depend on which weights are zero
            if (taken[i] || !(w[i] > 0)) continue;
            key[i] = Math.log(u) / w[i];
            pool.add(i);
        }
        pool.sort((a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a]) : Integer.compare(a, b));
        for (int p = 0; p < pool.size() && chosen.size() < k; p++) chosen.add(pool.get(p));
        List<String> notes = new ArrayList<>();
        notes.add("sampled with seed " + seed);
        int[] s = chosen.stream().mapToInt(Integer::intValue).toArray();
        if (s.length < k) {
            notes.add((k - s.length) + " of " + k + " places filled greedily: only " + pool.size() + " unrequired candidates have positive weight");
            s = GreedyVolume.extend(c.projected(), kc, c.rank(), s, k);
        }
        return Selection.of(s, notes);
    }
}
