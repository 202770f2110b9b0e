package io.hedgecone.design.rounding;

import io.hedgecone.design.algebra.Cholesky;
import io.hedgecone.design.algebra.Information;

import java.util.Arrays;

/**
 * Greedy k-point design: from a start set, repeatedly add the candidate that most increases the volume — while the
 * chosen points do not span R^r, the one with the largest residual outside their span (pivoted Gram–Schmidt);
 * afterwards the one with the largest leverage z_jᵀM⁻¹z_j, since det(M + z_j z_jᵀ) = det M·(1 + z_jᵀM⁻¹z_j).
 */
final class GreedyVolume {
    private GreedyVolume() { }

    /** Extends {@code start} to k points of z (K×r row-major, spanning R^r). Ties go to the lower index. */
    static int[] extend(double[] z, int kCand, int r, int[] start, int k) {
        boolean[] in = new boolean[kCand];
        int[] s = Arrays.copyOf(start, k);
        int n = start.length;
        for (int i : start) in[i] = true;
        // phase 1: orthonormal basis of span(S) and squared residuals of every candidate
        double[] q = new double[r * r];
        int dim = 0;
        double[] res = new double[kCand];
        double maxNorm = 0;
        for (int i = 0; i < kCand; i++) {
            double t = 0;
            for (int a = 0; a < r; a++) t += z[i * r + a] * z[i * r + a];
            res[i] = t;
            maxNorm = Math.max(maxNorm, t);
        }
        double tol = 1e-20 * maxNorm;
        for (int p = 0; p < n && dim < r; p++) if (res[s[p]] > tol) dim = addDirection(z, kCand, r, s[p], q, dim, res);
        while (n < k && dim < r) {
            int best = -1;
            for (int i = 0; i < kCand; i++) if (!in[i] && (best < 0 || res[i] > res[best])) best = i;
            if (!(res[best] > tol)) break;
            in[best] = true;
            s[n++] = best;
            dim = addDirection(z, kCand, r, best, q, dim, res);
        }
        if (n == k) return s;
        // phase 2: the chosen points span R^r; maximize the leverage with rank-one updates of M⁻¹
        Cholesky f = Cholesky.factor(Information.subsetMatrix(z, r, Arrays.copyOf(s, n), 1.0), r);
        if (f == null) throw new IllegalStateException("greedy design lost rank");
        double[] b = f.inverse(), u = new double[r], lev = new double[kCand];
        double[] work = new double[r];
        for (int i = 0; i < kCand; i++) lev[i] = f.leverage(z, i * r, work);
        while (n < k) {
            int best = -1;
            for (int i = 0; i < kCand; i++) if (!in[i] && (best < 0 || lev[i] > lev[best])) best = i;
            in[best] = true;
            s[n++] = best;
            for (int a = 0; a < r; a++) {
                double t = 0;
                for (int c = 0; c < r; c++) t += b[a * r + c] * z[best * r + c];
                u[a] = t;
            }
            double c = 1 / (1 + lev[best]);
            for (int i = 0; i < kCand; i++) {
                double d = 0;
                for (int a = 0; a < r; a++) d += z[i * r + a] * u[a];
                lev[i] -= c * d * d;
            }
            for (int a = 0; a < r; a++)
                for (int e = 0; e < r; e++) b[a * r + e] -= c * u[a] * u[e];
        }
        return s;
    }

    /** Adds the direction of z_i (orthogonalized twice against q) and updates the residuals. Returns the new dim. */
    private static int addDirection(double[] z, int kCand, int r, int i, double[] q, int dim, double[] res) {
        int off = dim * r;
        System.arraycopy(z, i * r, q, off, r);
        for (int pass = 0; pass < 2; pass++)
            for (int t = 0; t < dim; t++) {
                double d = 0;
                for (int a = 0; a < r; a++) d += q[t * r + a] * q[off + a];
                for (int a = 0; a < r; a++) q[off + a] -= d * q[t * r + a];
            }
        double nrm = 0;
        for (int a = 0; a < r; a++) nrm += q[off + a] * q[off + a];
        nrm = Math.sqrt(nrm);
        for (int a = 0; a < r; a++) q[off + a] /= nrm;
        for (int j = 0; j < kCand; j++) {
            double d = 0;
            for (int a = 0; a < r; a++) d += z[j * r + a] * q[off + a];
            res[j] = Math.max(0, res[j] - d * d);
        }
        return dim + 1;
    }
}
