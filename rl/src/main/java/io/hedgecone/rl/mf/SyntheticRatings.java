package io.hedgecone.rl.mf;

import io.hedgecone.rl.util.Seeds;

import java.util.SplittableRandom;

/**
 * Synthetic ratings with planted structure: each item has attribute levels a_i ∈ [0, 1]^m (its "description") and a
 * latent vector y_i = B(a_i − ½) + σ_item·ε (B: rank × m, entries N(0, 1/m)), so an item's text predicts its
 * embedding; each user belongs to one of T types with centres c_t ~ N(0, s²I) and has x_u = c_t + σ_user·ε; a pair
 * is observed with probability {@code density} and rated μ + ⟨x_u, y_i⟩ + σ·ε. The true rating matrix minus noise has
 * rank ≤ rank + 1 (the constant μ is one more dimension).
 *
 * @param users      number of users
 * @param items      number of items
 * @param rank       latent dimension of the planted factors
 * @param attributes number m of item attributes
 * @param types      number T of planted user types
 * @param typeScale  s, the spread of type centres
 * @param userNoise  σ_user, the spread of users around their type centre
 * @param itemNoise  σ_item, the part of an item's latent vector its attributes do not explain
 * @param density    probability that a pair is observed
 * @param mean       μ
 * @param noise      σ, rating noise
 */
public record SyntheticRatings(int users, int items, int rank, int attributes, int types, double typeScale, double userNoise,
                               double itemNoise, double density, double mean, double noise) {

    public SyntheticRatings {
        if (users < 1 || items < 1 || rank < 1 || attributes < 1 || types < 1)
            throw new IllegalArgumentException("users, items, rank, attributes and types must be >= 1");
        if (!(density > 0 && density <= 1)) throw new IllegalArgumentException("density must be in (0, 1], got " + density);
        for (double v : new double[]{typeScale, userNoise, itemNoise, noise})
            if (!(v >= 0) || !Double.isFinite(v)) throw new IllegalArgumentException("scales must be finite and >= 0, got " + v);
    }

    /**
     * A generated data set.
     *
     * @param ratings    the observed ratings
     * @param userType   planted type of each user
     * @param userTrue   true user factors (users × rank)
     * @param itemTrue   true item factors (items × rank)
     * @param levels     item attribute levels (items × m), each in [0, 1] with two decimals
     */
    public record Data(RatingMatrix ratings, int[] userType, double[][] userTrue, double[][] itemTrue, double[][] levels) {}

    /** Draws a data set; the same seed gives the same data. */
    public Data generate(long seed) {
        SplittableRandom rnd = Seeds.rng(seed, 0x5e7L);
        double[][] b = new double[rank][attributes];
        for (double[] row : b) for (int j = 0; j < attributes; j++) row[j] = rnd.nextGaussian() / Math.sqrt(attributes);
        double[][] levels = new double[items][attributes], y = new double[items][rank];
        for (int i = 0; i < items; i++) {
            for (int j = 0; j < attributes; j++) levels[i][j] = Math.round(100 * rnd.nextDouble()) / 100.0;
            for (int k = 0; k < rank; k++) {
                double s = 0;
                for (int j = 0; j < attributes; j++) s += b[k][j] * (levels[i][j] - 0.5);
                y[i][k] = s + itemNoise * rnd.nextGaussian();
            }
        }
        double[][] centres = new double[types][rank];
        for (double[] c : centres) for (int k = 0; k < rank; k++) c[k] = typeScale * rnd.nextGaussian();
        int[] type = new int[users];
        double[][] x = new double[users][rank];
        for (int u = 0; u < users; u++) {
            type[u] = u % types; // balanced types
            for (int k = 0; k < rank; k++) x[u][k] = centres[type[u]][k] + userNoise * rnd.nextGaussian();
        }
        IntDoubleTriplets t = new IntDoubleTriplets((int) Math.min(Integer.MAX_VALUE - 8, (long) (users * (double) items * density * 1.1) + 16));
        for (int u = 0; u < users; u++)
            for (int i = 0; i < items; i++) {
                if (rnd.nextDouble() >= density) continue;
                double s = mean;
                for (int k = 0; k < rank; k++) s += x[u][k] * y[i][k];
                t.add(u, i, s + noise * rnd.nextGaussian());
            }
        return new Data(t.build(users, items), type, x, y, levels);
    }
}
