package io.hedgecone.rl.bon;

/**
 * λ_N of the variational BoN policy π_λ ∝ π·exp(λ Q_π) (digest §1). Calibrated so that KL(π_λ ‖ π) equals the exact
 * BoN divergence KL(π_bon ‖ π) = log N − (N−1)/N of a continuous, tie-free verifier. In that case the win-rate
 * Q = F(r(y)) is Uniform(0, 1) under π, so KL(π_λ ‖ π) = λ E_λ[Q] − log E[e^{λQ}] with E[e^{λQ}] = (e^λ − 1)/λ and
 * E_λ[Q] = 1/(1 − e^{−λ}) − 1/λ: a function of λ alone, increasing from 0, solved by bisection. λ_N grows with N
 * (λ_1 = 0).
 */
public final class LambdaCalibration {
    private LambdaCalibration() {}

    /** The BoN KL target log N − (N−1)/N. */
    public static double bonKl(int n) {
        if (n < 1) throw new IllegalArgumentException("N must be >= 1, got " + n);
        return Math.log(n) - (n - 1.0) / n;
    }

    /** KL(π_λ ‖ π) under Q ~ Uniform(0, 1). */
    public static double variationalKl(double lambda) {
        if (lambda < 1e-6) return lambda * lambda / 24; // series: λ²/24 + O(λ⁴)
        double mean = 1 / (-Math.expm1(-lambda)) - 1 / lambda;
        double logZ = lambda + Math.log(-Math.expm1(-lambda)) - Math.log(lambda); // log((e^λ − 1)/λ), stable for large λ
        return lambda * mean - logZ;
    }

    /** λ_N with variationalKl(λ_N) = bonKl(N) to 1e-12 relative. */
    public static double lambdaFor(int n) {
        double target = bonKl(n);
        if (target == 0) return 0;
        double lo = 0, hi = 1;
        while (variationalKl(hi) < target) hi *= 2;
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (variationalKl(mid) < target) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }
}
