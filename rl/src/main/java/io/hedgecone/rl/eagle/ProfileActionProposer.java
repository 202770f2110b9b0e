package io.hedgecone.rl.eagle;

import io.hedgecone.llm.sim.Edit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Personalised actions from the user's profile by template: increase a liked attribute or decrease a disliked one by
 * 0.10, 0.20 or 0.30, a seeded random {@code count} of them. (EAGLE prompts an LLM with the profile; the simulator
 * cannot read profiles, so the template stands in for that model.)
 */
public final class ProfileActionProposer implements ActionProposer {
    private static final int[] AMOUNTS = {10, 20, 30};

    @Override public List<String> propose(String state, UserProfile profile, int count, long seed) {
        List<String> all = new ArrayList<>();
        for (String a : profile.likes()) for (int amt : AMOUNTS) all.add(new Edit(Edit.Kind.INCREASE, a, amt).render());
        for (String a : profile.dislikes()) for (int amt : AMOUNTS) all.add(new Edit(Edit.Kind.DECREASE, a, amt).render());
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = all.size() - 1; i > 0; i--) { // Fisher–Yates
            int j = r.nextInt(i + 1);
            String t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

}
