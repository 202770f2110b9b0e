package io.hedgecone.design.fw;

import io.hedgecone.design.algebra.Information;
import io.hedgecone.design.algebra.Cholesky;

/**
 * D-optimal design by Frank–Wolfe (Fedorov–Wynn) with exact line search, Wolfe away and drop steps (Todd–Yildirim),
 * pairwise mass transfers (Böhning's vertex exchange) and Harman–Pronzato elimination of candidates that cannot
 * support a D-optimal design. Maximizes log det V(w) over the simplex for points z_1..z_K ∈ R^r spanning R^r;
 * stops when max_i g_i ≤ (1+ε)·r, which by Kiefer–Wolfowitz also makes w (1+ε)-approximately G-optimal.
 *
 * <p>Each step picks whichever of the three moves gains most log det (all gains are closed-form in the leverages).
 * Cost per step: O(K_active·r) for the leverage update g_i ← g_i − c·(z_iᵀu)² (Sherman–Morrison, u = V⁻¹z_j) and
 * O(r²) for the rank-one update of V⁻¹; every {@link FwSettings#refreshEvery()} steps V is refactored from w.
 */
public final class FrankWolfeD {
    private final double[] points;
    private final int k, r;
    private final FwSettings settings;
    private final double[] w, b, u, um;
    private final IndexSet support;
    private final ActiveBlock act;
    private boolean fresh;
    private int drops;

    private FrankWolfeD(double[] points, int k, int r, FwSettings settings) {
        this.points = points;
        this.k = k;
        this.r = r;
        this.settings = settings;
        w = new double[k];
        b = new double[r * r];
        u = new double[r];
        um = new double[r];
        support = new IndexSet(k);
        act = new ActiveBlock(points, k, r);
    }

    /** Runs on points {@code z} (K×r row-major, spanning R^r). */
    public static FwResult run(double[] z, int k, int r, FwSettings settings) {
        Information.requirePoints(z, k, r);
        return new FrankWolfeD(z, k, r, settings).solve();
    }

