package io.hedgecone.bandits.posterior;

import io.hedgecone.bandits.instance.InstanceException;
import io.hedgecone.bandits.linalg.Cholesky;
import io.hedgecone.bandits.linalg.Dense;

/**
 * Conjugate Gaussian posterior of θ from logged rewards y_t = φ_{a_t}ᵀθ + ε_t, ε_t ~ N(0, σ²), prior N(μ0, Σ0):
 * Σ = (Σ0⁻¹ + σ⁻² Σ_t φ_{a_t}φ_{a_t}ᵀ)⁻¹ and μ = Σ(Σ0⁻¹μ0 + σ⁻² Σ_t φ_{a_t} y_t).
 */
public final class BayesianLinearRegression {
    private BayesianLinearRegression() { }

    /**
     * @param features  Φ (k×d), or null for multi-armed (Φ = I)
     * @param actions   logged arms a_t (0-based)
     * @param rewards   logged rewards y_t
     */
    public static GaussianPosterior posterior(double[][] features, double[] priorMean, double[][] priorCov, double noiseSd,
                                              int[] actions, double[] rewards) {
        int d = priorMean.length;
        double[][] prec;
        try {
            prec = Cholesky.inverseSpd(priorCov);
        } catch (Cholesky.NotPsdException e) {
            throw new InstanceException("data.prior.covariance", "must be positive definite for the regression: " + e.getMessage());
        }
        double[] b = Dense.mul(prec, priorMean);
        double w = 1 / (noiseSd * noiseSd);
        // Aggregate by arm first: counts and reward sums are sufficient statistics.
        int k = features == null ? d : features.length;
        double[] count = new double[k], sum = new double[k];
        for (int t = 0; t < actions.length; t++) {
            count[actions[t]]++;
            sum[actions[t]] += rewards[t];
        }
        for (int a = 0; a < k; a++) {
            if (count[a] == 0) continue;
            if (features == null) {
                prec[a][a] += w * count[a];
                b[a] += w * sum[a];
            } else {
                double[] phi = features[a];
                for (int i = 0; i < d; i++) {
                    b[i] += w * sum[a] * phi[i];
                    for (int j = 0; j < d; j++) prec[i][j] += w * count[a] * phi[i] * phi[j];
                }
            }
        }
        try {
            double[][] cov = Cholesky.inverseSpd(prec);
            for (int i = 0; i < d; i++) for (int j = 0; j < i; j++) cov[i][j] = cov[j][i] = 0.5 * (cov[i][j] + cov[j][i]);
            double[] mean = Dense.mul(cov, b);
            return new GaussianPosterior(mean, Cholesky.factor(cov));
        } catch (Cholesky.NotPsdException e) {
            throw new IllegalStateException("posterior precision not positive definite: " + e.getMessage(), e);
        }
    }
}
