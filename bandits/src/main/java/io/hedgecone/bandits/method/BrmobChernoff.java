package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;

import java.util.List;

/** {@code brmob-chernoff}: minimizes the Chernoff / entropic-risk bound U2(π) by an exponential-cone program. */
public final class BrmobChernoff implements PolicyMethod {
    @Override public String name() { return "brmob-chernoff"; }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        ConicRun r = ConicMethods.require(ChernoffExpCone.solve(p, name()), name());
        return new MethodResult(name(), r.policy(), (System.nanoTime() - t0) / 1e6, List.of(r.summary()));
    }
}
