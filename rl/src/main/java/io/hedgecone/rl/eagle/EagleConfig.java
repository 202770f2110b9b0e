package io.hedgecone.rl.eagle;

import io.hedgecone.rl.mf.SyntheticRatings;
import io.hedgecone.rl.mf.WalsConfig;

import java.util.List;

/**
 * Everything {@code hedgecone rl eagle} runs; {@link #defaults()} is the configuration the README's table comes from.
 *
 * @param data    where embeddings come from
 * @param env     environment (simulator, encoder, action sets, utility)
 * @param agent   action-set rules and policy classes compared
 * @param train   REINFORCE settings
 * @param eval    held-out evaluation
 * @param seeds   replication seeds (≥ 1; results get CIs over them)
 * @param threads worker threads (results do not depend on it)
 */
public record EagleConfig(Data data, Env env, Agent agent, Train train, Eval eval, List<Long> seeds, int threads) {

    /**
     * @param source      {@code movielens} or {@code synthetic}
     * @param movieLens   MovieLens directory (ratings.csv, movies.csv), relative to the working directory
     * @param minRatings  movies with fewer ratings are dropped
     * @param maxGenres   MovieLens item texts state this many most frequent genres (0: all)
     * @param synthetic   generator used when source = synthetic
     * @param dataSeed    seed of the synthetic data and of the rating holdout
     * @param holdout     share of ratings held out to measure the factorization
     * @param wals        factorization settings (rank = n, the dimension of Z)
     */
    public record Data(String source, String movieLens, int minRatings, int maxGenres, SyntheticRatings synthetic, long dataSeed, double holdout, WalsConfig wals) {}

    /**
     * @param simDimension   the simulator's embedding dimension (≥ number of attributes keeps texts distinguishable)
     * @param editNoise      σ of an edited attribute in the simulator, hundredths
     * @param driftNoise     σ of an unedited attribute, hundredths
     * @param embeddingNoise σ of the simulator's per-text embedding noise
     * @param temperature    environment sampling temperature
     * @param encoderRidge   ridge penalty of E_D
     * @param horizon        H
     * @param candidates     K proposals per state
     * @param generic        how many of the K come from the generator
     * @param keep           k actions after reduction
     * @param neighbours     nearest neighbours in the utility
     * @param lambda         λ of the utility
     */
    public record Env(int simDimension, double editNoise, double driftNoise, double embeddingNoise, double temperature, double encoderRidge,
                      int horizon, int candidates, int generic, int keep, int neighbours, double lambda) {}

    /**
     * @param reducers      action-set rules: uniform, myopic, gopt
     * @param policies      agent classes trained on each rule: linear, mlp
     * @param mlpHidden     hidden units of the MLP
     * @param centering     G-optimal design on raw next-state embeddings (raw) or their offsets from the state (state)
     * @param rounding      the design module's rounding rule (exchange, topk, sample, eagle)
     * @param designEpsilon Frank–Wolfe tolerance of the design
     */
    public record Agent(List<String> reducers, List<String> policies, int mlpHidden, String centering, String rounding, double designEpsilon) {}

    /** See {@link TrainSettings}. */
    public record Train(int iterations, int episodes, double learningRate, double valueRate, double klAlpha, double gamma, double gaeLambda,
                        boolean normalizeAdvantages) {
        TrainSettings settings() { return new TrainSettings(iterations, episodes, learningRate, valueRate, klAlpha, gamma, gaeLambda, normalizeAdvantages); }
    }

    /**
     * @param trainAnchors share of items used as training anchors (the rest are held out)
     * @param trainUsers   share of users used in training (the rest are held out)
     * @param pairs        held-out (anchor, user) pairs evaluated per seed
     */
    public record Eval(double trainAnchors, double trainUsers, int pairs) {}

    public EagleConfig {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) throw new IllegalArgumentException("seeds must not be empty");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    /** MovieLens ml-latest-small, n = 8, K = 16 (8 generic + 8 personalised), k = 8, H = 5, 5 seeds. */
    public static EagleConfig defaults() {
        return new EagleConfig(
                new Data("movielens", "instances/data/movielens/ml-latest-small", 20, 10,
                        new SyntheticRatings(600, 800, 6, 8, 5, 1.0, 0.3, 0.3, 0.1, 3.5, 0.5), 20240607L, 0.1,
                        new WalsConfig(8, 10.0, WalsConfig.Mode.EXPLICIT, 0.0, 0.0, 15, 0.1, 20240607L)),
                new Env(32, 5, 1, 0.01, 1.0, 1.0, 5, 16, 8, 8, 3, 0.5),
                new Agent(List.of("uniform", "myopic", "gopt"), List.of("linear", "mlp"), 16, "state", "exchange", 1e-3),
                new Train(40, 12, 0.05, 0.05, 0.05, 1.0, 0.95, true),
                new Eval(0.7, 0.7, 50),
                List.of(1L, 2L, 3L, 4L, 5L),
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }
}
