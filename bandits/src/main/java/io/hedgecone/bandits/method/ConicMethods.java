package io.hedgecone.bandits.method;

/** Failure handling shared by the conic methods. */
final class ConicMethods {
    private ConicMethods() { }

    /**
     * The run's policy, or an {@link IllegalStateException} naming the solver status when there is none. A run that
     * has a policy but failed verification is kept (its bound is recomputed at π, so it stays valid) and flagged in
     * its summary.
     */
    static ConicRun require(ConicRun r, String method) {
        if (!r.usable()) throw new IllegalStateException(method + ": the solver returned no policy (" + r.summary() + ")");
        return r;
    }
}
