package io.hedgecone.rl.policy;

import io.hedgecone.rl.util.Softmax;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.*;

class SoftmaxPolicyTest {
    private static final double[][] FEATURES = {{0.3, -1.0, 2.0}, {1.5, 0.2, -0.4}, {-0.7, 0.9, 0.1}, {0.0, 0.5, 0.5}};
    private static final double[] REFERENCE = {0.4, 0.3, 0.2, 0.1};

    @Test void klIsZeroWhenThePolicyIsItsReference() {
        for (Scorer s : List.of(new LinearScorer(3), new MlpScorer(3, 5, 1), new StandardizedScorer(new MlpScorer(3, 5, 2)))) {
            SoftmaxPolicy p = new SoftmaxPolicy(s);
            double[] pi = p.probabilities(FEATURES, REFERENCE);
            assertArrayEquals(REFERENCE, pi, 1e-15);
            double[] grad = new double[s.parameters().length];
            assertEquals(0, p.accumulateKlGradient(FEATURES, pi, REFERENCE, 1.0, grad), 1e-15);
            for (double g : grad) assertEquals(0, g, 1e-15, "the KL is minimal at the reference: zero gradient");
        }
        SoftmaxPolicy moved = new SoftmaxPolicy(new LinearScorer(3));
        moved.scorer().parameters()[0] = 0.5;
        assertTrue(Softmax.kl(moved.probabilities(FEATURES, REFERENCE), REFERENCE) > 1e-3, "and positive once the policy moves");
    }

    @Test void logProbAndKlGradientsMatchFiniteDifferences() {
        for (Scorer s : List.of(new LinearScorer(3), new MlpScorer(3, 4, 3))) {
            SplittableRandom r = new SplittableRandom(5);
            for (int i = 0; i < s.parameters().length; i++) s.parameters()[i] = 0.5 * r.nextGaussian();
            SoftmaxPolicy p = new SoftmaxPolicy(s);
            double[] pi = p.probabilities(FEATURES, REFERENCE);
            double[] g = new double[s.parameters().length];
            p.accumulateLogProbGradient(FEATURES, pi, 2, 1.0, g);
            assertArrayEquals(fd(s, q -> Math.log(q.probabilities(FEATURES, REFERENCE)[2])), g, 1e-7);
            double[] k = new double[s.parameters().length];
            p.accumulateKlGradient(FEATURES, pi, REFERENCE, 1.0, k);
            assertArrayEquals(fd(s, q -> Softmax.kl(q.probabilities(FEATURES, REFERENCE), REFERENCE)), k, 1e-7);
        }
    }

    @Test void standardizedScorerDividesByTheCalibrationRms() {
        StandardizedScorer s = new StandardizedScorer(new LinearScorer(2));
        s.calibrate(List.of(new double[]{3, 0}, new double[]{-4, 0}));
        s.parameters()[0] = 1;
        assertEquals(1 / Math.sqrt(12.5), s.score(new double[]{1, 7}), 1e-15, "RMS of (3, −4) is √12.5; a zero column keeps scale 1");
        assertThrows(IllegalStateException.class, () -> s.calibrate(List.of()));
    }

    @Test void gaeReducesToMonteCarloAndTdAtItsEnds() {
        double[] r = {0, 0, 2}, v = {0.5, 1.0, 1.5};
        assertArrayEquals(new double[]{1.5, 1.0, 0.5}, Gae.advantages(r, v, 1, 1), 1e-15, "λ = 1: return − V");
        assertArrayEquals(new double[]{0.5, 0.5, 0.5}, Gae.advantages(r, v, 1, 0), 1e-15, "λ = 0: one-step TD errors");
    }

    private static double[] fd(Scorer s, ToDoubleFunction<SoftmaxPolicy> f) {
        double h = 1e-6;
        double[] th = s.parameters(), g = new double[th.length];
        for (int i = 0; i < th.length; i++) {
            double o = th[i];
            th[i] = o + h;
            double a = f.applyAsDouble(new SoftmaxPolicy(s));
            th[i] = o - h;
            double b = f.applyAsDouble(new SoftmaxPolicy(s));
            th[i] = o;
            g[i] = (a - b) / (2 * h);
        }
        return g;
    }
}
