package io.hedgecone.design.fw;

/**
 * A starting support for first-order methods: r points chosen by pivoted Gram–Schmidt (each time the point with
 * the largest residual outside the span of those already chosen). The uniform design on them has a nonsingular
 * information matrix, and greedy volume makes it a reasonable first guess (in the spirit of Kumar–Yildirim's
 * initialization).
 */
final class SpanningStart {
    private SpanningStart() { }

    /** r indices of rows of {@code z} (K×r row-major, rank r) spanning R^r. */
    static int[] select(double[] z, int k, int r) {
        double[] res = new double[k];          // squared residual norms
        double[] q = new double[r * r];        // orthonormal directions found so far (rows)
        boolean[] used = new boolean[k];
        double maxNorm = 0;
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int a = 0; a < r; a++) s += z[i * r + a] * z[i * r + a];
            res[i] = s;
            maxNorm = Math.max(maxNorm, s);
        }
        int[] picked = new int[r];
        for (int t = 0; t < r; t++) {
            int best = -1;
            for (int i = 0; i < k; i++) if (!used[i] && (best < 0 || res[i] > res[best])) best = i;
            if (best < 0 || !(res[best] > 1e-20 * maxNorm))
                throw new IllegalStateException("points do not span R^" + r + " (found " + t + " independent directions)");
            used[best] = true;
            picked[t] = best;
            // new direction: z_best minus its projections (twice, for orthogonality in floating point)
            int qt = t * r;
            System.arraycopy(z, best * r, q, qt, r);
            for (int pass = 0; pass < 2; pass++)
                for (int s = 0; s < t; s++) {
                    double d = 0;
                    for (int a = 0; a < r; a++) d += q[s * r + a] * q[qt + a];
                    for (int a = 0; a < r; a++) q[qt + a] -= d * q[s * r + a];
                }
            double nrm = 0;
            for (int a = 0; a < r; a++) nrm += q[qt + a] * q[qt + a];
            nrm = Math.sqrt(nrm);
            for (int a = 0; a < r; a++) q[qt + a] /= nrm;
            for (int i = 0; i < k; i++) {
                if (used[i]) continue;
                double d = 0;
                for (int a = 0; a < r; a++) d += z[i * r + a] * q[qt + a];
                res[i] = Math.max(0, res[i] - d * d);
            }
        }
        return picked;
    }
}
