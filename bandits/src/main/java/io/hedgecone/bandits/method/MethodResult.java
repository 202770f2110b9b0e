package io.hedgecone.bandits.method;

import java.util.List;

/**
 * What a method returns.
 *
 * @param method      method name as given on the command line
 * @param policy      π ∈ Δ_k (k probabilities, nonnegative, summing to 1)
 * @param solveMillis wall time of the method in milliseconds (model building and solves included)
 * @param notes       remarks worth printing: solver statuses, verification, tightening steps, MIP gap
 */
public record MethodResult(String method, double[] policy, double solveMillis, List<String> notes) {
    public MethodResult {
        notes = List.copyOf(notes);
    }

    /** Number of arms with positive probability. */
    public int support() {
        int s = 0;
        for (double p : policy) if (p > 1e-9) s++;
        return s;
    }
}
