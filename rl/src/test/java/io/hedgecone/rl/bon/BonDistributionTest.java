package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Softmax;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

class BonDistributionTest {
    /** Six responses, scores with two ties (levels 0.2 ×2, 0.5, 0.9 ×2, 0.1). */
    static final double[] SCORE = {0.2, 0.9, 0.5, 0.2, 0.9, 0.1};
    static final double[] LOGITS = {0.3, -0.8, 0.1, 0.9, -0.2, 0.4};

    @Test void exactLawMatchesSimulatedArgmaxFrequenciesChiSquare() {
        double[] pi = Softmax.probabilities(LOGITS);
        int n = 4, draws = 200_000;
        double[] exact = BonDistribution.probabilities(pi, SCORE, n);
        long[] counts = new long[pi.length];
        SplittableRandom rnd = new SplittableRandom(20240607L); // fixed seed: the test is deterministic
        int[] samples = new int[n];
        for (int d = 0; d < draws; d++) counts[BonDistribution.draw(pi, SCORE, samples, rnd)]++;
        double[] expected = new double[pi.length];
        for (int y = 0; y < pi.length; y++) expected[y] = exact[y] * draws;
        double p = new ChiSquareTest().chiSquareTest(expected, counts);
        // 5 degrees of freedom; under the exact law p is uniform, so 1e-3 fails a correct implementation 0.1 % of seeds
        assertTrue(p > 1e-3, "chi-square p-value " + p);
        // power check: the tie-unaware formula N π(y) Q(y)^{N−1} is a different law and must be rejected
        double[] naive = new double[pi.length];
        double[] q = VariationalBon.winRates(pi, SCORE);
        double z = 0;
        for (int y = 0; y < pi.length; y++) z += naive[y] = n * pi[y] * Math.pow(q[y], n - 1);
        for (int y = 0; y < pi.length; y++) naive[y] = naive[y] / z * draws;
        assertTrue(new ChiSquareTest().chiSquareTest(naive, counts) < 1e-6, "the naive law is not distinguishable: the test has no power");
    }

    @Test void lawIsADistributionAndNEqualsOneIsThePolicy() {
        double[] pi = Softmax.probabilities(LOGITS);
        for (int n : new int[]{1, 2, 7, 32}) {
            double[] p = BonDistribution.probabilities(pi, SCORE, n), s = new double[1];
            for (double v : p) s[0] += v;
            assertEquals(1, s[0], 1e-12, "N = " + n);
        }
        assertArrayEquals(pi, BonDistribution.probabilities(pi, SCORE, 1), 1e-15);
        // without ties: N π(y) F(y)^{N−1} ... exactly F^N − F⁻^N; check one response by hand
        double[] distinct = {0.1, 0.2, 0.3};
        double[] p2 = {0.5, 0.3, 0.2};
        double[] b = BonDistribution.probabilities(p2, distinct, 2);
        assertEquals(0.25, b[0], 1e-15);
        assertEquals(0.64 - 0.25, b[1], 1e-15);
        assertEquals(1 - 0.64, b[2], 1e-15);
    }

    @Test void exactGradientMatchesFiniteDifferencesWithTies() {
        double[] w = {1, 0, 0.3, 1, 0, 2};
        for (int n : new int[]{1, 3, 8}) {
            double[] g = BonDistribution.gradient(Softmax.probabilities(LOGITS), SCORE, n, w);
            double[] fd = finiteDifference(z -> BonDistribution.expectation(Softmax.probabilities(z), SCORE, n, w), LOGITS);
            // central differences with h = 1e-5 on a smooth function: error O(h²) ≈ 1e-10
            assertArrayEquals(fd, g, 1e-8, "N = " + n);
        }
    }

    @Test void logProbGradientIsTheBonScoreFunction() {
        double[] pi = Softmax.probabilities(LOGITS);
        for (int y = 0; y < pi.length; y++) {
            int yy = y;
            double[] fd = finiteDifference(z -> Math.log(BonDistribution.probabilities(Softmax.probabilities(z), SCORE, 5)[yy]), LOGITS);
            assertArrayEquals(fd, BonDistribution.logProbGradient(pi, SCORE, 5, y), 1e-7);
        }
    }

    static double[] finiteDifference(Function<double[], Double> f, double[] z) {
        double h = 1e-5;
        double[] g = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            double[] a = z.clone(), b = z.clone();
            a[k] += h;
            b[k] -= h;
            g[k] = (f.apply(a) - f.apply(b)) / (2 * h);
        }
        return g;
    }
}
