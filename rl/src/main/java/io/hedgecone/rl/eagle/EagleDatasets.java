package io.hedgecone.rl.eagle;

import io.hedgecone.llm.sim.AttributeSpace;
import io.hedgecone.rl.mf.Factorization;
import io.hedgecone.rl.mf.HoldoutSplit;
import io.hedgecone.rl.mf.MovieLens;
import io.hedgecone.rl.mf.RatingMatrix;
import io.hedgecone.rl.mf.SyntheticRatings;
import io.hedgecone.rl.mf.Wals;
import io.hedgecone.rl.mf.WalsConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@link EagleDataset}s: MovieLens (item text = genre levels) or synthetic ratings with planted user types
 * (item text = the generator's attribute levels). Embeddings are WALS factors fitted on all but a held-out share of
 * the ratings; the held-out share gives the reported RMSE.
 */
public final class EagleDatasets {
    /** Level of a genre the movie has / does not have: leaves room for edits in both directions. */
    static final double GENRE_ON = 0.80, GENRE_OFF = 0.10;
    private static final int LIKES = 3, DISLIKES = 2;

    private EagleDatasets() {}

    /**
     * MovieLens from {@code dir} (ratings.csv, movies.csv), movies with at least {@code minRatings} ratings; item texts
     * state the {@code maxGenres} most frequent genres (0: all), since the simulator's cost grows with the attributes.
     */
    public static EagleDataset movieLens(Path dir, int minRatings, int maxGenres, WalsConfig wals, double holdout, long splitSeed) {
        MovieLens.Data d = MovieLens.load(dir, minRatings);
        List<String> genres = new ArrayList<>(MovieLens.genreNames(d));
        java.util.Map<String, Integer> freq = new java.util.HashMap<>();
        for (List<String> g : d.genres()) for (String x : g) freq.merge(x, 1, Integer::sum);
        genres.sort((a, b) -> freq.get(b) - freq.get(a)); // stable: first appearance breaks ties
        if (maxGenres > 0 && genres.size() > maxGenres) genres = new ArrayList<>(genres.subList(0, maxGenres));
        List<String> names = new ArrayList<>();
        for (String g : genres) names.add(attributeName(g));
        AttributeSpace space = new AttributeSpace(names);
        double[][] levels = new double[d.movieIds().length][names.size()];
        for (int i = 0; i < levels.length; i++) {
            java.util.Arrays.fill(levels[i], GENRE_OFF);
            for (String g : d.genres().get(i)) {
                int j = genres.indexOf(g);
                if (j >= 0) levels[i][j] = GENRE_ON;
            }
        }
        return build("movielens:" + dir.getFileName(), d.ratings(), space, List.of(d.titles()), levels, wals, holdout, splitSeed);
    }

    /** Synthetic ratings drawn with {@code dataSeed}. */
    public static EagleDataset synthetic(SyntheticRatings g, long dataSeed, WalsConfig wals, double holdout, long splitSeed) {
        SyntheticRatings.Data d = g.generate(dataSeed);
        AttributeSpace space = g.attributes() == AttributeSpace.movies().size() ? AttributeSpace.movies() : numbered(g.attributes());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < g.items(); i++) names.add("synthetic item " + i);
        return build("synthetic", d.ratings(), space, names, d.levels(), wals, holdout, splitSeed);
    }

    private static EagleDataset build(String name, RatingMatrix all, AttributeSpace space, List<String> itemNames, double[][] levels,
                                      WalsConfig wals, double holdout, long splitSeed) {
        HoldoutSplit split = HoldoutSplit.of(all, holdout, splitSeed);
        Factorization f = Wals.fit(split.train(), wals);
        double mean = split.train().mean(), s = 0;
        RatingMatrix test = split.test();
        for (int u = 0; u < test.users(); u++)
            for (int p = test.userStart(u); p < test.userEnd(u); p++) s += (test.userValue(p) - mean) * (test.userValue(p) - mean);
        EagleDataset.FitReport fit = new EagleDataset.FitReport(all.size(), wals.rank(), f.rmse(split.train()), f.rmse(test),
                Math.sqrt(s / test.size()));
        List<UserProfile> profiles = UserProfiles.fromRatings(split.train(), levels, space, LIKES, DISLIKES);
        return new EagleDataset(name, space, itemNames, levels, f.items(), f.users(), profiles, fit);
    }

    /** {@code Sci-Fi} → {@code sci_fi}: attribute names are lower-case words. */
    static String attributeName(String genre) {
        String s = genre.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) s = "g_" + s;
        return s;
    }

    private static AttributeSpace numbered(int m) {
        List<String> n = new ArrayList<>();
        for (int j = 0; j < m; j++) n.add("attribute" + j);
        return new AttributeSpace(n);
    }
}
