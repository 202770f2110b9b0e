package io.hedgecone.design.fw;

import io.hedgecone.design.algebra.Information;
import io.hedgecone.design.algebra.Cholesky;

/**
 * A-optimal design (minimize trace V(w)⁻¹) by Frank–Wolfe with exact line search ({@link TraceStep}), Wolfe
 * away/drop steps and pairwise transfers (the best of the three by exact decrease). The gradient is ∂trace V⁻¹/∂w_i = −a_i with a_i = ‖V⁻¹z_i‖², and Σ_i w_i a_i = trace V⁻¹ = t,
 * so the Frank–Wolfe gap is a_max − t and the away gap t − a_min over the support. Stops when
 * a_max ≤ (1+ε)·t (the equivalence theorem for A-optimality).
 *
 * <p>Per step two O(K·r) products (z_iᵀu and z_iᵀV⁻¹u with u = V⁻¹z_j) update g_i = z_iᵀV⁻¹z_i and a_i through
 * Sherman–Morrison. No candidate elimination: the Harman–Pronzato bound is specific to D.
 */
public final class FrankWolfeA {
    private final double[] z;
    private final int k, r;
    private final FwSettings settings;
    private final double[] w, g, a, b, u, bu, um, bum;
    private final IndexSet support;
    private double trace;
    private boolean fresh;
    private int drops;

    private FrankWolfeA(double[] z, int k, int r, FwSettings settings) {
        this.z = z;
        this.k = k;
        this.r = r;
        this.settings = settings;
        w = new double[k];
        g = new double[k];
        a = new double[k];
        b = new double[r * r];
        u = new double[r];
        bu = new double[r];
        um = new double[r];
        bum = new double[r];
        support = new IndexSet(k);
    }

    /** Runs on points {@code z} (K×r row-major, spanning R^r). */
    public static FwResult run(double[] z, int k, int r, FwSettings settings) {
        Information.requirePoints(z, k, r);
        return new FrankWolfeA(z, k, r, settings).solve();
    }

