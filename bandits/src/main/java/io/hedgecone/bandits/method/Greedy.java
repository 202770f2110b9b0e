package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;

import java.util.List;

/** {@code greedy}: the arm with the largest posterior mean reward φ_aᵀμ. */
public final class Greedy implements PolicyMethod {
    @Override public String name() { return "greedy"; }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        int a = Policies.argmax(p.meanReward());
        return new MethodResult(name(), Policies.vertex(p.arms(), a), (System.nanoTime() - t0) / 1e6, List.of());
    }
}
