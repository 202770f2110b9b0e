package io.hedgecone.design;

import io.hedgecone.design.data.SyntheticPoints;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The certificates are dual bounds: for any design w, the D bound is ≥ the optimal log det and the A bound is ≤ the
 * optimal trace V⁻¹; the G bound r is ≤ max g. The optimum comes from Frank–Wolfe at ε = 1e-10, accurate to a
 * certified r·1e-10, which the 1e-8 slack covers.
 */
class CertificatesTest {
    static double[] random(int k, Random rnd) {
        double[] w = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) { w[i] = rnd.nextDouble() * rnd.nextDouble(); s += w[i]; }
        for (int i = 0; i < k; i++) w[i] /= s;
        return w;
    }

    @Test void boundsHoldForRandomDesigns() {
        for (long seed = 1; seed <= 5; seed++) {
            double[][] z = SyntheticPoints.embeddingCloud(30, 4, seed);
            Candidates c = Candidates.of(DesignProblem.of(z), 0);
            DesignOptions fw = DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-10);
            double dOpt = OptimalDesign.solve(DesignProblem.of(z), Criterion.D, fw).objective();
            double aOpt = OptimalDesign.solve(DesignProblem.of(z), Criterion.A, fw).objective();
            Random rnd = new Random(seed);
            for (int t = 0; t < 20; t++) {
                double[] w = random(30, rnd);
                Certificate d = Certificates.evaluate(c, w, Criterion.D).certificate();
                assertTrue(d.objective() <= dOpt + 1e-8 && dOpt <= d.bound() + 1e-8, "log det bound brackets the optimum");
                assertEquals(d.bound() - d.objective(), d.gap(), 1e-12);
                Certificate a = Certificates.evaluate(c, w, Criterion.A).certificate();
                assertTrue(a.bound() <= aOpt * (1 + 1e-8) && aOpt <= a.objective() * (1 + 1e-8), "trace bound brackets the optimum");
                Certificate g = Certificates.evaluate(c, w, Criterion.G).certificate();
                assertTrue(g.objective() >= 4 - 1e-12, "max g >= r for every design");
                // Σ w_i g_i = r holds for every design (to rounding: 1e-10)
                assertEquals(0, d.identityResidual(), 1e-10);
            }
        }
    }

    @Test void singularDesignIsReportedNotThrown() {
        Candidates c = Candidates.of(DesignProblem.of(ExactCases.threePoints()), 0);
        Certificate cert = Certificates.evaluate(c, new double[]{1, 0, 0}, Criterion.D).certificate();
        assertFalse(cert.nonsingular());
        assertEquals(Double.NEGATIVE_INFINITY, cert.objective());
        assertEquals(Double.POSITIVE_INFINITY, cert.gap());
    }

    @Test void weightsOffTheSimplexAreRejected() {
        Candidates c = Candidates.of(DesignProblem.of(ExactCases.threePoints()), 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Certificates.evaluate(c, new double[]{0.5, 0.5, 0.5}, Criterion.D))
                .getMessage().contains("sum to 1.5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Certificates.evaluate(c, new double[]{1.5, -0.5, 0}, Criterion.D))
                .getMessage().contains("weight 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Certificates.evaluate(c, new double[]{1}, Criterion.D))
                .getMessage().contains("1 weights for 3"));
    }
}
