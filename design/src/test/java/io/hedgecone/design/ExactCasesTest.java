package io.hedgecone.design;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The digest's exact cases on the first-order path. Frank–Wolfe runs to ε = 1e-12, so the certified log det gap is
 * ≤ r·ε; since log det is strongly concave in w where the optimum is unique, weights are then within about
 * √(gap) ≈ 1e-6 of the optimum — hence 1e-6 on weights and 1e-9 on values (which converge like the gap).
 */
class ExactCasesTest {
    static final double WEIGHT_TOL = 1e-6, VALUE_TOL = 1e-9;

    static DesignResult fw(double[][] z, Criterion c) {
        return OptimalDesign.solve(DesignProblem.of(z), c, DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-12));
    }

    static void allLeverages(DesignResult r, double expected) {
        for (double g : r.leverages()) assertEquals(expected, g, VALUE_TOL);
    }

    @Test void identityHasUniformWeightsAndLeverageN() {
        DesignResult r = fw(ExactCases.identity(4), Criterion.D);
        for (double w : r.weights()) assertEquals(0.25, w, WEIGHT_TOL);
        allLeverages(r, 4);
        assertEquals(4 * Math.log(0.25), r.objective(), VALUE_TOL);
        assertEquals(0, r.certificate().gap(), VALUE_TOL);
    }

    @Test void plusMinusPairsShareOneOverN() {
        int n = 3;
        DesignResult r = fw(ExactCases.plusMinus(n), Criterion.D);
        for (int i = 0; i < n; i++) assertEquals(1.0 / n, r.weights()[2 * i] + r.weights()[2 * i + 1], WEIGHT_TOL);
        allLeverages(r, n);
    }

    @Test void circlePointsGiveHalfIdentityAndLeverageTwo() {
        DesignResult r = fw(ExactCases.circle(7), Criterion.D);
        double[] v = r.information();
        assertArrayEquals(new double[]{0.5, 0, 0, 0.5}, v, 1e-6);
        allLeverages(r, 2);
        // the uniform design is itself optimal: its certificate has zero gap
        double[] uniform = new double[7];
        java.util.Arrays.fill(uniform, 1.0 / 7);
        Candidates c = Candidates.of(DesignProblem.of(ExactCases.circle(7)), 0);
        assertEquals(0, Certificates.evaluate(c, uniform, Criterion.D).certificate().gap(), 1e-12);
    }

    @Test void threePointsGetOneThirdEach() {
        DesignResult r = fw(ExactCases.threePoints(), Criterion.D);
        assertArrayEquals(new double[]{1 / 3.0, 1 / 3.0, 1 / 3.0}, r.weights(), WEIGHT_TOL);
        assertEquals(Math.log(1 / 3.0), r.objective(), VALUE_TOL);
        allLeverages(r, 2);
        // V⁻¹ = [[2, −1], [−1, 2]]
        double[] v = r.information();
        double det = v[0] * v[3] - v[1] * v[2];
        assertArrayEquals(new double[]{2, -1, -1, 2}, new double[]{v[3] / det, -v[1] / det, -v[2] / det, v[0] / det}, 1e-6);
    }

    @Test void scaledThreePointsGetSevenFourFourFifteenths() {
        DesignResult r = fw(ExactCases.threePointsScaled(), Criterion.D);
        assertArrayEquals(new double[]{7 / 15.0, 4 / 15.0, 4 / 15.0}, r.weights(), WEIGHT_TOL);
        assertEquals(Math.log(16 / 15.0), r.objective(), VALUE_TOL);
        allLeverages(r, 2);
    }

    @Test void interiorPointGetsNoWeight() {
        int n = 3;
        DesignResult r = fw(ExactCases.identityWithInterior(n), Criterion.D);
        assertEquals(0, r.weights()[n], 0.0, "Frank-Wolfe never moves mass onto a dominated point");
        assertEquals(0.25 * n, r.leverages()[n], VALUE_TOL);
        assertTrue(r.leverages()[n] < n);
        for (int i = 0; i < n; i++) assertEquals(1.0 / n, r.weights()[i], WEIGHT_TOL);
    }

    @Test void gCriterionValueIsRankOnEveryCase() {
        for (double[][] z : new double[][][]{ExactCases.identity(3), ExactCases.plusMinus(2), ExactCases.circle(5),
                ExactCases.threePoints(), ExactCases.threePointsScaled(), ExactCases.identityWithInterior(3)}) {
            DesignResult r = fw(z, Criterion.G);
            assertEquals(z[0].length, r.objective(), 1e-9, "min max g = n");
            assertEquals(0, r.certificate().gap(), 1e-9);
        }
    }

    @Test void aOptimalIdentityAndCircle() {
        DesignResult id = fw(ExactCases.identity(3), Criterion.A);
        assertEquals(9, id.objective(), VALUE_TOL, "trace (I/3)⁻¹ = 9");
        DesignResult circ = fw(ExactCases.circle(6), Criterion.A);
        assertEquals(4, circ.objective(), VALUE_TOL, "trace (I/2)⁻¹ = 4");
    }

    /**
     * {(1,0),(0,1),(1,1)} under A: by symmetry w = (a, a, 1−2a); trace V⁻¹ = 1/(2−3a) + 1/a is minimal at
     * a = 1 − 1/√3, with value 2 + √3.
     */
    @Test void aOptimalThreePoints() {
        DesignResult r = fw(ExactCases.threePoints(), Criterion.A);
        double a = 1 - 1 / Math.sqrt(3);
        assertArrayEquals(new double[]{a, a, 1 - 2 * a}, r.weights(), WEIGHT_TOL);
        assertEquals(2 + Math.sqrt(3), r.objective(), VALUE_TOL);
        assertTrue(r.certificate().gap() <= 1e-11 * r.objective());
    }

    /** In one dimension every criterion puts all weight on the largest |z|: here 3, with log det 9, trace 1/9. */
    @Test void oneDimensionalCandidates() {
        double[][] z = {{1}, {3}, {-2}};
        for (Criterion c : Criterion.values()) {
            DesignResult r = fw(z, c);
            assertArrayEquals(new double[]{0, 1, 0}, r.weights(), WEIGHT_TOL, c.name());
        }
        assertEquals(Math.log(9), fw(z, Criterion.D).objective(), VALUE_TOL);
        assertEquals(1 / 9.0, fw(z, Criterion.A).objective(), VALUE_TOL);
    }
}
