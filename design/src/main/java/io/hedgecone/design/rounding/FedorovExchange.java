package io.hedgecone.design.rounding;

import io.hedgecone.design.algebra.Cholesky;
import io.hedgecone.design.algebra.Information;

/**
 * Fedorov's exchange for a k-point design with k ≥ r: swap a chosen point i for an outside candidate j whenever it
 * increases det M, M = Σ_{s∈S} z_s z_sᵀ, using det(M − z_i z_iᵀ + z_j z_jᵀ)/det M
 * = (1 + d_j)(1 − d_i) + d_ij² with d_ij = z_iᵀM⁻¹z_j. Each pass takes the best swap over all pairs; the
 * determinant never decreases, so the result is at least as good as the start.
 */
final class FedorovExchange {
    /** A swap must raise det M by this factor: smaller gains are rounding noise and could cycle. */
    static final double MIN_GAIN = 1e-10;

    private FedorovExchange() { }

    /** Improves {@code s} (|S| ≥ r, M nonsingular) in place; {@code fixed[i]} marks candidates never swapped out. Returns swaps made. */
    static int improve(double[] z, int kCand, int r, int[] s, boolean[] fixed, int maxSwaps) {
        boolean[] in = new boolean[kCand];
        for (int i : s) in[i] = true;
        double[] h = new double[kCand * r];
        double[] d = new double[kCand];
        int swaps = 0;
        while (swaps < maxSwaps) {
            Cholesky f = Cholesky.factor(Information.subsetMatrix(z, r, s, 1.0), r);
            if (f == null) throw new IllegalArgumentException("exchange needs a nonsingular start");
            double[] col = new double[r];
            for (int j = 0; j < kCand; j++) {
                f.solve(z, j * r, col);
                System.arraycopy(col, 0, h, j * r, r);
                double t = 0;
                for (int a = 0; a < r; a++) t += z[j * r + a] * col[a];
                d[j] = t;
            }
            double best = 1 + MIN_GAIN;
            int bi = -1, bj = -1;
            for (int p = 0; p < s.length; p++) {
                int i = s[p];
                if (fixed[i]) continue;
                double keep = 1 - d[i];
                for (int j = 0; j < kCand; j++) {
                    if (in[j]) continue;
                    double dij = 0;
                    for (int a = 0; a < r; a++) dij += z[i * r + a] * h[j * r + a];
                    double ratio = (1 + d[j]) * keep + dij * dij;
                    if (ratio > best) { best = ratio; bi = p; bj = j; }
                }
            }
            if (bi < 0) break;
            in[s[bi]] = false;
            in[bj] = true;
            s[bi] = bj;
            swaps++;
        }
        return swaps;
    }
}
