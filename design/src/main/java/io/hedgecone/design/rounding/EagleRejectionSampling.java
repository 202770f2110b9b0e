package io.hedgecone.design.rounding;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.algebra.Cholesky;
import io.hedgecone.design.algebra.Information;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * EAGLE's own rule (Tennenholtz et al. 2024, App. C): draw k candidates uniformly without replacement and accept
 * the subset S when max_i z_iᵀΣ_S⁻¹z_i ≤ C·r over all K candidates, with Σ_S = (1/k)·Σ_{s∈S} z_s z_sᵀ; redraw
 * otherwise. Returns the first accepted subset, or after {@code maxDraws} the draw with the smallest maximum
 * leverage, marked not accepted. Required candidates are in every draw. The test allows {@link #ROUNDING} relative
 * slack, so that designs meeting it with equality in exact arithmetic (evenly spread points) are not rejected for
 * a last-bit difference.
 *
 * @param c        approximation factor C ≥ 1 (the paper uses 1)
 * @param maxDraws draws before giving up
 * @param seed     seed of the {@link Random} drawing the subsets
 */
public record EagleRejectionSampling(double c, int maxDraws, long seed) implements Rounding {
    public EagleRejectionSampling {
        if (!(c >= 1) || !Double.isFinite(c)) throw new IllegalArgumentException("the approximation factor C must be >= 1, got " + c);
        if (maxDraws < 1) throw new IllegalArgumentException("maxDraws must be >= 1, got " + maxDraws);
    }

    /** Relative slack of the acceptance test for floating-point rounding of the leverages. */
    public static final double ROUNDING = 1e-12;

    @Override public String name() { return "eagle"; }

    @Override public Selection select(Candidates cand, double[] w, int k) {
        Rounding.checkK(cand, k);
        int r = cand.rank(), kc = cand.count();
        if (k < r)
            throw new IllegalArgumentException("EAGLE's acceptance test needs k >= n: with k = " + k + " < n = " + r
                    + (r < cand.dimension() ? " (the rank of the points in R^" + cand.dimension() + ")" : "")
                    + ", Sigma_S = (1/k) sum_{s in S} z_s z_s^T has rank at most " + k + " and is singular");
        double[] z = cand.projected();
        int[] req = cand.required();
        boolean[] isReq = new boolean[kc];
        for (int i : req) isReq[i] = true;
        int[] rest = new int[kc - req.length];
        for (int i = 0, p = 0; i < kc; i++) if (!isReq[i]) rest[p++] = i;
        Random rnd = new Random(seed);
        double limit = c * r * (1 + ROUNDING);
        double best = Double.POSITIVE_INFINITY;
        int[] bestSet = null;
        double[] work = new double[r];
        for (int draw = 1; draw <= maxDraws; draw++) {
            int[] s = draw(req, rest, k, rnd);
            Cholesky f = Cholesky.factor(Information.subsetMatrix(z, r, s, 1.0 / k), r);
            if (f == null) {
                if (bestSet == null) bestSet = s;
                continue;
            }
            // stop scanning as soon as the subset can neither pass nor beat the best so far
            double stop = Math.max(limit, Math.min(best, Double.MAX_VALUE));
            double gmax = 0;
            for (int i = 0; i < kc && gmax <= stop; i++) gmax = Math.max(gmax, f.leverage(z, i * r, work));
            if (gmax <= limit)
                return new Selection(s, true, draw, List.of(String.format("accepted at draw %d: max leverage %.6g <= C*n = %.6g", draw, gmax, limit)));
            if (gmax < best) { best = gmax; bestSet = s; }
        }
        List<String> notes = new ArrayList<>();
        notes.add(String.format("no subset passed max leverage <= C*n = %.6g in %d draws; returning the best draw%s", limit, maxDraws,
                Double.isFinite(best) ? String.format(" (max leverage %.6g)", best) : " (every draw was singular)"));
        return new Selection(bestSet, false, maxDraws, notes);
    }

    /** Required candidates plus k − |req| drawn uniformly from {@code rest} (partial Fisher–Yates on a copy). */
    private static int[] draw(int[] req, int[] rest, int k, Random rnd) {
        int[] pool = rest.clone();
        int need = k - req.length;
        int[] s = new int[k];
        System.arraycopy(req, 0, s, 0, req.length);
        for (int t = 0; t < need; t++) {
            int p = t + rnd.nextInt(pool.length - t);
            int tmp = pool[t];
            pool[t] = pool[p];
            pool[p] = tmp;
            s[req.length + t] = pool[t];
        }
        return s;
    }
}
