package io.hedgecone.rl.eagle;

import io.hedgecone.rl.util.Seeds;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a policy on fixed held-out (anchor, user) pairs. Episode seeds depend only on {@code seed} and the pair's
 * position, so every policy meets the same proposals and environment draws wherever its choices agree (common random
 * numbers make the comparison paired).
 */
public final class EagleEvaluator {
    private EagleEvaluator() {}

    /** @param pairs rows {anchor, user} */
    public static List<EpisodeOutcome> evaluate(EagleEnvironment env, EaglePolicy policy, int[][] pairs, long seed) {
        List<EpisodeOutcome> out = new ArrayList<>(pairs.length);
        for (int i = 0; i < pairs.length; i++) {
            Episode ep = env.begin(pairs[i][0], pairs[i][1], Seeds.derive(seed, 0xe7a1L, i));
            out.add(EpisodeOutcome.of(Rollouts.run(env, ep, policy)));
        }
        return out;
    }
}
