package io.hedgecone.solver.spi;

import java.io.PrintStream;
import java.util.Map;

/**
 * Options common to every backend, plus backend-specific string parameters.
 *
 * @param timeLimitSeconds wall-clock limit (positive; {@code Double.POSITIVE_INFINITY} for none)
 * @param iterationLimit   iteration limit ({@code Integer.MAX_VALUE} for the backend's default)
 * @param verbose          print a per-iteration log to {@code log}
 * @param log              where verbose output goes (never null)
 * @param params           backend-specific options, e.g. {@code engine=highs} for ortools
 */
public record SolveOptions(double timeLimitSeconds, int iterationLimit, boolean verbose, PrintStream log, Map<String, String> params) {
    public SolveOptions {
        if (!(timeLimitSeconds > 0)) throw new IllegalArgumentException("time limit must be positive, got " + timeLimitSeconds);
        if (iterationLimit < 1) throw new IllegalArgumentException("iteration limit must be >= 1, got " + iterationLimit);
        if (log == null) log = System.out;
        params = Map.copyOf(params);
    }

    public static SolveOptions defaults() {
        return new SolveOptions(Double.POSITIVE_INFINITY, Integer.MAX_VALUE, false, System.out, Map.of());
    }

    public SolveOptions withTimeLimit(double seconds) { return new SolveOptions(seconds, iterationLimit, verbose, log, params); }
    public SolveOptions withIterationLimit(int limit) { return new SolveOptions(timeLimitSeconds, limit, verbose, log, params); }
    public SolveOptions withVerbose(boolean v) { return new SolveOptions(timeLimitSeconds, iterationLimit, v, log, params); }
    public SolveOptions withLog(PrintStream out) { return new SolveOptions(timeLimitSeconds, iterationLimit, verbose, out, params); }

    public SolveOptions withParam(String key, String value) {
        var m = new java.util.HashMap<>(params);
        m.put(key, value);
        return new SolveOptions(timeLimitSeconds, iterationLimit, verbose, log, m);
    }

    public boolean hasTimeLimit() { return timeLimitSeconds != Double.POSITIVE_INFINITY; }
}
