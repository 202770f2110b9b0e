package io.hedgecone.rl.mf;

import io.hedgecone.rl.util.Seeds;

import java.util.SplittableRandom;

/**
 * Splits observed ratings into train and test by holding out a fraction of each user's ratings (users keep at least
 * one training rating), so every test user has a fitted factor.
 *
 * @param train the ratings kept for fitting
 * @param test  the held-out ratings
 */
public record HoldoutSplit(RatingMatrix train, RatingMatrix test) {

    /** Holds out each rating with probability {@code fraction}, seeded. */
    public static HoldoutSplit of(RatingMatrix m, double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("holdout fraction must be in (0, 1), got " + fraction);
        SplittableRandom rnd = Seeds.rng(seed, 0x5711L);
        IntDoubleTriplets tr = new IntDoubleTriplets(m.size()), te = new IntDoubleTriplets(m.size() / 4 + 16);
        for (int u = 0; u < m.users(); u++) {
            int kept = 0, n = m.userCount(u);
            for (int p = m.userStart(u); p < m.userEnd(u); p++) {
                boolean lastChance = kept == 0 && p == m.userEnd(u) - 1;
                if (n > 1 && !lastChance && rnd.nextDouble() < fraction) te.add(u, m.userItem(p), m.userValue(p));
                else { tr.add(u, m.userItem(p), m.userValue(p)); kept++; }
            }
        }
        return new HoldoutSplit(tr.build(m.users(), m.items()), te.build(m.users(), m.items()));
    }
}
