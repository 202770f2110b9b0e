package io.hedgecone.rl.bon;

import java.util.List;

/**
 * Everything {@code hedgecone rl bon} runs; {@link #defaults()} is the configuration the README's table comes from.
 *
 * @param env       reasoning-bandit generator
 * @param n         N of Best-of-N (training N' and evaluation N)
 * @param methods   methods compared (see {@link BonMethods#NAMES}); the untrained policy is always reported as {@code base}
 * @param policies  policy classes: tabular (evaluated on the training prompts), linear (shared, evaluated on held-out
 *                  prompts), tabular+linear (evaluated on the training prompts)
 * @param train     optimisation settings
 * @param seeds     replication seeds (each: its own bandit instance and training randomness)
 * @param threads   worker threads (results do not depend on it)
 */
public record BonConfig(BanditConfig env, int n, List<String> methods, List<String> policies, Train train, List<Long> seeds, int threads) {

    /**
     * @param iterations   Adam steps
     * @param batch        prompts per step
     * @param learningRate Adam step size
     * @param evalEvery    iterations between learning-curve points
     * @param draws        BoN draws per prompt of the sampled BoN-RL variants
     * @param exactP       BoN-RLB uses the exact failure probability (else the failed share of its N samples)
     * @param clip         BoN-RLB weight clip
     */
    public record Train(int iterations, int batch, double learningRate, int evalEvery, int draws, boolean exactP, double clip) {}

    public BonConfig {
        methods = List.copyOf(methods);
        policies = List.copyOf(policies);
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) throw new IllegalArgumentException("seeds must not be empty");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (n < 1) throw new IllegalArgumentException("N must be >= 1, got " + n);
        for (String m : methods) BonMethods.of(m, 1, false, 1); // names are checked here
        for (String p : policies)
            if (!List.of("tabular", "linear", "tabular+linear").contains(p))
                throw new IllegalArgumentException("unknown policy '" + p + "'; expected tabular, linear or tabular+linear");
        if (policies.contains("linear") && env.heldOutPrompts() == 0)
            throw new IllegalArgumentException("the linear policy is judged on held-out prompts: env.heldOutPrompts must be >= 1");
    }

    /** 200 training + 200 held-out prompts, K = 16, N = 8, every method, tabular and linear policies, 5 seeds. */
    public static BonConfig defaults() {
        return new BonConfig(new BanditConfig(200, 200, 16, 8, 0.0, 4.0, 0.2, 1.0, 0.3, 0.15, 0.3, 0.1, 0.7), 8, BonMethods.NAMES,
                List.of("tabular", "linear"), new Train(1000, 32, 0.05, 25, 2, false, 10.0), List.of(1L, 2L, 3L, 4L, 5L),
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }
}
