package io.hedgecone.rl.bon;

/**
 * One prompt of the reasoning bandit: K candidate responses with hidden correctness, verifier scores, the
 * pre-trained model's logits and response features.
 *
 * @param correct   R(x, y) ∈ {0, 1} per response
 * @param verifier  r(x, y): noisy, discretised (ties happen), some wrong responses score high
 * @param base      logits of the pre-trained policy
 * @param features  K × d response features φ(x, y) of the shared-linear policy part
 * @param expert    the expert demonstration (a correct response) that SFT imitates
 */
public record BanditPrompt(boolean[] correct, double[] verifier, double[] base, double[][] features, int expert) {
    public int size() { return correct.length; }
}
