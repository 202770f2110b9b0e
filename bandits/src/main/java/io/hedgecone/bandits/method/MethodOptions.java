package io.hedgecone.bandits.method;

/**
 * Settings shared by the policy methods.
 *
 * @param seed           seed of the posterior draws the sample-based methods optimize over (independent of the
 *                       evaluation draws)
 * @param optSamples     draws N for {@code cvar}, and the cap on N for {@code scenario}
 * @param mipSamples     draws N for {@code var-mip} (one binary each)
 * @param mipTimeLimit   wall-clock limit of the {@code var-mip} solve in seconds
 * @param mipEngine      OR-Tools engine of {@code var-mip}: {@code scip} or {@code cpsat} ({@code cp-sat} is accepted)
 * @param lcbAlpha       α of {@code lcb}: {@code z}, {@code chernoff}, {@code hong} or a number
 */
public record MethodOptions(long seed, int optSamples, int mipSamples, double mipTimeLimit, String mipEngine, String lcbAlpha) {
    public MethodOptions {
        if (optSamples < 2) throw new IllegalArgumentException("--opt-samples must be at least 2, got " + optSamples);
        if (mipSamples < 2) throw new IllegalArgumentException("--mip-samples must be at least 2, got " + mipSamples);
        if (!(mipTimeLimit > 0)) throw new IllegalArgumentException("--mip-time-limit must be positive, got " + mipTimeLimit);
        if (mipEngine.equals("cp-sat")) mipEngine = "cpsat"; // the ortools backend's key
        if (!mipEngine.equals("scip") && !mipEngine.equals("cpsat"))
            throw new IllegalArgumentException("--mip-engine must be scip or cpsat, got " + mipEngine);
        Lcb.parseAlpha(lcbAlpha, 0.1, 1); // validates early
    }

    public static MethodOptions defaults(long seed) { return new MethodOptions(seed, 1000, 200, 10, "scip", "z"); }

    public MethodOptions withAlpha(String alpha) { return new MethodOptions(seed, optSamples, mipSamples, mipTimeLimit, mipEngine, alpha); }
    public MethodOptions withSeed(long s) { return new MethodOptions(s, optSamples, mipSamples, mipTimeLimit, mipEngine, lcbAlpha); }
}
