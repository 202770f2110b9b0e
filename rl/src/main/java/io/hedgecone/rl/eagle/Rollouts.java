package io.hedgecone.rl.eagle;

import io.hedgecone.rl.util.Seeds;
import io.hedgecone.rl.util.Softmax;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Runs a policy for H steps from an episode's anchor; the action draws are seeded by the episode's seed. */
public final class Rollouts {
    private Rollouts() {}

    public static Trajectory run(EagleEnvironment env, Episode ep, EaglePolicy policy) {
        SplittableRandom rnd = Seeds.rng(ep.seed(), 0xac7L);
        EagleState s = ep.start();
        List<Trajectory.Step> steps = new ArrayList<>();
        for (int t = 0; t < env.settings().horizon(); t++) {
            Decision d = env.decide(ep, s);
            double[] pi = policy.probabilities(d);
            int a = Softmax.sample(pi, rnd.nextDouble());
            steps.add(new Trajectory.Step(s, d, pi, a));
            s = env.step(ep, s, d.actions().get(a));
        }
        return new Trajectory(ep, List.copyOf(steps), s);
    }
}
