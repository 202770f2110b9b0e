package io.hedgecone.design;

import io.hedgecone.design.data.SyntheticPoints;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidatesTest {

    /** Points of R^2 embedded in R^4 by an orthonormal 4×2 map, plus 1e-18-scale noise that rounding could also make. */
    static double[][] embedded(double[][] p, long seed) {
        Random rnd = new Random(seed);
        double[][] q = {{0.5, 0.5}, {0.5, -0.5}, {0.5, 0.5}, {0.5, -0.5}}; // columns orthonormal
        double[][] z = new double[p.length][4];
        for (int i = 0; i < p.length; i++)
            for (int a = 0; a < 4; a++) z[i][a] = q[a][0] * p[i][0] + q[a][1] * p[i][1] + 1e-18 * rnd.nextGaussian();
        return z;
    }

    @Test void rankDeficientPointsAreDesignedOnTheirSpanWithANote() {
        double[][] flat = ExactCases.threePointsScaled();
        DesignResult r = OptimalDesign.solve(DesignProblem.of(embedded(flat, 3)), Criterion.D,
                DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-12));
        assertEquals(2, r.rank());
        assertEquals(4, r.dimension());
        assertTrue(r.notes().stream().anyMatch(s -> s.contains("2-dimensional subspace of R^4")), r.notes().toString());
        // an orthonormal embedding preserves the design and log det (tolerance as in ExactCasesTest)
        assertEquals(7 / 15.0, r.weights()[0], 1e-6);
        assertEquals(Math.log(16 / 15.0), r.objective(), 1e-9);
        for (double g : r.leverages()) assertEquals(2, g, 1e-9);
    }

    /** log det in projected coordinates = log det in whitened coordinates + the offset, for any w (to 1e-10 relative: two factorizations). */
    @Test void whiteningOffsetIsExactForAnyDesign() {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.embeddingCloud(40, 5, 9)), 0);
        Random rnd = new Random(4);
        for (int t = 0; t < 5; t++) {
            double[] w = new double[40];
            double s = 0;
            for (int i = 0; i < 40; i++) { w[i] = rnd.nextDouble(); s += w[i]; }
            for (int i = 0; i < 40; i++) w[i] /= s;
            var fp = io.hedgecone.design.algebra.Cholesky.factor(io.hedgecone.design.algebra.Information.matrix(c.projected(), 40, 5, w), 5);
            var fw = io.hedgecone.design.algebra.Cholesky.factor(io.hedgecone.design.algebra.Information.matrix(c.whitened(), 40, 5, w), 5);
            assertEquals(fp.logDet(), fw.logDet() + c.whiteningLogDetOffset(), 1e-10 * Math.abs(fp.logDet()) + 1e-12);
        }
    }

    @Test void costsScaleThePoints() {
        double[][] z = ExactCases.threePoints();
        // cost 4 on the first point is the same as the point (1,0)/2
        DesignResult withCost = OptimalDesign.solve(DesignProblem.of(z).withCosts(4, 1, 1), Criterion.D,
                DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-12));
        DesignResult scaled = OptimalDesign.solve(DesignProblem.of(new double[][]{{0.5, 0}, {0, 1}, {1, 1}}), Criterion.D,
                DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-12));
        for (int i = 0; i < 3; i++) assertEquals(scaled.weights()[i], withCost.weights()[i], 1e-6);
        assertEquals(scaled.objective(), withCost.objective(), 1e-9);
        assertTrue(withCost.notes().stream().anyMatch(s -> s.startsWith("costs")));
    }

    @Test void zeroPointsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Candidates.of(DesignProblem.of(new double[][]{{0, 0}, {0, 0}}), 0));
        assertTrue(e.getMessage().contains("zero"));
    }

    @Test void badInputNamesTheElement() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DesignProblem.of(new double[][]{{1, 2}, {3}}))
                .getMessage().contains("candidate 1 has 1 coordinates"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DesignProblem.of(new double[][]{{1, Double.NaN}}))
                .getMessage().contains("coordinate 1 is NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DesignProblem.of(new double[][]{{1}}).withCosts(-1))
                .getMessage().contains("cost of candidate 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DesignProblem.of(new double[][]{{1}}).withRequired(3))
                .getMessage().contains("required candidate 3"));
    }
}
