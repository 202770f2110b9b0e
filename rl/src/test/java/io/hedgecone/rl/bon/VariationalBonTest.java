package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Softmax;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class VariationalBonTest {
    @Test void lambdaMatchesTheBonKlAndGrowsWithN() {
        assertEquals(0, LambdaCalibration.lambdaFor(1));
        double prev = 0;
        for (int n : new int[]{2, 4, 8, 16, 32, 128}) {
            double l = LambdaCalibration.lambdaFor(n);
            assertEquals(LambdaCalibration.bonKl(n), LambdaCalibration.variationalKl(l), 1e-10, "N = " + n);
            assertTrue(l > prev, "λ_N increases with N");
            prev = l;
        }
    }

    @Test void closedFormKlEqualsTheKlOfTheTiltedPolicyOnAContinuousVerifier() {
        // 4000 equally likely responses with distinct scores: Q is (almost) Uniform(0, 1), so the exact KL of π_λ
        // must approach the closed form; the discretisation error is O(λ/K).
        int k = 4000;
        double[] pi = new double[k], score = new double[k];
        for (int y = 0; y < k; y++) {
            pi[y] = 1.0 / k;
            score[y] = y;
        }
        double lambda = LambdaCalibration.lambdaFor(8);
        double kl = Softmax.kl(VariationalBon.policy(pi, score, lambda), pi);
        assertEquals(LambdaCalibration.variationalKl(lambda), kl, 5e-3);
    }

    @Test void bonSftGradientMatchesFiniteDifferences() {
        double[] z = {0.4, -0.3, 1.1, 0.0, -0.9};
        double[] score = {0.1, 0.7, 0.7, 1.3, -0.2}; // with a tie
        double lambda = LambdaCalibration.lambdaFor(8);
        for (int expert = 0; expert < z.length; expert++) {
            int e = expert;
            double[] fd = BonDistributionTest.finiteDifference(x -> {
                double[] pl = VariationalBon.policy(Softmax.probabilities(x), score, lambda);
                return Math.log(pl[e]);
            }, z);
            assertArrayEquals(fd, VariationalBon.sftGradient(Softmax.probabilities(z), score, lambda, expert), 1e-7);
        }
    }

    @Test void zeroLambdaIsPlainSft() {
        double[] pi = Softmax.probabilities(new double[]{0.2, 0.5, -1});
        assertArrayEquals(new double[]{-pi[0], 1 - pi[1], -pi[2]}, VariationalBon.sftGradient(pi, new double[]{3, 1, 2}, 0, 1), 1e-15);
    }
}
