package io.hedgecone.design.fw;

import io.hedgecone.design.algebra.Cholesky;

/**
 * A-optimal design (minimize trace V(w)⁻¹) by Frank–Wolfe with exact line search ({@link TraceStep}) and Wolfe
 * away/drop steps. The gradient is ∂trace V⁻¹/∂w_i = −a_i with a_i = ‖V⁻¹z_i‖², and Σ_i w_i a_i = trace V⁻¹ = t,
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
    private final double[] w, g, a, b, u, bu;
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
        support = new IndexSet(k);
    }

    /** Runs on points {@code z} (K×r row-major, spanning R^r). */
    public static FwResult run(double[] z, int k, int r, FwSettings settings) {
        if (z.length != k * r) throw new IllegalArgumentException("points array has " + z.length + " entries, expected " + k * r);
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
            if (support.size() > 1 && trace - a[jmin] > a[jmax] - trace) {
                double drop = -w[jmin] / (1 - w[jmin]);
                double s = TraceStep.minimize(drop, 0, trace, g[jmin], a[jmin]);
                step(jmin, s, s <= drop);
            } else {
                // s → 1 makes V rank one; the line search's +∞ outside the domain keeps it away from there
                double s = TraceStep.minimize(0, 1 - 1e-12, trace, g[jmax], a[jmax]);
                if (s == 0) { // no progress possible along this edge in floating point
                    if (!fresh) { refresh(); continue; }
                    break;
                }
                step(jmax, s, false);
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
