package io.hedgecone.design.conic;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.Certificates;
import io.hedgecone.design.Criterion;
import io.hedgecone.design.DesignOptions;
import io.hedgecone.design.DesignProblem;
import io.hedgecone.design.DesignResult;
import io.hedgecone.design.ExactCases;
import io.hedgecone.design.Method;
import io.hedgecone.design.OptimalDesign;
import io.hedgecone.design.data.SyntheticPoints;
import io.hedgecone.solver.spi.SolveOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conic path solved by the default capable backend (native) against the first-order path. Frank–Wolfe runs to
 * ε = 1e-11 (objective within ~r·1e-11 of the optimum); the conic path solves to 1e-10
 * ({@link ConicDesign#NATIVE_TOLERANCE}), so the 1e-6 relative agreement leaves a wide margin.
 */
class ConicPathTest {
    static final DesignOptions FW = DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-11);

    static DesignOptions conic(DFormulation f) {
        return DesignOptions.defaults().withMethod(Method.CONIC).withConic(new ConicDesign.Settings(null, f, SolveOptions.defaults()));
    }

    static void assertRelative(double expected, double actual, double tol, String what) {
        assertTrue(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)), what + ": " + actual + " vs " + expected);
    }

    @ParameterizedTest
    @EnumSource(DFormulation.class)
    void dConicAgreesWithFrankWolfe(DFormulation f) {
        for (long seed = 1; seed <= 4; seed++) {
            int r = 2 + (int) seed;
            double[][] z = SyntheticPoints.embeddingCloud(40, r, seed);
            DesignResult c = OptimalDesign.solve(DesignProblem.of(z), Criterion.D, conic(f));
            DesignResult w = OptimalDesign.solve(DesignProblem.of(z), Criterion.D, FW);
            assertEquals(Method.CONIC, c.method());
            assertNotNull(c.conic());
            assertRelative(w.objective(), c.objective(), 1e-6, "seed " + seed + " log det");
            // the solver's own objective, mapped back to log det, agrees too
            assertRelative(w.objective(), c.conic().criterionValue(), 1e-6, "seed " + seed + " solver objective");
        }
    }

    @Test void aConicAgreesWithFrankWolfe() {
        for (long seed = 5; seed <= 8; seed++) {
            double[][] z = SyntheticPoints.embeddingCloud(40, 4, seed);
            DesignResult c = OptimalDesign.solve(DesignProblem.of(z), Criterion.A, conic(DFormulation.GEOMEAN_SOC));
            DesignResult w = OptimalDesign.solve(DesignProblem.of(z), Criterion.A, FW);
            assertRelative(w.objective(), c.objective(), 1e-6, "seed " + seed + " trace");
        }
    }

    /**
     * Kiefer–Wolfowitz through the G model built on its own (not through D): its optimal value is r, and its
     * optimal weights are D-optimal. 1e-6 relative, as above.
     */
    @Test void gModelConfirmsKieferWolfowitz() {
        for (long seed = 1; seed <= 3; seed++) {
            int r = 2 + (int) seed % 2;
            double[][] z = SyntheticPoints.embeddingCloud(14, r, seed);
            DesignResult g = OptimalDesign.solve(DesignProblem.of(z), Criterion.G, conic(DFormulation.GEOMEAN_SOC));
            assertRelative(r, g.conic().criterionValue(), 1e-6, "min max leverage from the solver");
            assertRelative(r, g.objective(), 1e-5, "max leverage at the solver's weights");
            DesignResult d = OptimalDesign.solve(DesignProblem.of(z), Criterion.D, FW);
            double logDetAtG = Certificates.evaluate(Candidates.of(DesignProblem.of(z), 0), g.weights(), Criterion.D).certificate().objective();
            assertRelative(d.objective(), logDetAtG, 1e-6, "log det of the G-optimal design");
        }
    }

    /** The digest's exact cases through the conic path: values to 1e-8, weights to 1e-5 (interior-point weights converge like the square root of the gap). */
    @Test void exactCasesOnTheConicPath() {
        DesignResult d = OptimalDesign.solve(DesignProblem.of(ExactCases.threePointsScaled()), Criterion.D, conic(DFormulation.GEOMEAN_SOC));
        assertArrayEquals(new double[]{7 / 15.0, 4 / 15.0, 4 / 15.0}, d.weights(), 1e-5);
        assertEquals(Math.log(16 / 15.0), d.objective(), 1e-8);
        DesignResult e = OptimalDesign.solve(DesignProblem.of(ExactCases.threePoints()), Criterion.D, conic(DFormulation.LOGDET_EXP));
        assertArrayEquals(new double[]{1 / 3.0, 1 / 3.0, 1 / 3.0}, e.weights(), 1e-5);
        DesignResult a = OptimalDesign.solve(DesignProblem.of(ExactCases.threePoints()), Criterion.A, conic(DFormulation.GEOMEAN_SOC));
        assertEquals(2 + Math.sqrt(3), a.objective(), 1e-8);
        DesignResult interior = OptimalDesign.solve(DesignProblem.of(ExactCases.identityWithInterior(3)), Criterion.D, conic(DFormulation.GEOMEAN_SOC));
        assertEquals(0, interior.weights()[3], 1e-5);
        DesignResult g = OptimalDesign.solve(DesignProblem.of(ExactCases.circle(5)), Criterion.G, conic(DFormulation.GEOMEAN_SOC));
        assertEquals(2, g.objective(), 1e-6);
    }

    @Test void autoPicksConicForSmallAndFrankWolfeForLargeModels() {
        DesignResult small = OptimalDesign.solve(DesignProblem.of(SyntheticPoints.embeddingCloud(30, 3, 1)), Criterion.D, DesignOptions.defaults());
        assertEquals(Method.CONIC, small.method());
        DesignResult large = OptimalDesign.solve(DesignProblem.of(SyntheticPoints.embeddingCloud(3000, 5, 1)), Criterion.D, DesignOptions.defaults());
        assertEquals(Method.FW, large.method());
        assertTrue(large.notes().stream().anyMatch(s -> s.startsWith("auto: first-order path")));
    }

    @Test void rankDeficientInputOnTheConicPath() {
        double[][] z = {{1, 1, 0}, {2, 2, 0}, {0, 0, 1}, {1, 1, 1}};
        DesignResult c = OptimalDesign.solve(DesignProblem.of(z), Criterion.D, conic(DFormulation.GEOMEAN_SOC));
        DesignResult w = OptimalDesign.solve(DesignProblem.of(z), Criterion.D, FW);
        assertEquals(2, c.rank());
        assertRelative(w.objective(), c.objective(), 1e-6, "log det on the span");
    }
}
