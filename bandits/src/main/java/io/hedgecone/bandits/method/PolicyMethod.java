package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;

/** A way to choose a (possibly randomized) policy π ∈ Δ_k for a bandit problem. */
public interface PolicyMethod {
    /** The name used on the command line and in output. */
    String name();

    MethodResult run(BanditProblem problem, MethodOptions options);
}
