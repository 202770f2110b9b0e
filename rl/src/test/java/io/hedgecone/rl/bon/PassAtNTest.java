package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Softmax;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PassAtNTest {
    static final boolean[] CORRECT = {false, true, false, false, true, false};

    @Test void analyticGradientOfOneMinusPToTheNMatchesFiniteDifferences() {
        double[] z = {0.5, -1.2, 0.3, 0.8, -0.4, 0.0};
        for (int n : new int[]{1, 2, 8, 32}) {
            double[] g = PassAtN.gradient(Softmax.probabilities(z), CORRECT, n);
            double[] fd = BonDistributionTest.finiteDifference(x -> PassAtN.value(Softmax.probabilities(x), CORRECT, n), z);
            assertArrayEquals(fd, g, 1e-8, "N = " + n); // central differences, h = 1e-5: O(h²) error
            double norm = 0;
            for (double v : g) norm += Math.abs(v);
            assertTrue(norm > 1e-3, "a vanishing gradient would pass trivially");
        }
    }

    @Test void rewardSelectedBonAccuracyIsPassAtN() {
        double[] pi = Softmax.probabilities(new double[]{0.5, -1.2, 0.3, 0.8, -0.4, 0.0});
        BanditPrompt x = new BanditPrompt(CORRECT, new double[6], new double[6], new double[6][1], 1);
        double[] r = Selection.REWARD.scores(x);
        assertEquals(PassAtN.value(pi, CORRECT, 8), BonDistribution.expectation(pi, r, 8, r), 1e-14);
        assertArrayEquals(PassAtN.gradient(pi, CORRECT, 8), BonDistribution.gradient(pi, r, 8, r), 1e-14);
    }
}
