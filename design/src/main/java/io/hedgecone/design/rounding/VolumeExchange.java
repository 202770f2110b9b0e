package io.hedgecone.design.rounding;

/**
 * Exchange for k &lt; r points, where every k-point information matrix is singular: maximize the volume
 * det(Z_S Z_Sᵀ) instead. Replacing i by j multiplies it by ‖P_{S∖i}^⊥ z_j‖² / ‖P_{S∖i}^⊥ z_i‖², the squared
 * distances to the span of the other chosen points. Best swap per pass; the volume never decreases.
 */
final class VolumeExchange {
    private VolumeExchange() { }

    /** Improves {@code s} (|S| &lt; r, points independent) in place. Returns swaps made. */
    static int improve(double[] z, int kCand, int r, int[] s, boolean[] fixed, int maxSwaps) {
        int k = s.length;
        boolean[] in = new boolean[kCand];
        for (int i : s) in[i] = true;
        double[] q = new double[k * r];
        int swaps = 0;
        while (swaps < maxSwaps) {
            double best = 1 + FedorovExchange.MIN_GAIN;
            int bi = -1, bj = -1;
            for (int p = 0; p < k; p++) {
                if (fixed[s[p]]) continue;
                int dim = 0;
                for (int t = 0; t < k; t++) if (t != p) dim = orthonormalAppend(z, r, s[t], q, dim);
                double ri = residual(z, r, s[p], q, dim);
                if (!(ri > 0)) continue;
                for (int j = 0; j < kCand; j++) {
                    if (in[j]) continue;
                    double ratio = residual(z, r, j, q, dim) / ri;
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

    private static int orthonormalAppend(double[] z, int r, int i, double[] q, int dim) {
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
        if (!(nrm > 0)) return dim;
        nrm = Math.sqrt(nrm);
        for (int a = 0; a < r; a++) q[off + a] /= nrm;
        return dim + 1;
    }

    /** ‖z_i‖² − Σ_t (q_tᵀz_i)². */
    private static double residual(double[] z, int r, int i, double[] q, int dim) {
        double t = 0;
        for (int a = 0; a < r; a++) t += z[i * r + a] * z[i * r + a];
        for (int u = 0; u < dim; u++) {
            double d = 0;
            for (int a = 0; a < r; a++) d += z[i * r + a] * q[u * r + a];
            t -= d * d;
        }
        return Math.max(0, t);
    }
}
