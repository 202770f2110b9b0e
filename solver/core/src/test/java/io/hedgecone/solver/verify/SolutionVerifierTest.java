package io.hedgecone.solver.verify;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Variable;
import io.hedgecone.solver.form.ModelData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The verifier on hand-computed solutions and certificates (exact small numbers; tolerances 1e-12). */
class SolutionVerifierTest {
    /** min x0 + 2x1 s.t. x0 + x1 ≥ 1, x ≥ 0: optimum x = (1, 0), y = 1, z = (0, 1). */
    private static ModelData lp(ObjectiveSense sense) {
        try (Model m = new Model("lp")) {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            m.constraint("c", Expr.sum(x), Domain.greaterThan(1));
            double s = sense == ObjectiveSense.MINIMIZE ? 1 : -1;
            m.objective(sense, Expr.dot(new double[]{s, 2 * s}, x));
            return m.toData();
        }
    }

    @Test void optimalPrimalDualPairHasZeroResidualsAndGap() {
        VerificationReport r = SolutionVerifier.solution(lp(ObjectiveSense.MINIMIZE), new double[]{1, 0}, new double[]{1}, new double[]{0, 1});
        assertEquals(0, r.primalResidual(), 1e-12);
        assertEquals(0, r.dualResidual(), 1e-12);
        assertEquals(1, r.dualObjective(), 1e-12);
        assertEquals(0, r.gapRel(), 1e-12);
        assertTrue(r.solutionVerified(1e-9));
    }

    @Test void maximizationFlipsDualSigns() {
        // max −x0 − 2x1: same point, multipliers negated
        VerificationReport r = SolutionVerifier.solution(lp(ObjectiveSense.MAXIMIZE), new double[]{1, 0}, new double[]{-1}, new double[]{0, -1});
        assertTrue(r.solutionVerified(1e-9), r.summary());
        VerificationReport wrong = SolutionVerifier.solution(lp(ObjectiveSense.MAXIMIZE), new double[]{1, 0}, new double[]{1}, new double[]{0, 1});
        assertFalse(wrong.solutionVerified(1e-6), wrong.summary());
    }

    @Test void suboptimalPointShowsAGap() {
        VerificationReport r = SolutionVerifier.solution(lp(ObjectiveSense.MINIMIZE), new double[]{0.5, 0.5}, new double[]{1}, new double[]{0, 1});
        assertEquals(1.5, r.primalObjective(), 1e-12);
        assertEquals(0.5 / 1, r.gapRel(), 1e-12);
        assertFalse(r.solutionVerified(1e-6));
    }

    @Test void infeasiblePointIsReported() {
        VerificationReport r = SolutionVerifier.solution(lp(ObjectiveSense.MINIMIZE), new double[]{0.25, 0.25}, null, null);
        assertEquals(0.5, r.primalResidual(), 1e-12);
        assertTrue(r.notes().get(0).contains("row 'c'"), r.notes().toString());
    }

    @Test void farkasCertificateOfInfeasibleLp() {
        // x0 + x1 ≥ 1 and x0 + x1 ≤ −1 (as a range row) with x free: y = (1, −1) on the two rows.
        try (Model m = new Model("inf")) {
            Variable x = m.variable("x", 2);
            m.constraint("a", Expr.sum(x), Domain.greaterThan(1));
            m.constraint("b", Expr.sum(x), Domain.lessThan(-1));
            ModelData d = m.toData();
            VerificationReport ok = SolutionVerifier.farkas(d, new double[]{1, -1}, new double[]{0, 0});
            assertTrue(ok.certificateValid(), ok.notes().toString());
            VerificationReport bad = SolutionVerifier.farkas(d, new double[]{-1, 1}, new double[]{0, 0});
            assertFalse(bad.certificateValid());
        }
    }

    @Test void improvingRayOfUnboundedLp() {
        try (Model m = new Model("unb")) {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            m.constraint("c", Expr.sub(x.index(0), x.index(1)), Domain.lessThan(1));
            m.objective(ObjectiveSense.MINIMIZE, Expr.dot(new double[]{-1, -1}, x));
            ModelData d = m.toData();
            assertTrue(SolutionVerifier.ray(d, new double[]{1, 1}).certificateValid());
            assertFalse(SolutionVerifier.ray(d, new double[]{1, 0}).certificateValid(), "violates the row's recession cone");
            assertFalse(SolutionVerifier.ray(d, new double[]{-1, -1}).certificateValid(), "leaves x ≥ 0");
        }
    }

    @Test void coneMembershipMeasures() {
        assertEquals(0, ConeMembership.primalViolation(io.hedgecone.solver.form.BlockKind.QCONE, 0, new double[]{5, 3, 4}, 0, 3), 1e-12);
        assertEquals(1, ConeMembership.primalViolation(io.hedgecone.solver.form.BlockKind.QCONE, 0, new double[]{4, 3, 4}, 0, 3), 1e-12);
        // exp: (e, 1, 1) is on the boundary; (2, 1, 1) is outside
        assertEquals(0, ConeMembership.primalViolation(io.hedgecone.solver.form.BlockKind.PEXP, 0, new double[]{Math.E + 1e-12, 1, 1}, 0, 3), 1e-12);
        assertTrue(ConeMembership.primalViolation(io.hedgecone.solver.form.BlockKind.PEXP, 0, new double[]{2, 1, 1}, 0, 3) > 0.1);
        // dual exp: (1, 0, −1)·... s0 ≥ −s2·exp(s1/s2 − 1) = e^{-1}
        assertEquals(0, ConeMembership.dualViolation(io.hedgecone.solver.form.BlockKind.PEXP, 0, new double[]{0.5, 0, -1}, 0, 3), 1e-12);
        assertTrue(ConeMembership.dualViolation(io.hedgecone.solver.form.BlockKind.PEXP, 0, new double[]{0.3, 0, -1}, 0, 3) > 0.01);
        // rotated: 2·1·2 ≥ 2²
        assertEquals(0, ConeMembership.primalViolation(io.hedgecone.solver.form.BlockKind.RQCONE, 0, new double[]{1, 2, 2}, 0, 3), 1e-12);
    }
}
