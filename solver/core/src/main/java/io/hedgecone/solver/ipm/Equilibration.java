package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.linalg.Parallel;

import java.util.Arrays;
import java.util.List;

/**
 * Modified Ruiz equilibration of the KKT matrix [P Aᵀ; A 0]: diagonal D (columns of A, n) and E (rows, m) and an
 * objective scale c with
 * <pre>  P̄ = c·DPD,  q̄ = c·Dq,  Ā = EAD,  b̄ = Eb,  x = D x̄,  s = E⁻¹ s̄,  z = E z̄ / c.</pre>
 * Rows of a second-order, exponential or power cone share one factor (their mean) so that E maps K onto K.
 */
final class Equilibration {
    final double[] d, dinv, e, einv;
    double c = 1;
    /** Primal scale β: b̄ is divided by β (and q̄, P̄ multiplied by β, β²) so that b̄ and q̄ are of comparable size. */
    double beta = 1;
    /** Unscaling factors: x = xs∘x̄, s = ss∘s̄, z = zs∘z̄; unscaled dual-row quantities = rxs∘(·), primal-row = ss∘(·). */
    double[] xs, ss, zs, rxs;
    final CscMatrix p, a;
    final double[] q, b;

    private Equilibration(CscMatrix p, CscMatrix a, double[] q, double[] b) {
        int n = q.length, m = b.length;
        d = new double[n]; dinv = new double[n]; e = new double[m]; einv = new double[m];
        Arrays.fill(d, 1); Arrays.fill(dinv, 1); Arrays.fill(e, 1); Arrays.fill(einv, 1);
        this.p = p; this.a = a; this.q = q; this.b = b;
    }

