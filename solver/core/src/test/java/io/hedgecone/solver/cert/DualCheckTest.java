package io.hedgecone.solver.cert;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.testing.Kkt;
import io.hedgecone.solver.testing.LpFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The hand-computed solution of {@link LpFixtures#signLp} passes; sign errors fail. Exact data: tolerance 1e-9. */
class DualCheckTest {
    private static double[] neg(double[] v) {
        double[] r = v.clone();
        for (int i = 0; i < r.length; i++) r[i] = -r[i];
        return r;
    }

    @Test
    void knownSolutionPassesForMinAndMax() {
        ModelData min = LpFixtures.signLp(false), max = LpFixtures.signLp(true);
        assertTrue(DualCheck.check(min, LpFixtures.SIGN_X, LpFixtures.SIGN_Y_MIN, LpFixtures.SIGN_Z_MIN).ok(1e-9));
        assertTrue(DualCheck.check(max, LpFixtures.SIGN_X, neg(LpFixtures.SIGN_Y_MIN), neg(LpFixtures.SIGN_Z_MIN)).ok(1e-9));
        assertArrayEquals(LpFixtures.SIGN_Z_MIN, DualCheck.stationarityZ(min, LpFixtures.SIGN_X, LpFixtures.SIGN_Y_MIN), 1e-12);
        assertEquals(min.objective(LpFixtures.SIGN_X), Kkt.dualObjective(min, LpFixtures.SIGN_Y_MIN, LpFixtures.SIGN_Z_MIN), 1e-12);
        assertEquals(max.objective(LpFixtures.SIGN_X), Kkt.dualObjective(max, neg(LpFixtures.SIGN_Y_MIN), neg(LpFixtures.SIGN_Z_MIN)), 1e-12);
    }

    @Test
    void wrongSignsFail() {
        ModelData min = LpFixtures.signLp(false);
        // the max-convention duals on the min model: stationarity fails
        assertFalse(DualCheck.check(min, LpFixtures.SIGN_X, neg(LpFixtures.SIGN_Y_MIN), neg(LpFixtures.SIGN_Z_MIN)).ok(1e-6));
        // consistent stationarity but a multiplier on an inactive bound: x at a different point
        double[] x = LpFixtures.SIGN_X.clone();
        x[3] = 2; // x4 off its lower bound while z4 = 2.4
        DualCheck.Report r = DualCheck.check(min, x, LpFixtures.SIGN_Y_MIN, DualCheck.stationarityZ(min, x, LpFixtures.SIGN_Y_MIN));
        assertTrue(r.complementarity() > 0.1, r.toString());
    }
}
