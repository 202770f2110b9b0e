package io.hedgecone.rl.mf;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import java.util.SplittableRandom;

/**
 * Weighted alternating least squares (Hu, Koren &amp; Volinsky 2008; see {@link WalsConfig} for the loss). Each
 * half-step solves, for every row, the ridge normal equations
 * (w₀·YᵀY + Σ_{i observed} (c_ui − w₀) y_i y_iᵀ + λI) x_u = Σ_{i observed} c_ui t_ui y_i,
 * where the dense Gram YᵀY is shared by all rows — HKV's trick that makes the all-pairs loss cost O(nnz·n² + rows·n³)
 * per sweep. Cholesky solves by EJML. Single-threaded, deterministic under the config's seed.
 */
public final class Wals {
    private Wals() {}

    /** Fits factors to {@code m}. */
    public static Factorization fit(RatingMatrix m, WalsConfig cfg) { return fit(m, cfg, null); }

    /** Fits factors to {@code m}, calling {@code afterSweep} (if not null) with the sweep number and the factors so far. */
    public static Factorization fit(RatingMatrix m, WalsConfig cfg, java.util.function.ObjIntConsumer<Factorization> afterSweep) {
        int n = cfg.rank();
        SplittableRandom rnd = new SplittableRandom(cfg.seed());
        double[][] x = random(m.users(), n, cfg.initScale(), rnd), y = random(m.items(), n, cfg.initScale(), rnd);
        for (int it = 0; it < cfg.iterations(); it++) {
            solveRows(x, y, m, cfg, true);
            solveRows(y, x, m, cfg, false);
            if (afterSweep != null) afterSweep.accept(new Factorization(x, y), it);
        }
        return new Factorization(x, y);
    }

    /**
     * The loss of {@link WalsConfig} over all user–item pairs (O(users·items·rank): for tests and small data).
     */
    public static double loss(RatingMatrix m, Factorization f, WalsConfig cfg) {
        boolean implicit = cfg.mode() == WalsConfig.Mode.IMPLICIT;
        double w0 = implicit ? 1.0 : cfg.unobservedWeight(), s = 0;
        for (int u = 0; u < m.users(); u++) {
            int p = m.userStart(u);
            for (int i = 0; i < m.items(); i++) {
                double pred = f.predict(u, i);
                if (p < m.userEnd(u) && m.userItem(p) == i) {
                    double v = m.userValue(p++), c = implicit ? 1 + cfg.alpha() * v : 1.0, t = implicit ? 1.0 : v;
                    s += c * (t - pred) * (t - pred);
                } else s += w0 * pred * pred;
            }
        }
        double reg = 0;
        for (double[] x : f.users()) for (double v : x) reg += v * v;
        for (double[] y : f.items()) for (double v : y) reg += v * v;
        return s + cfg.lambda() * reg;
    }

    /** One half-step: every row of {@code out} given the fixed factors {@code fixed}. */
    private static void solveRows(double[][] out, double[][] fixed, RatingMatrix m, WalsConfig cfg, boolean byUser) {
        int n = cfg.rank();
        boolean implicit = cfg.mode() == WalsConfig.Mode.IMPLICIT;
        double w0 = implicit ? 1.0 : cfg.unobservedWeight();
        DMatrixRMaj gram = new DMatrixRMaj(n, n);
        if (w0 > 0) {
            DMatrixRMaj f = new DMatrixRMaj(fixed);
            CommonOps_DDRM.multTransA(f, f, gram);
            CommonOps_DDRM.scale(w0, gram);
        }
        DMatrixRMaj a = new DMatrixRMaj(n, n), b = new DMatrixRMaj(n, 1), sol = new DMatrixRMaj(n, 1);
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(n);
        for (int r = 0; r < out.length; r++) {
            a.setTo(gram);
            for (int k = 0; k < n; k++) a.add(k, k, cfg.lambda());
            b.zero();
            int start = byUser ? m.userStart(r) : m.itemStart(r), end = byUser ? m.userEnd(r) : m.itemEnd(r);
            for (int p = start; p < end; p++) {
                int j = byUser ? m.userItem(p) : m.itemUser(p);
                double v = byUser ? m.userValue(p) : m.itemValue(p);
                double c = implicit ? 1 + cfg.alpha() * v : 1.0, t = implicit ? 1.0 : v;
                double[] f = fixed[j];
                double extra = c - w0;
                for (int k = 0; k < n; k++) {
                    double fk = f[k] * extra;
                    for (int l = 0; l < n; l++) a.data[k * n + l] += fk * f[l];
                    b.data[k] += c * t * f[k];
                }
            }
            if (start == end && w0 == 0 && cfg.lambda() == 0) { java.util.Arrays.fill(out[r], 0); continue; }
            if (!chol.setA(a)) throw new IllegalStateException((byUser ? "user " : "item ") + r
                    + ": normal equations are not positive definite; raise lambda (now " + cfg.lambda() + ")");
            chol.solve(b, sol);
            System.arraycopy(sol.data, 0, out[r], 0, n);
        }
    }

    private static double[][] random(int rows, int n, double scale, SplittableRandom rnd) {
        double[][] f = new double[rows][n];
        for (double[] row : f) for (int k = 0; k < n; k++) row[k] = scale * rnd.nextGaussian();
        return f;
    }
}
