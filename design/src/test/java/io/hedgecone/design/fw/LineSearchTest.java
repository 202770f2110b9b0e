package io.hedgecone.design.fw;

import io.hedgecone.design.algebra.Cholesky;
import io.hedgecone.design.algebra.Information;
import io.hedgecone.design.data.SyntheticPoints;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The closed-form line searches against the real objective evaluated on a grid of 2,001 steps: the returned step
 * must be at least as good as every grid point (to 1e-12 relative, rounding of two factorizations), and the
 * closed-form value must match a direct factorization at that step (1e-10 relative).
 */
class LineSearchTest {
    static double[] points(int k, int r, long seed) {
        double[][] p = SyntheticPoints.gaussian(k, r, seed);
        double[] z = new double[k * r];
        for (int i = 0; i < k; i++) System.arraycopy(p[i], 0, z, i * r, r);
        return z;
    }

    static double[] weights(int k, Random rnd) {
        double[] w = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) { w[i] = 0.1 + rnd.nextDouble(); s += w[i]; }
        for (int i = 0; i < k; i++) w[i] /= s;
        return w;
    }

    /** V((1−γ)w + γe_j). */
    static double[] moved(double[] z, int k, int r, double[] w, int j, double gamma) {
        double[] v = w.clone();
        for (int i = 0; i < k; i++) v[i] *= 1 - gamma;
        v[j] += gamma;
        return Information.matrix(z, k, r, v);
    }

    static double traceInv(double[] v, int r) {
        double[] inv = Cholesky.factor(v, r).inverse();
        double t = 0;
        for (int a = 0; a < r; a++) t += inv[a * r + a];
        return t;
    }

    @Test void logDetStepsAreExact() {
        int k = 12, r = 4;
        double[] z = points(k, r, 1);
        Random rnd = new Random(2);
        for (int trial = 0; trial < 4; trial++) {
            double[] w = weights(k, rnd);
            Cholesky f = Cholesky.factor(Information.matrix(z, k, r, w), r);
            double[] g = Information.leverages(f, z, k, r);
            double base = f.logDet();
            for (int j = 0; j < k; j++) {
                boolean toward = g[j] > r;
                double gamma = toward ? LogDetStep.toward(g[j], r) : LogDetStep.away(g[j], r, w[j]);
                double lo = toward ? 0 : -w[j] / (1 - w[j]), hi = toward ? 1 - 1e-9 : 0;
                double best = Cholesky.factor(moved(z, k, r, w, j, gamma), r).logDet();
                assertEquals(base + LogDetStep.gain(gamma, g[j], r), best, 1e-10 * Math.max(1, Math.abs(best)));
                for (int s = 0; s <= 2000; s++) {
                    double x = lo + (hi - lo) * s / 2000.0;
                    Cholesky fx = Cholesky.factor(moved(z, k, r, w, j, x), r);
                    if (fx != null) assertTrue(fx.logDet() <= best + 1e-12 * Math.max(1, Math.abs(best)), "grid step " + x + " beats " + gamma);
                }
            }
        }
    }

    @Test void traceStepsAreExact() {
        int k = 10, r = 3;
        double[] z = points(k, r, 3);
        Random rnd = new Random(4);
        for (int trial = 0; trial < 4; trial++) {
            double[] w = weights(k, rnd);
            double[] v = Information.matrix(z, k, r, w);
            Cholesky f = Cholesky.factor(v, r);
            double t = traceInv(v, r);
            double[] sol = new double[r];
            for (int j = 0; j < k; j++) {
                f.solve(z, j * r, sol);
                double g = 0, a = 0;
                for (int q = 0; q < r; q++) { g += z[j * r + q] * sol[q]; a += sol[q] * sol[q]; }
                boolean toward = a > t;
                double lo = toward ? 0 : -w[j] / (1 - w[j]), hi = toward ? 1 - 1e-9 : 0;
                double s = TraceStep.minimize(lo, hi, t, g, a);
                double at = traceInv(moved(z, k, r, w, j, s), r);
                assertEquals(at, TraceStep.phi(s, t, g, a), 1e-10 * at);
                for (int q = 0; q <= 2000; q++) {
                    double x = lo + (hi - lo) * q / 2000.0;
                    if (Cholesky.factor(moved(z, k, r, w, j, x), r) == null) continue;
                    assertTrue(traceInv(moved(z, k, r, w, j, x), r) >= at * (1 - 1e-12), "grid step " + x + " beats " + s);
                }
            }
        }
    }

    /** w with mass γ moved from m to j. */
    static double[] transferred(double[] z, int k, int r, double[] w, int j, int m, double gamma) {
        double[] v = w.clone();
        v[j] += gamma;
        v[m] -= gamma;
        return Information.matrix(z, k, r, v);
    }

    @Test void pairwiseStepsAreExact() {
        int k = 9, r = 3;
        double[] z = points(k, r, 5);
        Random rnd = new Random(6);
        for (int trial = 0; trial < 3; trial++) {
            double[] w = weights(k, rnd);
            double[] v = Information.matrix(z, k, r, w);
            Cholesky f = Cholesky.factor(v, r);
            double[] inv = f.inverse();
            double base = f.logDet(), t = traceInv(v, r);
            for (int j = 0; j < k; j++)
                for (int m = 0; m < k; m++) {
                    if (j == m) continue;
                    double gj = quad(inv, z, j, j, r), gm = quad(inv, z, m, m, r), gjm = quad(inv, z, j, m, r);
                    double[] inv2 = square(inv, r);
                    double aj = quad(inv2, z, j, j, r), am = quad(inv2, z, m, m, r), hjm = quad(inv2, z, j, m, r);
                    // log det
                    double gd = LogDetStep.pairwise(gj, gm, gjm, w[m]);
                    double atD = Cholesky.factor(transferred(z, k, r, w, j, m, gd), r).logDet();
                    assertEquals(base + LogDetStep.pairwiseGain(gd, gj, gm, gjm), atD, 1e-10 * Math.max(1, Math.abs(atD)));
                    // trace V⁻¹
                    double sa = TraceStep.pairwise(w[m], gj, gm, gjm, aj, am, hjm);
                    double atA = traceInv(transferred(z, k, r, w, j, m, sa), r);
                    assertEquals(atA, t + TraceStep.pairwiseChange(sa, gj, gm, gjm, aj, am, hjm), 1e-10 * atA);
                    for (int q = 0; q <= 400; q++) {
                        double x = w[m] * q / 400.0;
                        Cholesky fx = Cholesky.factor(transferred(z, k, r, w, j, m, x), r);
                        if (fx == null) continue;
                        assertTrue(fx.logDet() <= atD + 1e-12 * Math.max(1, Math.abs(atD)), "log det: grid " + x + " beats " + gd);
                        assertTrue(traceInv(transferred(z, k, r, w, j, m, x), r) >= atA * (1 - 1e-12), "trace: grid " + x + " beats " + sa);
                    }
                }
        }
    }

    /** z_iᵀ M z_j for a row-major r×r M. */
    static double quad(double[] m, double[] z, int i, int j, int r) {
        double s = 0;
        for (int a = 0; a < r; a++) for (int b = 0; b < r; b++) s += z[i * r + a] * m[a * r + b] * z[j * r + b];
        return s;
    }

    static double[] square(double[] m, int r) {
        double[] out = new double[r * r];
        for (int a = 0; a < r; a++) for (int b = 0; b < r; b++) for (int c = 0; c < r; c++) out[a * r + b] += m[a * r + c] * m[c * r + b];
        return out;
    }
}
