package io.hedgecone.rl.eagle;

import java.util.List;

/**
 * A user's textual profile (EAGLE's user profiles in miniature): the attributes the user rates above and below their
 * own average.
 *
 * @param likes    attribute names, strongest first
 * @param dislikes attribute names, strongest first
 */
public record UserProfile(List<String> likes, List<String> dislikes) {
    public UserProfile {
        likes = List.copyOf(likes);
        dislikes = List.copyOf(dislikes);
    }

    /** {@code user profile: likes comedy, romance; dislikes horror}. */
    public String render() {
        return "user profile: likes " + (likes.isEmpty() ? "nothing in particular" : String.join(", ", likes))
                + "; dislikes " + (dislikes.isEmpty() ? "nothing in particular" : String.join(", ", dislikes));
    }
}
