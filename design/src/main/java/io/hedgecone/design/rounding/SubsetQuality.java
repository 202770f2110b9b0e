package io.hedgecone.design.rounding;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.algebra.Cholesky;
import io.hedgecone.design.algebra.Information;

/**
 * How good a k-subset S is as a design, all on the points' span (dimension r), with Σ_S = (1/k)·Σ_{s∈S} z_s z_sᵀ
 * (the uniform design on S, as in EAGLE's acceptance test):
 *
 * @param k                   |S|
 * @param rank                r
 * @param logDet              log det Σ_S, −∞ when Σ_S is singular (always when k &lt; r)
 * @param logVolume           log of the product of the nonzero squared singular values of Z_S/√k: log det Σ_S
 *                            when k ≥ r, log det((1/k)Z_S Z_Sᵀ) when k &lt; r; −∞ when the points are dependent
 * @param maxLeverage         max over all K candidates of z_iᵀΣ_S⁻¹z_i (∞ when Σ_S is singular)
 * @param approximationFactor maxLeverage / r: the C achieved in EAGLE's Definition 1
 */
public record SubsetQuality(int k, int rank, double logDet, double logVolume, double maxLeverage, double approximationFactor) {

    /** Whether S passes EAGLE's acceptance test max_i z_iᵀΣ_S⁻¹z_i ≤ C·r (with {@link EagleRejectionSampling#ROUNDING} slack). */
    public boolean accepted(double c) { return maxLeverage <= c * rank * (1 + EagleRejectionSampling.ROUNDING); }

    /** Evaluates subset {@code s} of {@code c}. */
    public static SubsetQuality of(Candidates c, int[] s) {
        int r = c.rank(), k = s.length;
        double[] z = c.projected();
        double logVolume = logVolume(z, r, s) - Math.min(k, r) * Math.log(k);
        if (k < r) return new SubsetQuality(k, r, Double.NEGATIVE_INFINITY, logVolume, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        Cholesky f = Cholesky.factor(Information.subsetMatrix(z, r, s, 1.0 / k), r);
        if (f == null) return new SubsetQuality(k, r, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        double gmax = 0;
        double[] work = new double[r];
        for (int i = 0; i < c.count(); i++) gmax = Math.max(gmax, f.leverage(z, i * r, work));
        return new SubsetQuality(k, r, f.logDet(), f.logDet(), gmax, gmax / r);
    }

    /**
     * log of the product of the nonzero squared singular values of the rows {@code s} of z (K×r), unnormalized:
     * log det Σ_{s} z_s z_sᵀ when |S| ≥ r, log det of the |S|×|S| Gram matrix otherwise; −∞ if rank-deficient.
     */
    static double logVolume(double[] z, int r, int[] s) {
        int k = s.length;
        if (k >= r) {
            Cholesky f = Cholesky.factor(Information.subsetMatrix(z, r, s, 1.0), r);
            return f == null ? Double.NEGATIVE_INFINITY : f.logDet();
        }
        double[] gram = new double[k * k];
        for (int a = 0; a < k; a++)
            for (int b = 0; b <= a; b++) {
                double d = 0;
                for (int q = 0; q < r; q++) d += z[s[a] * r + q] * z[s[b] * r + q];
                gram[a * k + b] = d;
                gram[b * k + a] = d;
            }
        Cholesky f = Cholesky.factor(gram, k);
        return f == null ? Double.NEGATIVE_INFINITY : f.logDet();
    }
}