    /** Scaled copies of the data (the originals are not modified). */
    static Equilibration compute(CscMatrix pUpper, CscMatrix aIn, double[] qIn, double[] bIn, List<Cone> cones, Settings st,
                                 Parallel par) {
        CscMatrix p = copy(pUpper), a = copy(aIn);
        Equilibration eq = new Equilibration(p, a, qIn.clone(), bIn.clone());
        int n = qIn.length, m = bIn.length;
        double[] dw = new double[n], ew = new double[m];
        Cone[] coneArr = cones.toArray(new Cone[0]);
        // in chunks only where the passes are long enough to repay handing chunks to another thread
        Parallel colPar = a.nnz() >= PARALLEL_ENTRIES ? par : Parallel.SEQUENTIAL;
        boolean chunked = colPar.threads() > 1;
        double[][] chunkRowMax = chunked ? new double[Parallel.CHUNKS][m] : null;
        // the rows each chunk of columns reaches (the same in every pass): only they are cleared and merged, which
        // matters when most columns are short and a few long ones (shared by many cones) sit in one chunk
        int[] rowLo = new int[Parallel.CHUNKS], rowHi = new int[Parallel.CHUNKS];
        if (chunked) rowRanges(a, n, rowLo, rowHi);
        double lo = st.ruizMinScaling(), hi = st.ruizMaxScaling();
        int[] pcp = p.colPtr(), pri = p.rowIdx(), acp = a.colPtr(), ari = a.rowIdx();
        double[] pv = p.values(), av = a.values();
        for (int it = 0; it < st.ruizIterations(); it++) {
            Arrays.fill(dw, 0);
            Arrays.fill(ew, 0);
            for (int j = 0; j < n; j++)
                for (int k = pcp[j]; k < pcp[j + 1]; k++) {
                    double v = Math.abs(pv[k]);
                    int i = pri[k];
                    if (v > dw[j]) dw[j] = v;
                    if (v > dw[i]) dw[i] = v;
                }
            // column maxima per column, row maxima per chunk of columns, then the largest over the chunks (maxima do
            // not depend on the order they are taken in)
            colPar.forRange(n, 1, (ch, from, to) -> {
                double[] rowMax = chunked ? chunkRowMax[ch] : ew;
                if (chunked) Arrays.fill(rowMax, rowLo[ch], rowHi[ch], 0);
                for (int j = from; j < to; j++)
                    for (int k = acp[j]; k < acp[j + 1]; k++) {
                        double v = Math.abs(av[k]);
                        int i = ari[k];
                        if (v > dw[j]) dw[j] = v;
                        if (v > rowMax[i]) rowMax[i] = v;
                    }
            });
            if (chunked)
                for (int ch = 0; ch < Parallel.CHUNKS; ch++) {
                    double[] rowMax = chunkRowMax[ch];
                    for (int i = rowLo[ch]; i < rowHi[ch]; i++) if (rowMax[i] > ew[i]) ew[i] = rowMax[i];
                }
            for (int j = 0; j < n; j++) dw[j] = 1 / Math.sqrt(limit(dw[j], lo, hi));
            // the row factors cone by cone (a cone's rows share their mean), kept within [lo, hi] cumulatively, and
            // applied to b and E at once (A takes them below)
            par.forRange(coneArr.length, ConicSolver.PARALLEL_CONES, (ch, from, to) -> {
                for (int c = from; c < to; c++) {
                    Cone cone = coneArr[c];
                    int o = cone.offset(), k = cone.dim();
                    for (int i = o; i < o + k; i++) ew[i] = 1 / Math.sqrt(limit(ew[i], lo, hi));
                    if (cone.needsUniformScaling()) {
                        // the cone's cumulative factors are equal (they start at 1 and only ever take a shared factor),
                        // so the clamped mean is one number
                        double mean = 0;
                        for (int i = o; i < o + k; i++) mean += ew[i];
                        mean /= k;
                        double f = clamp(eq.e[o] * mean, lo, hi) / eq.e[o];
                        Arrays.fill(ew, o, o + k, f);
                    } else
                        for (int i = o; i < o + k; i++) ew[i] = clamp(eq.e[i] * ew[i], lo, hi) / eq.e[i];
                    for (int i = o; i < o + k; i++) { eq.b[i] *= ew[i]; eq.e[i] *= ew[i]; }
                }
            });
            for (int j = 0; j < n; j++) dw[j] = clamp(eq.d[j] * dw[j], lo, hi) / eq.d[j];
            for (int j = 0; j < n; j++)
                for (int k = pcp[j]; k < pcp[j + 1]; k++) pv[k] *= dw[pri[k]] * dw[j];
            colPar.forRange(n, 1, (ch, from, to) -> {
                for (int j = from; j < to; j++)
                    for (int k = acp[j]; k < acp[j + 1]; k++) av[k] *= ew[ari[k]] * dw[j];
            });
            for (int j = 0; j < n; j++) { eq.q[j] *= dw[j]; eq.d[j] *= dw[j]; }
        }
        // primal scaling: bring b̄ to unit size
        if (st.ruizIterations() > 0) {
            double bn = 0;
            for (double v : eq.b) bn = Math.max(bn, Math.abs(v));
            double beta = Math.min(Math.max(bn, 1.0), hi);
            if (beta != 1) {
                for (int i = 0; i < m; i++) eq.b[i] /= beta;
                for (int j = 0; j < n; j++) eq.q[j] *= beta;
                for (int k = 0; k < pv.length; k++) pv[k] *= beta * beta;
            }
            eq.beta = beta;
        }
        // objective scaling
        if (st.ruizIterations() > 0) {
            double[] colNorm = new double[n];
            for (int j = 0; j < n; j++)
                for (int k = pcp[j]; k < pcp[j + 1]; k++) {
                    double v = Math.abs(pv[k]);
                    int i = pri[k];
                    if (v > colNorm[j]) colNorm[j] = v;
                    if (v > colNorm[i]) colNorm[i] = v;
                }
            double meanCol = 0;
            for (double v : colNorm) meanCol += v;
            meanCol = n > 0 ? meanCol / n : 0;
            double qn = 0;
            for (double v : eq.q) qn = Math.max(qn, Math.abs(v));
            double scale = limit(Math.max(meanCol, qn), lo, hi);
            double cc = 1 / scale;
            for (int k = 0; k < pv.length; k++) pv[k] *= cc;
            for (int j = 0; j < n; j++) eq.q[j] *= cc;
            eq.c = cc;
        }
        for (int j = 0; j < n; j++) eq.dinv[j] = 1 / eq.d[j];
        for (int i = 0; i < m; i++) eq.einv[i] = 1 / eq.e[i];
        double cb = eq.c * eq.beta;
        eq.xs = new double[n];
        eq.rxs = new double[n];
        eq.ss = new double[m];
        eq.zs = new double[m];
        for (int j = 0; j < n; j++) { eq.xs[j] = eq.beta * eq.d[j]; eq.rxs[j] = eq.dinv[j] / cb; }
        for (int i = 0; i < m; i++) { eq.ss[i] = eq.beta * eq.einv[i]; eq.zs[i] = eq.e[i] / cb; }
        return eq;
    }

    /** For each chunk of columns ({@link Parallel#chunkStart}): the range [lo, hi) of the rows its entries use. */
    private static void rowRanges(CscMatrix a, int n, int[] lo, int[] hi) {
        int[] acp = a.colPtr(), ari = a.rowIdx();
        for (int ch = 0; ch < Parallel.CHUNKS; ch++) {
            int l = Integer.MAX_VALUE, h = 0;
            for (int k = acp[Parallel.chunkStart(n, ch)]; k < acp[Parallel.chunkStart(n, ch + 1)]; k++) {
                l = Math.min(l, ari[k]);
                h = Math.max(h, ari[k] + 1);
            }
            lo[ch] = Math.min(l, h);
            hi[ch] = h;
        }
    }

    /** Constraint matrices with fewer entries are equilibrated on the calling thread. */
    private static final int PARALLEL_ENTRIES = 100_000;

    private static double limit(double v, double lo, double hi) {
        if (v < lo) return 1.0;
        return Math.min(v, hi);
    }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }

    private static CscMatrix copy(CscMatrix x) {
        return new CscMatrix(x.rows(), x.cols(), x.colPtr().clone(), x.rowIdx().clone(), x.values().clone());
    }
}
