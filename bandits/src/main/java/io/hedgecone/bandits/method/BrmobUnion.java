package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;

import java.util.Arrays;
import java.util.List;

/** {@code brmob-union}: minimizes U1(π) = max_a m_a + z_{1−δ/k}·s_a (√(2 ln(k/δ)) for sub-Gaussian posteriors). */
public final class BrmobUnion implements PolicyMethod {
    @Override public String name() { return "brmob-union"; }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        double[] c = new double[p.arms()];
        Arrays.fill(c, new BoundEvaluator(p).unionConstant());
        ConicRun r = ConicMethods.require(UnionSocp.solve(p, c, name()), name());
        return new MethodResult(name(), r.policy(), (System.nanoTime() - t0) / 1e6, List.of(r.summary()));
    }
}
