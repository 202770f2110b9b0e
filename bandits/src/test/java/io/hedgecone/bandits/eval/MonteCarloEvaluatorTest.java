package io.hedgecone.bandits.eval;

import io.hedgecone.bandits.TestProblems;
import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.posterior.GaussianPosterior;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MonteCarloEvaluatorTest {
    @Test void sameSeedSameNumbersAndPoliciesShareDraws() {
        BanditProblem p = TestProblems.linear(8, 3, 1.0, 0.1, 3);
        double[] a = new double[8], b = new double[8];
        a[0] = 1;
        b[0] = 0.5;
        b[1] = 0.5;
        MonteCarloEvaluator ev = new MonteCarloEvaluator(p, 20_000, 9);
        double[][] r1 = ev.regretSamples(List.of(a, b));
        double[][] r2 = new MonteCarloEvaluator(p, 20_000, 9).regretSamples(List.of(b));
        assertArrayEquals(r1[1], r2[0], 0.0); // common random numbers: a policy's draws do not depend on the others
        for (double x : r1[0]) assertTrue(x >= -1e-12, "regret is nonnegative");
    }

    @Test void varAndMeanOfAKnownDistributionLieInTheirIntervals() {
        // k = 2, equal means, π = (½, ½): R = |Y|/2 with Y ~ N(0, 2) (independent unit arms). Exact VaR_δ =
        // (√2/2)·z_{1−δ/2}, exact mean (√2/2)·√(2/π). With fixed seeds the 95 % CIs either contain them or not;
        // seed 5 was not chosen after looking, and a failure here would mean a biased estimator.
        BanditProblem p = new BanditProblem("abs", null, new GaussianPosterior(new double[]{0, 0}, new double[][]{{1, 0}, {0, 1}}), 0.1);
        RegretEstimate e = new MonteCarloEvaluator(p, 50_000, 5).evaluate(List.of(new double[]{0.5, 0.5})).get(0);
        double s = Math.sqrt(2) / 2;
        double var = s * new NormalDistribution(0, 1).inverseCumulativeProbability(0.95);
        double mean = s * Math.sqrt(2 / Math.PI);
        assertTrue(e.var().lo() <= var && var <= e.var().hi(), e.var() + " vs " + var);
        assertTrue(e.mean().lo() <= mean && mean <= e.mean().hi(), e.mean() + " vs " + mean);
    }
}
