package io.hedgecone.rl.bon;

import java.util.SplittableRandom;

/** Supervised fine-tuning on the expert's response: ∇ log π(y*|x). */
public final class Sft implements BonMethod {
    @Override public String name() { return "sft"; }

    @Override public double[] logitGradient(BanditPrompt x, double[] pi, int n, SplittableRandom rnd) { return BonMethod.scoreFunction(pi, x.expert()); }
}
