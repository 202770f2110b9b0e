package io.hedgecone.rl.eagle;

/**
 * REINFORCE settings.
 *
 * @param iterations    policy updates
 * @param episodes      episodes per update
 * @param learningRate  Adam step of the policy
 * @param valueRate     Adam step of the value baseline
 * @param klAlpha       α of the KL penalty to the reference policy
 * @param gamma         discount
 * @param gaeLambda     GAE λ
 * @param normalize     standardise advantages within each batch
 */
public record TrainSettings(int iterations, int episodes, double learningRate, double valueRate, double klAlpha, double gamma, double gaeLambda,
                            boolean normalize) {
    public TrainSettings {
        if (iterations < 0 || episodes < 1) throw new IllegalArgumentException("need iterations >= 0 and episodes >= 1");
        if (!(learningRate > 0) || !(valueRate > 0)) throw new IllegalArgumentException("learning rates must be positive");
        if (!(klAlpha >= 0)) throw new IllegalArgumentException("KL coefficient must be >= 0, got " + klAlpha);
        if (!(gamma > 0 && gamma <= 1) || !(gaeLambda >= 0 && gaeLambda <= 1)) throw new IllegalArgumentException("need gamma in (0, 1] and GAE lambda in [0, 1]");
    }
}
