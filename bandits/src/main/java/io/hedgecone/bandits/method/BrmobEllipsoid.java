package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;

import java.util.Arrays;
import java.util.List;

/** {@code brmob-ellipsoid}: minimizes U3(π) = max_a m_a + ρ·s_a, ρ the radius of a 1−δ credible ellipsoid. */
public final class BrmobEllipsoid implements PolicyMethod {
    @Override public String name() { return "brmob-ellipsoid"; }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        double[] c = new double[p.arms()];
        Arrays.fill(c, new BoundEvaluator(p).radius());
        ConicRun r = ConicMethods.require(UnionSocp.solve(p, c, name()), name());
        return new MethodResult(name(), r.policy(), (System.nanoTime() - t0) / 1e6, List.of(r.summary()));
    }
}
