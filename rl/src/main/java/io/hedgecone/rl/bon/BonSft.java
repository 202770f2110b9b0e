package io.hedgecone.rl.bon;

import java.util.SplittableRandom;

/**
 * BoN-SFT: imitation of the expert by the variational BoN policy, ∇ log π_λ(y*|x) with λ = λ_N from
 * {@link LambdaCalibration}, computed exactly ({@link VariationalBon#sftGradient}); the verifier defines Q.
 */
public final class BonSft implements BonMethod {
    @Override public String name() { return "bon-sft"; }

    @Override public double[] logitGradient(BanditPrompt x, double[] pi, int n, SplittableRandom rnd) {
        return VariationalBon.sftGradient(pi, x.verifier(), LambdaCalibration.lambdaFor(n), x.expert());
    }
}
