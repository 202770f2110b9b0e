package io.hedgecone.bandits.method;

import io.hedgecone.bandits.TestProblems;
import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;
import io.hedgecone.bandits.eval.MonteCarloEvaluator;
import io.hedgecone.bandits.eval.RegretEstimate;
import io.hedgecone.bandits.posterior.BetaPosterior;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every certified bound is ≥ the Monte-Carlo VaR of the policy it certifies, beyond the estimate's CI: a failure
 * means the bound lies below the lower end of a 95 % distribution-free interval, i.e. is invalid with high
 * confidence. Fixed seeds make the run reproducible; 20,000 draws keep the suite fast while the CI half-width
 * stays near 2 % of VaR.
 */
class BoundValidityProperties {
    static final List<PolicyMethod> CONIC = List.of(new Brmob(), new BrmobUnion(), new BrmobChernoff(), new BrmobEllipsoid());

    @Property(tries = 10, seed = "20240601", shrinking = ShrinkingMode.OFF)
    void gaussianBoundsCoverTheVar(@ForAll @IntRange(min = 2, max = 7) int k, @ForAll @IntRange(min = 1, max = 4) int d,
                                   @ForAll @DoubleRange(min = 0.05, max = 3) double scale, @ForAll @DoubleRange(min = 0.02, max = 0.3) double delta,
                                   @ForAll boolean multiArmed, @ForAll long seed) {
        BanditProblem p = multiArmed ? TestProblems.multiArmed(k, scale, delta, seed) : TestProblems.linear(k, d, scale, delta, seed);
        check(p, seed);
    }

    @Property(tries = 5, seed = "777", shrinking = ShrinkingMode.OFF)
    void betaBoundsWithTheCertifiedProxyCoverTheVar(@ForAll @IntRange(min = 2, max = 6) int k, @ForAll @DoubleRange(min = 0.02, max = 0.3) double delta,
                                                    @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[k], b = new double[k];
        for (int i = 0; i < k; i++) {
            a[i] = 1 + rng.nextInt(40);
            b[i] = 1 + rng.nextInt(40);
        }
        check(new BanditProblem("beta", null, new BetaPosterior(a, b, false), delta), seed);
    }

    private static void check(BanditProblem p, long seed) {
        MethodOptions o = MethodOptions.defaults(seed);
        BoundEvaluator ev = new BoundEvaluator(p);
        List<double[]> policies = new ArrayList<>();
        for (PolicyMethod m : CONIC) policies.add(m.run(p, o).policy());
        List<RegretEstimate> est = new MonteCarloEvaluator(p, 20_000, seed ^ 0x5bd1e995L).evaluate(policies);
        for (int i = 0; i < policies.size(); i++) {
            double bound = ev.all(policies.get(i)).best();
            assertTrue(bound >= est.get(i).var().lo(), CONIC.get(i).name() + " on " + p.name() + ": bound " + bound + " < MC VaR CI " + est.get(i).var());
        }
    }
}
