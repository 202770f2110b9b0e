package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Adam;
import io.hedgecone.rl.util.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a {@link BonPolicy} with a {@link BonMethod}: each iteration draws a minibatch of training prompts, averages
 * the method's logit gradients back-propagated to the parameters, and takes one Adam ascent step; the exact metrics
 * on training and held-out prompts are recorded every {@code evalEvery} iterations (and at 0 and the end).
 */
public final class BonTrainer {
    /**
     * @param iterations    Adam steps
     * @param batch         prompts per step (drawn with replacement)
     * @param learningRate  Adam step size
     * @param evalEvery     iterations between recorded metrics
     * @param n             N of Best-of-N, in training and evaluation
     */
    public record Settings(int iterations, int batch, double learningRate, int evalEvery, int n) {
        public Settings {
            if (iterations < 0 || batch < 1 || evalEvery < 1 || n < 1) throw new IllegalArgumentException("need iterations >= 0, batch, evalEvery, N >= 1");
            if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
    }

    /** Metrics after {@code iteration} steps. */
    public record Point(int iteration, BonMetrics train, BonMetrics heldOut) {}

    private BonTrainer() {}

    public static List<Point> train(ReasoningBandit env, BonPolicy policy, BonMethod method, Settings s, long seed) {
        double[] theta = policy.parameters();
        Adam adam = new Adam(theta.length, s.learningRate());
        List<BanditPrompt> tr = env.train();
        List<Point> curve = new ArrayList<>();
        curve.add(point(env, policy, s, 0));
        for (int it = 1; it <= s.iterations(); it++) {
            SplittableRandom rnd = Seeds.rng(seed, it);
            double[] grad = new double[theta.length];
            for (int b = 0; b < s.batch(); b++) {
                int i = rnd.nextInt(tr.size());
                double[] pi = policy.probabilities(tr.get(i), i);
                double[] dz = method.logitGradient(tr.get(i), pi, s.n(), rnd);
                for (int k = 0; k < dz.length; k++) dz[k] /= s.batch();
                policy.backward(tr.get(i), i, dz, grad);
            }
            adam.step(theta, grad);
            if (it % s.evalEvery() == 0 || it == s.iterations()) curve.add(point(env, policy, s, it));
        }
        return curve;
    }

    private static Point point(ReasoningBandit env, BonPolicy policy, Settings s, int it) {
        return new Point(it, BonMetrics.of(policy, env.train(), true, s.n()),
                env.heldOut().isEmpty() ? null : BonMetrics.of(policy, env.heldOut(), false, s.n()));
    }
}