    private FwResult solve() {
        for (int i : SpanningStart.select(z, k, r)) {
            w[i] = 1.0 / r;
            support.add(i);
        }
        refresh();
        int it = 0, stall = 0;
        boolean converged = false, stalled = false;
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            int jmax = 0;
            for (int i = 1; i < k; i++) if (a[i] > a[jmax]) jmax = i;
            if (a[jmax] <= (1 + settings.epsilon()) * trace) {
                if (!fresh) { refresh(); continue; }
                converged = true;
                break;
            }
            if (it >= settings.maxIterations()) break;
            int jmin = support.get(0);
            for (int p = 1; p < support.size(); p++) if (a[support.get(p)] < a[jmin]) jmin = support.get(p);
            if (!chooseAndStep(jmax, jmin)) { // no representable progress along any of the three directions
                if (!fresh) { refresh(); continue; }
                break;
            }
            it++;
            if (it % settings.refreshEvery() == 0) {
                refresh();
                double amax = 0;
                for (int i = 0; i < k; i++) amax = Math.max(amax, a[i]);
                double violation = amax / trace;
                if (violation < best * (1 - 1e-13)) { best = violation; stall = 0; }
                else if (++stall >= FwSettings.STALL_REFRESHES) { stalled = true; break; }
            }
        }
        double s = 0;
        for (double x : w) s += x;
        for (int i = 0; i < k; i++) w[i] /= s;
        return new FwResult(w.clone(), it, converged, 0, drops, stalled);
    }

    /**
     * The best of a toward step (to j, the largest a_i), an away step (from m, the smallest a_i on the support) and a
     * pairwise transfer from m to j, by exact decrease of trace V⁻¹. Returns false when none decreases it.
     */
    private boolean chooseAndStep(int j, int m) {
        double st = TraceStep.minimize(0, 1 - 1e-12, trace, g[j], a[j]);
        double best = TraceStep.change(st, trace, g[j], a[j]);
        int kind = 0;
        double sa = 0, sp = 0, dropA = 0;
        if (support.size() > 1 && w[m] < 1) {
            dropA = -w[m] / (1 - w[m]);
            sa = TraceStep.minimize(dropA, 0, trace, g[m], a[m]);
            double ch = TraceStep.change(sa, trace, g[m], a[m]);
            if (ch < best) { best = ch; kind = 1; }
        }
        if (support.size() > 1 && m != j) {
            mul(b, z, j * r, u);
            mul(b, z, m * r, um);
            double gjm = 0, hjm = 0;
            for (int x = 0; x < r; x++) { gjm += z[m * r + x] * u[x]; hjm += u[x] * um[x]; }
            sp = TraceStep.pairwise(w[m], g[j], g[m], gjm, a[j], a[m], hjm);
            double ch = TraceStep.pairwiseChange(sp, g[j], g[m], gjm, a[j], a[m], hjm);
            if (sp > 0 && ch < best) { best = ch; kind = 2; }
        }
        if (!(best < 0)) return false;
        switch (kind) {
            case 0 -> step(j, st, false);
            case 1 -> step(m, sa, sa <= dropA);
            default -> pairwise(j, m, sp, sp >= w[m]);
        }
        return true;
    }

    /** Moves mass s from support point m to j: two Sherman–Morrison updates sharing one pass over the candidates. */
    private void pairwise(int j, int m, double s, boolean drop) {
        mul(b, z, j * r, u);
        mul(b, z, m * r, um);
        mul(b, u, 0, bu);
        mul(b, um, 0, bum);
        double gj = 0, gm = 0, gjm = 0, aj = 0, am = 0, hjm = 0;
        for (int x = 0; x < r; x++) {
            gj += z[j * r + x] * u[x]; gm += z[m * r + x] * um[x]; gjm += z[m * r + x] * u[x];
            aj += u[x] * u[x]; am += um[x] * um[x]; hjm += u[x] * um[x];
        }
        double c1 = s / (1 + s * gj);                  // add s·z_j z_jᵀ
        double gm1 = gm - c1 * gjm * gjm;
        double uv = hjm - c1 * gjm * aj;               // uᵀv with v = V₁⁻¹z_m = um − c1·gjm·u
        double vv = am - 2 * c1 * gjm * hjm + c1 * c1 * gjm * gjm * aj;
        double c2 = s / (1 - s * gm1);                 // remove s·z_m z_mᵀ
        for (int i = 0; i < k; i++) {
            int oi = i * r;
            double p = 0, q = 0, pm = 0, qm = 0;
            for (int x = 0; x < r; x++) {
                double zi = z[oi + x];
                p += zi * u[x]; q += zi * bu[x]; pm += zi * um[x]; qm += zi * bum[x];
            }
            double g1 = g[i] - c1 * p * p;
            double a1 = a[i] - 2 * c1 * p * q + c1 * c1 * p * p * aj;
            double pv = pm - c1 * gjm * p;             // z_iᵀv
            double qv = qm - c1 * gjm * q - c1 * uv * p; // z_iᵀV₁⁻¹v
            g[i] = g1 + c2 * pv * pv;
            a[i] = a1 + 2 * c2 * pv * qv + c2 * c2 * pv * pv * vv;
        }
        trace = trace - c1 * aj + c2 * vv;
        for (int x = 0; x < r; x++) {
            double vx = um[x] - c1 * gjm * u[x];
            for (int y = 0; y < r; y++) {
                double vy = um[y] - c1 * gjm * u[y];
                b[x * r + y] += c2 * vx * vy - c1 * u[x] * u[y];
            }
        }
        w[j] += s;
        support.add(j);
        if (drop) {
            w[m] = 0;
            support.remove(m);
            drops++;
        } else {
            w[m] -= s;
        }
        fresh = false;
    }

    private void step(int j, double s, boolean drop) {
        int oj = j * r;
        mul(b, z, oj, u);
        mul(b, u, 0, bu);
        double gj = 0, uu = 0;
        for (int q = 0; q < r; q++) { gj += z[oj + q] * u[q]; uu += u[q] * u[q]; }
        double c = s / ((1 - s) + s * gj);
        double inv = 1 / (1 - s);
        for (int i = 0; i < k; i++) {
            int oi = i * r;
            double p = 0, q = 0;
            for (int x = 0; x < r; x++) { p += z[oi + x] * u[x]; q += z[oi + x] * bu[x]; }
            g[i] = (g[i] - c * p * p) * inv;
            a[i] = (a[i] - 2 * c * p * q + c * c * p * p * uu) * inv * inv;
        }
        trace = (trace - c * uu) * inv;
        for (int x = 0; x < r; x++) {
            double cx = c * u[x];
            for (int y = 0; y < r; y++) b[x * r + y] = (b[x * r + y] - cx * u[y]) * inv;
        }
        for (int p = 0; p < support.size(); p++) w[support.get(p)] *= 1 - s;
        if (drop) {
            w[j] = 0;
            support.remove(j);
            drops++;
        } else {
            w[j] += s;
            support.add(j);
        }
        fresh = false;
    }

    private void mul(double[] m, double[] x, int off, double[] out) {
        for (int p = 0; p < r; p++) {
            double s = 0;
            for (int q = 0; q < r; q++) s += m[p * r + q] * x[off + q];
            out[p] = s;
        }
    }

    private void refresh() {
        double[] v = new double[r * r];
        for (int p = 0; p < support.size(); p++) {
            int i = support.get(p), oi = i * r;
            for (int x = 0; x < r; x++)
                for (int y = 0; y < r; y++) v[x * r + y] += w[i] * z[oi + x] * z[oi + y];
        }
        Cholesky f = Cholesky.factor(v, r);
        if (f == null) throw new IllegalStateException("Frank-Wolfe information matrix became singular (support " + support.size() + " points)");
        System.arraycopy(f.inverse(), 0, b, 0, r * r);
        trace = 0;
        for (int x = 0; x < r; x++) trace += b[x * r + x];
        double[] sol = new double[r];
        for (int i = 0; i < k; i++) {
            mul(b, z, i * r, sol);
            double gi = 0, ai = 0;
            for (int x = 0; x < r; x++) { gi += z[i * r + x] * sol[x]; ai += sol[x] * sol[x]; }
            g[i] = gi;
            a[i] = ai;
        }
        fresh = true;
    }
}
