package io.hedgecone.rl.eagle;

/**
 * One episode's fixed context: anchor item, target user, utility, and the seed of every random draw in it.
 *
 * @param anchor   item index of the anchor x_0
 * @param user     user index
 * @param seed     seed of proposals, look-ahead samples and transitions
 * @param utility  U for this (user, anchor)
 * @param profile  the user's profile
 * @param start    x_0 with E_D(x_0)
 */
public record Episode(int anchor, int user, long seed, ContentGapUtility utility, UserProfile profile, EagleState start) {}
