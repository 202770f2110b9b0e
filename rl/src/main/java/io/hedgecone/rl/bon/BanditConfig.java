package io.hedgecone.rl.bon;

/**
 * The reasoning-bandit generator (digest §1, minimal replication).
 *
 * @param trainPrompts       prompts trained on
 * @param heldOutPrompts     prompts only evaluated (where only the shared-linear part can generalise)
 * @param candidates         K responses per prompt
 * @param featureDim         d, response feature dimension
 * @param minDifficulty      difficulty δ_x ~ Uniform(min, max): correct responses' base logits are lowered by δ_x
 * @param maxDifficulty      see minDifficulty
 * @param correctRate        probability that a response is correct (at least one per prompt is)
 * @param baseScale          spread of the pre-trained logits, N(0, baseScale²)
 * @param verifierNoise      σ of the verifier: r = R + σε
 * @param decoyRate          probability that a wrong response is a decoy, r = 1 + decoyBoost + σε (Type-II errors)
 * @param decoyBoost         how far decoys score above a typical correct response
 * @param verifierResolution verifier scores are rounded to multiples of this (0: no rounding), so ties occur
 * @param featureSignal      φ = signal·(2R − 1)·u + ε, u a fixed unit vector, ε ~ N(0, I)
 */
public record BanditConfig(int trainPrompts, int heldOutPrompts, int candidates, int featureDim, double minDifficulty, double maxDifficulty,
                           double correctRate, double baseScale, double verifierNoise, double decoyRate, double decoyBoost, double verifierResolution,
                           double featureSignal) {
    public BanditConfig {
        if (trainPrompts < 1 || heldOutPrompts < 0 || candidates < 2 || featureDim < 1)
            throw new IllegalArgumentException("need >= 1 train prompt, >= 0 held-out prompts, >= 2 candidates, >= 1 feature");
        if (!(minDifficulty <= maxDifficulty)) throw new IllegalArgumentException("minDifficulty must be <= maxDifficulty");
        if (!(correctRate > 0 && correctRate < 1) || !(decoyRate >= 0 && decoyRate <= 1))
            throw new IllegalArgumentException("correctRate must be in (0, 1) and decoyRate in [0, 1]");
        for (double v : new double[]{baseScale, verifierNoise, decoyBoost, verifierResolution, featureSignal})
            if (!(v >= 0) || !Double.isFinite(v)) throw new IllegalArgumentException("scales must be finite and >= 0, got " + v);
    }
}
