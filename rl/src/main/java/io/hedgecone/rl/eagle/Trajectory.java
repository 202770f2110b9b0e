package io.hedgecone.rl.eagle;

import java.util.List;

/**
 * One rolled-out episode.
 *
 * @param episode the episode's context
 * @param steps   H steps in order
 * @param last    x_H
 */
public record Trajectory(Episode episode, List<Step> steps, EagleState last) {

    /**
     * One step.
     *
     * @param state    x_t
     * @param decision the action set offered in x_t
     * @param pi       the policy's probabilities over it
     * @param action   index of the action taken
     */
    public record Step(EagleState state, Decision decision, double[] pi, int action) {}

    /** U(E_D(x_H)). */
    public double finalUtility() { return episode.utility().value(last.embedding()); }

    /** U(E_D(x_0)). */
    public double startUtility() { return episode.utility().value(episode.start().embedding()); }
}
