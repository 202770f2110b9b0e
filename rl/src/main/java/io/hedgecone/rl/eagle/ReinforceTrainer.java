package io.hedgecone.rl.eagle;

import io.hedgecone.rl.policy.Gae;
import io.hedgecone.rl.policy.LinearValue;
import io.hedgecone.rl.policy.SoftmaxPolicy;
import io.hedgecone.rl.policy.StandardizedScorer;
import io.hedgecone.rl.util.Adam;
import io.hedgecone.rl.util.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * EAGLE's agent training (digest §A.5): REINFORCE with a learned value baseline and GAE, and a KL penalty to the
 * reference policy — ascent on E[Σ_t A_t ∇log π(a_t|x_t)] − α Σ_t ∇KL(π(·|x_t) ‖ π_ref(·|x_t)). The reward is
 * terminal: U(E_D(x_H)) − U(E_D(x_0)); subtracting the start state's utility is a per-episode constant, so it leaves
 * the optimal policy unchanged and removes the between-user spread of U from the gradient's variance. A
 * {@link StandardizedScorer} is calibrated on the first batch (collected at θ = 0, where scaling changes nothing).
 */
public final class ReinforceTrainer {
    /**
     * One update's statistics.
     *
     * @param iteration  update number (0-based)
     * @param meanReward mean terminal reward of the batch
     * @param meanKl     mean KL(π‖π_ref) over the batch's states
     * @param valueLoss  value-regression loss before the step
     */
    public record Log(int iteration, double meanReward, double meanKl, double valueLoss) {}

    private final EagleEnvironment env;
    private final SoftmaxPolicy policy;
    private final LinearValue value;
    private final TrainSettings s;
    private final int horizon;

    /** @param embeddingDim n, the dimension of Z (sizes the value baseline's features) */
    public ReinforceTrainer(EagleEnvironment env, SoftmaxPolicy policy, int embeddingDim, TrainSettings settings) {
        this.env = env;
        this.policy = policy;
        this.s = settings;
        this.horizon = env.settings().horizon();
        this.value = new LinearValue(Features.stateDim(embeddingDim, horizon), settings.valueRate());
    }

    /**
     * Trains in place on episodes whose (anchor, user) pairs are drawn uniformly from {@code anchors} × {@code users}.
     *
     * @return one log entry per update
     */
    public List<Log> train(int[] anchors, int[] users, long seed) {
        double[] theta = policy.scorer().parameters();
        Adam adam = new Adam(theta.length, s.learningRate());
        EaglePolicy acting = EaglePolicy.agent("train", policy);
        List<Log> logs = new ArrayList<>();
        for (int it = 0; it < s.iterations(); it++) {
            SplittableRandom pick = Seeds.rng(seed, it, 0x9a1L);
            List<Trajectory> batch = new ArrayList<>();
            for (int b = 0; b < s.episodes(); b++) {
                Episode ep = env.begin(anchors[pick.nextInt(anchors.length)], users[pick.nextInt(users.length)], Seeds.derive(seed, it, b));
                batch.add(Rollouts.run(env, ep, acting));
            }
            if (policy.scorer() instanceof StandardizedScorer std && !std.calibrated()) std.calibrate(features(batch));
            logs.add(update(batch, theta, adam, it));
        }
        return logs;
    }

    private Log update(List<Trajectory> batch, double[] theta, Adam adam, int it) {
        int steps = batch.size() * horizon;
        double[][] psi = new double[steps][];
        double[] adv = new double[steps], targets = new double[steps];
        double rewardSum = 0;
        int q = 0;
        for (Trajectory tr : batch) {
            double[] rewards = new double[horizon], values = new double[horizon];
            double r = tr.finalUtility() - tr.startUtility();
            rewardSum += r;
            rewards[horizon - 1] = r;
            for (int t = 0; t < horizon; t++) {
                EagleState st = tr.steps().get(t).state();
                psi[q + t] = Features.state(tr.episode().utility(), st.embedding(), t, horizon);
                values[t] = value.value(psi[q + t]);
            }
            double[] a = Gae.advantages(rewards, values, s.gamma(), s.gaeLambda());
            for (int t = 0; t < horizon; t++) {
                adv[q + t] = a[t];
                targets[q + t] = a[t] + values[t];
            }
            q += horizon;
        }
        if (s.normalize()) standardise(adv);
        double[] grad = new double[theta.length];
        double klSum = 0;
        q = 0;
        for (Trajectory tr : batch) {
            for (Trajectory.Step st : tr.steps()) {
                Decision d = st.decision();
                policy.accumulateLogProbGradient(d.features(), st.pi(), st.action(), adv[q++] / batch.size(), grad);
                klSum += policy.accumulateKlGradient(d.features(), st.pi(), d.reference(), -s.klAlpha() / batch.size(), grad);
            }
        }
        adam.step(theta, grad);
        double vLoss = value.fit(psi, targets);
        return new Log(it, rewardSum / batch.size(), klSum / steps, vLoss);
    }

    /** Every action-feature row the batch offered (the calibration sample of a standardised scorer). */
    private static List<double[]> features(List<Trajectory> batch) {
        List<double[]> out = new ArrayList<>();
        for (Trajectory tr : batch) for (Trajectory.Step st : tr.steps()) java.util.Collections.addAll(out, st.decision().features());
        return out;
    }

    private static void standardise(double[] a) {
        double m = 0, v = 0;
        for (double x : a) m += x / a.length;
        for (double x : a) v += (x - m) * (x - m) / a.length;
        double sd = Math.sqrt(v);
        for (int i = 0; i < a.length; i++) a[i] = sd > 1e-12 ? (a[i] - m) / sd : 0;
    }
}
