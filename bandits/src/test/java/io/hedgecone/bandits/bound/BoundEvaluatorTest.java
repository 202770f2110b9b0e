package io.hedgecone.bandits.bound;

import io.hedgecone.bandits.TestProblems;
import io.hedgecone.bandits.posterior.GaussianPosterior;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class BoundEvaluatorTest {
    static final NormalDistribution N01 = new NormalDistribution(0, 1);

    @Test void unionBoundIsExactForTwoArmsWithEqualMeansAtTheUniformPolicy() {
        // R = max(X1, X2) − (X1 + X2)/2 = |X1 − X2|/2 with X1 − X2 ~ N(0, σ²): VaR_δ = (σ/2)·z_{1−δ/2} exactly,
        // and U1 = z_{1−δ/2}·s with s = σ/2. Correlated arms make the check less trivial. Tolerance 1e-6 (issue).
        double[][] cov = {{1.0, 0.3}, {0.3, 2.0}};
        double sigma = Math.sqrt(cov[0][0] + cov[1][1] - 2 * cov[0][1]);
        for (double delta : new double[]{0.05, 0.1, 0.2}) {
            BanditProblem p = new BanditProblem("eq", null, new GaussianPosterior(new double[]{0.4, 0.4},
                    new double[][]{{1, 0}, {0.3, Math.sqrt(2 - 0.09)}}), delta);
            double exact = sigma / 2 * N01.inverseCumulativeProbability(1 - delta / 2);
            BoundEvaluator ev = new BoundEvaluator(p);
            assertEquals(exact, ev.union(new double[]{0.5, 0.5}), 1e-6, "delta " + delta);
            assertEquals(exact, ev.tight(new double[]{0.5, 0.5}).t(), 1e-6, "tight, delta " + delta);
        }
    }

    @Test void chernoffBoundHasTheClosedFormForIdenticalArms() {
        // k iid N(0,1) arms at the uniform policy: m_a = 0 and s_a² = (k−1)/k for every a, so
        // U2 = min_λ λ ln k + s²/(2λ) + λ ln(1/δ) = s·√(2 ln(k/δ)). Golden-section accuracy: 1e-8.
        int k = 7;
        double[][] l = new double[k][k];
        for (int a = 0; a < k; a++) l[a][a] = 1;
        BanditProblem p = new BanditProblem("iid", null, new GaussianPosterior(new double[k], l), 0.1);
        double[] pi = new double[k];
        Arrays.fill(pi, 1.0 / k);
        double s = Math.sqrt((k - 1.0) / k);
        assertEquals(s * Math.sqrt(2 * Math.log(k / 0.1)), new BoundEvaluator(p).chernoff(pi), 1e-8);
    }

    @Test void tightUnionBoundNeverExceedsTheUniformSplitAndSpendsExactlyDelta() {
        for (long seed = 1; seed <= 5; seed++) {
            BanditProblem p = TestProblems.linear(6, 3, 0.5, 0.1, seed);
            BoundEvaluator ev = new BoundEvaluator(p);
            double[] pi = {0.3, 0.2, 0.1, 0.1, 0.2, 0.1};
            BoundEvaluator.Tight t = ev.tight(pi);
            assertTrue(t.t() <= ev.union(pi) + 1e-12);
            // Bisection to 1e-13 relative: the allocated risks sum to δ within the tail's slope times that width.
            double sum = Arrays.stream(t.armRisk()).sum();
            assertTrue(sum <= p.delta() + 1e-12 && sum > p.delta() - 1e-6, "risk " + sum);
        }
    }

    @Test void ellipsoidRadiusIsTheChiSquareQuantile() {
        // d = 2: χ²₂ is exponential with mean 2, so ρ² = 2 ln(1/δ) exactly. Quantile accuracy 1e-9.
        assertEquals(Math.sqrt(2 * Math.log(10)), TailConstants.ellipsoidRadius(2, 0.1, io.hedgecone.bandits.posterior.Tail.GAUSSIAN), 1e-9);
    }
}
