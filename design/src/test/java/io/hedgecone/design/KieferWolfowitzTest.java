package io.hedgecone.design;

import io.hedgecone.design.data.SyntheticPoints;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kiefer–Wolfowitz checked numerically rather than assumed: (1) max_i g_i(w) ≥ r for every design w, since
 * Σ w_i g_i = r; (2) at the D-optimum max_i g_i = r to 1e-6, so the D-optimum attains that lower bound and is
 * G-optimal; (3) no design near the D-optimum has a smaller max leverage. The G-optimum computed by its own conic
 * model is compared in {@code ConicPathTest}.
 */
class KieferWolfowitzTest {

    @Test void maxLeverageEqualsRankAtTheDOptimum() {
        for (long seed = 11; seed <= 16; seed++) {
            int r = 2 + (int) (seed % 5);
            double[][] z = SyntheticPoints.embeddingCloud(60, r, seed);
            DesignResult d = OptimalDesign.solve(DesignProblem.of(z), Criterion.D,
                    DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-9));
            // ε = 1e-9 bounds max g − r by 1e-9·r; the test allows the 1e-6
            assertEquals(r, d.certificate().maxLeverage(), 1e-6, "seed " + seed);
            // support points have g = r (complementary slackness): since Σ_i w_i(r − g_i) = 0 and every g_i ≤ r(1+ε),
            // a point of weight w_i has r − g_i ≤ r·ε/w_i ≤ 6e-6 for w_i > 1e-3, inside the 1e-4 checked here
            for (int i = 0; i < z.length; i++) if (d.weights()[i] > 1e-3) assertEquals(r, d.leverages()[i], 1e-4);
        }
    }

    @Test void noNearbyDesignHasSmallerMaxLeverage() {
        double[][] z = SyntheticPoints.embeddingCloud(40, 3, 5);
        Candidates c = Candidates.of(DesignProblem.of(z), 0);
        double[] w = OptimalDesign.solve(DesignProblem.of(z), Criterion.D,
                DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-10)).weights();
        double gStar = Certificates.evaluate(c, w, Criterion.G).certificate().objective();
        Random rnd = new Random(8);
        for (int t = 0; t < 200; t++) {
            double[] v = w.clone();
            double s = 0;
            for (int i = 0; i < v.length; i++) { v[i] = Math.max(0, v[i] + 0.01 * rnd.nextGaussian() * (rnd.nextBoolean() ? 1 : 0)); s += v[i]; }
            for (int i = 0; i < v.length; i++) v[i] /= s;
            double g = Certificates.evaluate(c, v, Criterion.G).certificate().objective();
            assertTrue(g >= gStar - 1e-8, "perturbation " + t + " lowered max g from " + gStar + " to " + g);
        }
    }

    @Test void gAndDObjectivesOfOneDesignAgree() {
        double[][] z = SyntheticPoints.gaussian(50, 4, 21);
        DesignOptions fw = DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-10);
        DesignResult d = OptimalDesign.solve(DesignProblem.of(z), Criterion.D, fw);
        DesignResult g = OptimalDesign.solve(DesignProblem.of(z), Criterion.G, fw);
        assertEquals(4, g.objective(), 1e-8);
        assertEquals(d.objective(), Certificates.evaluate(Candidates.of(DesignProblem.of(z), 0), g.weights(), Criterion.D).certificate().objective(), 1e-8);
    }
}
