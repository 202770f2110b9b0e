package io.hedgecone.design.conic;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.Certificates;
import io.hedgecone.design.Criterion;
import io.hedgecone.design.DesignProblem;
import io.hedgecone.design.data.SyntheticPoints;
import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.verify.SolutionVerifier;
import io.hedgecone.solver.verify.VerificationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the conic formulations without a solver: for random designs w, {@link DesignModel#pointAt} must be a
 * feasible point of the model (verified by the solver core's independent {@link SolutionVerifier}) whose objective
 * equals the criterion at w. Tolerances: 1e-10 relative residual and value — the point is built from one Cholesky
 * factorization of a well-conditioned r×r matrix, so only a few hundred ulps of rounding enter.
 */
class ConicFormulationTest {
    static final double TOL = 1e-10;

    static double[] randomWeights(int k, long seed, boolean sparse) {
        Random rnd = new Random(seed);
        double[] w = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = sparse && i % 5 == 1 ? 0 : rnd.nextDouble(); // some zeros exercise the w_i = 0 branches
            s += w[i];
        }
        for (int i = 0; i < k; i++) w[i] /= s;
        return w;
    }

    static void checkFeasibleWithValue(DesignModel m, double[] w, double expectedCriterion) {
        ModelData d = m.model().toData();
        double[] x = m.pointAt(w);
        VerificationReport v = SolutionVerifier.solution(d, x, null, null);
        assertTrue(v.primalResidualRel() <= TOL, () -> m.criterion() + " point infeasible: " + v.summary() + " " + v.notes());
        assertEquals(expectedCriterion, m.criterionValue(d.objective(x)), TOL * Math.max(1, Math.abs(expectedCriterion)));
    }

    @ParameterizedTest
    @EnumSource(DFormulation.class)
    void dModelPointMatchesLogDet(DFormulation f) {
        for (int r : new int[]{1, 2, 3, 5, 8}) {
            long seed = 100 + r;
            Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.gaussian(12, r, seed)), 0);
            double[] w = randomWeights(12, seed, true);
            double logDet = Certificates.evaluate(c, w, Criterion.D).certificate().objective();
            try (DesignModel m = ConicDesign.model(c, Criterion.D, f)) {
                checkFeasibleWithValue(m, w, logDet - c.whiteningLogDetOffset());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aModelPointMatchesTraceInverse(int r) {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.gaussian(10, r, 7 + r)), 0);
        double[] w = randomWeights(10, 11 + r, true);
        double trace = Certificates.evaluate(c, w, Criterion.A).certificate().objective();
        try (DesignModel m = ConicDesign.model(c, Criterion.A, DFormulation.GEOMEAN_SOC)) {
            checkFeasibleWithValue(m, w, trace);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void gModelPointMatchesMaxLeverage(int r) {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.gaussian(8, r, 3 + r)), 0);
        double[] w = randomWeights(8, 5 + r, true);
        double gmax = Certificates.evaluate(c, w, Criterion.G).certificate().objective();
        try (DesignModel m = ConicDesign.model(c, Criterion.G, DFormulation.GEOMEAN_SOC)) {
            checkFeasibleWithValue(m, w, gmax);
        }
    }

    @Test void modelsUseOnlyCones() {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.gaussian(6, 3, 1)), 0);
        try (DesignModel d = ConicDesign.model(c, Criterion.D, DFormulation.GEOMEAN_SOC);
             DesignModel e = ConicDesign.model(c, Criterion.D, DFormulation.LOGDET_EXP);
             DesignModel a = ConicDesign.model(c, Criterion.A, DFormulation.GEOMEAN_SOC);
             DesignModel g = ConicDesign.model(c, Criterion.G, DFormulation.GEOMEAN_SOC)) {
            assertEquals(java.util.Set.of(BlockKind.LINEAR, BlockKind.RQCONE), java.util.Set.copyOf(d.model().toData().kindsUsed()));
            assertEquals(java.util.Set.of(BlockKind.LINEAR, BlockKind.RQCONE, BlockKind.PEXP), java.util.Set.copyOf(e.model().toData().kindsUsed()));
            assertEquals(java.util.Set.of(BlockKind.LINEAR, BlockKind.RQCONE), java.util.Set.copyOf(a.model().toData().kindsUsed()));
            assertEquals(java.util.Set.of(BlockKind.LINEAR, BlockKind.RQCONE), java.util.Set.copyOf(g.model().toData().kindsUsed()));
        }
    }

    /** A point built from a design that misses a direction cannot exist: the error says so instead of returning NaNs. */
    @Test void singularDesignHasNoPoint() {
        Candidates c = Candidates.of(DesignProblem.of(new double[][]{{1, 0}, {0, 1}, {1, 1}}), 0);
        try (DesignModel m = ConicDesign.model(c, Criterion.D, DFormulation.GEOMEAN_SOC)) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> m.pointAt(new double[]{1, 0, 0}));
            assertTrue(e.getMessage().contains("singular"));
        }
    }
}