    private FwResult solve() {
        for (int i : SpanningStart.select(points, k, r)) {
            w[i] = 1.0 / r;
            support.add(i);
        }
        refresh();
        double target = (1 + settings.epsilon()) * r;
        int it = 0, stall = 0;
        boolean converged = false, stalled = false;
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            int pmax = argMax();
            if (act.g[pmax] <= target) {
                if (!fresh) { refresh(); continue; }
                if (reactivateViolators(target) == 0) { converged = true; break; }
                continue;
            }
            if (it >= settings.maxIterations()) break;
            chooseAndStep(act.ids[pmax], argMinSupport());
            it++;
            if (it % settings.refreshEvery() == 0) {
                refresh();
                double gmax = act.g[argMax()];
                if (gmax < best * (1 - 1e-13)) { best = gmax; stall = 0; }
                else if (++stall >= FwSettings.STALL_REFRESHES) { stalled = true; break; }
                eliminate();
            }
        }
        double s = 0;
        for (double x : w) s += x;
        for (int i = 0; i < k; i++) w[i] /= s;
        return new FwResult(w.clone(), it, converged, k - act.size, drops, stalled);
    }

    /** Packed position of the largest active leverage. */
    private int argMax() {
        int best = 0;
        double[] g = act.g;
        for (int p = 1; p < act.size; p++) if (g[p] > g[best]) best = p;
        return best;
    }

    /** The support point (candidate index) with the smallest leverage. */
    private int argMinSupport() {
        int best = support.get(0);
        for (int q = 1; q < support.size(); q++) {
            int i = support.get(q);
            if (lev(i) < lev(best)) best = i;
        }
        return best;
    }

    private double lev(int i) { return act.g[act.at(i)]; }

    /**
     * Takes the best of three steps by exact gain in log det: toward the most violating candidate j (Fedorov–Wynn),
     * away from the least useful support point m (Wolfe), or moving mass from m to j (a pairwise step, Böhning's
     * vertex exchange), whose gain log(1 + γ(g_j − g_m) − γ²(g_j g_m − g_jm²)) is concave in γ.
     */
    private void chooseAndStep(int j, int m) {
        double gj = lev(j), gm = lev(m);
        double gt = LogDetStep.toward(gj, r);
        double bestGain = LogDetStep.gain(gt, gj, r);
        int kind = 0;
        double dropGamma = 0, ga = 0, gp = 0;
        if (support.size() > 1 && w[m] < 1) {
            dropGamma = -w[m] / (1 - w[m]);
            ga = LogDetStep.away(gm, r, w[m]);
            double gain = LogDetStep.gain(ga, gm, r);
            if (gain > bestGain) { bestGain = gain; kind = 1; }
        }
        if (support.size() > 1 && m != j) {
            Kernels.multiply(b, points, j * r, u, r);
            double d = Kernels.dot(points, m * r, u, r);
            gp = LogDetStep.pairwise(gj, gm, d, w[m]);
            if (gp > 0 && LogDetStep.pairwiseGain(gp, gj, gm, d) > bestGain) kind = 2;
        }
        switch (kind) {
            case 0 -> step(j, gt, false);
            case 1 -> step(m, ga, ga <= dropGamma);
            default -> pairwise(j, m, gp, gp >= w[m]);
        }
    }

    /** w ← (1−γ)w + γe_j with the matching updates of V⁻¹ and of the active leverages. */
    private void step(int j, double gamma, boolean drop) {
        if (gamma >= 1) { // only for r = 1: the whole mass moves to j, and (1−γ)⁻¹ is undefined
            for (int q = support.size() - 1; q >= 0; q--) { w[support.get(q)] = 0; support.remove(support.get(q)); }
            w[j] = 1;
            support.add(j);
            refresh();
            return;
        }
        Kernels.multiply(b, points, j * r, u, r);
        double gj = Kernels.dot(points, j * r, u, r);
        double c = gamma / ((1 - gamma) + gamma * gj);
        double inv = 1 / (1 - gamma);
        double[] z = act.z, g = act.g;
        for (int p = 0, n = act.size; p < n; p++) {
            double d = Kernels.dot(z, p * r, u, r);
            g[p] = (g[p] - c * d * d) * inv;
        }
        for (int a = 0; a < r; a++) {
            double ca = c * u[a];
            int row = a * r;
            for (int q = 0; q < r; q++) b[row + q] = (b[row + q] - ca * u[q]) * inv;
        }
        for (int q = 0; q < support.size(); q++) w[support.get(q)] *= 1 - gamma;
        if (drop) {
            w[j] = 0;
            support.remove(j);
            drops++;
        } else {
            w[j] += gamma;
            support.add(j);
        }
        fresh = false;
    }

    /**
     * Moves mass γ from support point m to candidate j: V ← V + γ(z_j z_jᵀ − z_m z_mᵀ), applied as two
     * Sherman–Morrison updates sharing one pass over the active leverages.
     */
    private void pairwise(int j, int m, double gamma, boolean drop) {
        Kernels.multiply(b, points, j * r, u, r);
        Kernels.multiply(b, points, m * r, um, r);
        double gj = Kernels.dot(points, j * r, u, r);
        double gjm = Kernels.dot(points, m * r, u, r);
        double gm = Kernels.dot(points, m * r, um, r);
        double c1 = gamma / (1 + gamma * gj);            // add γ z_j z_jᵀ
        double e = c1 * gjm;                             // V⁻¹z_m after the first update: um − e·u
        double gm1 = gm - c1 * gjm * gjm;
        double c2 = gamma / (1 - gamma * gm1);           // remove γ z_m z_mᵀ
        for (int a = 0; a < r; a++) um[a] -= e * u[a];
        double[] z = act.z, g = act.g;
        for (int p = 0, n = act.size; p < n; p++) {
            double pi = Kernels.dot(z, p * r, u, r), qi = Kernels.dot(z, p * r, um, r);
            g[p] = g[p] - c1 * pi * pi + c2 * qi * qi;
        }
        for (int a = 0; a < r; a++) {
            double ca = c1 * u[a], da = c2 * um[a];
            int row = a * r;
            for (int q = 0; q < r; q++) b[row + q] += da * um[q] - ca * u[q];
        }
        w[j] += gamma;
        support.add(j);
        if (drop) {
            w[m] = 0;
            support.remove(m);
            drops++;
        } else {
            w[m] -= gamma;
        }
        fresh = false;
    }

    /** Cholesky factor of V(w) from the support; fails loudly, since the steps keep V nonsingular. */
    private Cholesky factorV() {
        double[] v = new double[r * r];
        for (int q = 0; q < support.size(); q++) {
            int i = support.get(q), oi = i * r;
            double wi = w[i];
            for (int a = 0; a < r; a++) {
                double za = wi * points[oi + a];
                int row = a * r;
                for (int c = 0; c <= a; c++) v[row + c] += za * points[oi + c];
            }
        }
        Cholesky f = Cholesky.factor(v, r);
        if (f == null) throw new IllegalStateException("Frank-Wolfe information matrix became singular (support " + support.size() + " points)");
        return f;
    }

    /** Refactors V(w) and recomputes V⁻¹ and the active leverages exactly. */
    private void refresh() {
        Cholesky f = factorV();
        System.arraycopy(f.inverse(), 0, b, 0, r * r);
        double[] work = new double[r];
        for (int p = 0; p < act.size; p++) act.g[p] = f.leverage(act.z, p * r, work);
        fresh = true;
    }

    /**
     * Harman–Pronzato (2007): with max_i g_i = r + e, every support point of a D-optimal design has
     * g ≥ r·(1 + e/2 − √(e(4 + e − 4/r))/2). Zero-weight candidates below that bound are set aside (the bound
     * holds for the reduced problem too, whose optimum is the same). Needs exact leverages: only after refresh.
     */
    private void eliminate() {
        double e = act.g[argMax()] - r;
        if (!(e > 0)) return;
        double h = r * (1 + e / 2 - Math.sqrt(e * (4 + e - 4.0 / r)) / 2);
        double cut = h * (1 - 1e-9); // margin for rounding in g
        for (int p = act.size - 1; p >= 0; p--)
            if (act.g[p] < cut && w[act.ids[p]] == 0) act.removeAt(p);
    }

    /**
     * The stopping test passed on the active candidates with fresh numbers; the set-aside ones are not tracked, so
     * check them now and bring back any that violate it. Returns how many came back.
     */
    private int reactivateViolators(double target) {
        if (act.size == k) return 0;
        Cholesky f = factorV();
        double[] work = new double[r];
        int back = 0;
        for (int i = 0; i < k; i++) {
            if (act.contains(i)) continue;
            double gi = f.leverage(points, i * r, work);
            if (gi > target) {
                act.add(i, points, gi);
                back++;
            }
        }
        return back;
    }
}
