package io.hedgecone.rl.eagle;

/**
 * A state of EAGLE's MDP: the current item text, its embedding E_D(x) and the step.
 *
 * @param text      the item as text (what the environment model rewrites)
 * @param embedding E_D(text) ∈ R^n
 * @param t         steps taken so far, 0..H
 */
public record EagleState(String text, double[] embedding, int t) {}
