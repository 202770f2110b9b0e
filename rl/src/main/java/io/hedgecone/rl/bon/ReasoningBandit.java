package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reasoning-bandit instance: training and held-out prompts drawn from one {@link BanditConfig}.
 *
 * @param train   prompts trained on
 * @param heldOut prompts only evaluated
 */
public record ReasoningBandit(List<BanditPrompt> train, List<BanditPrompt> heldOut) {

    public ReasoningBandit {
        train = List.copyOf(train);
        heldOut = List.copyOf(heldOut);
    }

    /** Draws an instance; the same seed gives the same instance. */
    public static ReasoningBandit generate(BanditConfig c, long seed) {
        SplittableRandom r = Seeds.rng(seed, 0xba1L);
        double[] u = new double[c.featureDim()];
        double norm = 0;
        for (int i = 0; i < u.length; i++) norm += (u[i] = r.nextGaussian()) * u[i];
        for (int i = 0; i < u.length; i++) u[i] /= Math.sqrt(norm);
        List<BanditPrompt> tr = new ArrayList<>(), te = new ArrayList<>();
        for (int x = 0; x < c.trainPrompts() + c.heldOutPrompts(); x++) (x < c.trainPrompts() ? tr : te).add(prompt(c, u, r));
        return new ReasoningBandit(tr, te);
    }

    private static BanditPrompt prompt(BanditConfig c, double[] u, SplittableRandom r) {
        int k = c.candidates();
        boolean[] ok = new boolean[k];
        int nOk = 0;
        for (int y = 0; y < k; y++) if (ok[y] = r.nextDouble() < c.correctRate()) nOk++;
        if (nOk == 0) ok[r.nextInt(k)] = true;
        double difficulty = c.minDifficulty() + (c.maxDifficulty() - c.minDifficulty()) * r.nextDouble();
        double[] base = new double[k], ver = new double[k];
        double[][] feat = new double[k][c.featureDim()];
        for (int y = 0; y < k; y++) {
            base[y] = c.baseScale() * r.nextGaussian() - (ok[y] ? difficulty : 0);
            boolean decoy = !ok[y] && r.nextDouble() < c.decoyRate();
            double v = (ok[y] ? 1 : decoy ? 1 + c.decoyBoost() : 0) + c.verifierNoise() * r.nextGaussian();
            ver[y] = c.verifierResolution() > 0 ? Math.round(v / c.verifierResolution()) * c.verifierResolution() : v;
            double sign = ok[y] ? 1 : -1;
            for (int i = 0; i < c.featureDim(); i++) feat[y][i] = c.featureSignal() * sign * u[i] + r.nextGaussian();
        }
        int expert = -1; // the correct response the verifier likes best (lowest index on ties)
        for (int y = 0; y < k; y++) if (ok[y] && (expert < 0 || ver[y] > ver[expert])) expert = y;
        return new BanditPrompt(ok, ver, base, feat, expert);
    }
}
