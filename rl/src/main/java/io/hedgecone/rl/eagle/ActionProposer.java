package io.hedgecone.rl.eagle;

import java.util.List;

/** Proposes candidate actions (textual edit instructions) for a state. */
public interface ActionProposer {

    /**
     * Up to {@code count} distinct action texts for the item text {@code state}.
     *
     * @param profile the target user's profile (personalised proposers use it)
     * @param seed    seed of the proposal; the same arguments give the same actions
     */
    List<String> propose(String state, UserProfile profile, int count, long seed);
}
