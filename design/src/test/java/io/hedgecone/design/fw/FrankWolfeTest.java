package io.hedgecone.design.fw;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.Certificates;
import io.hedgecone.design.Criterion;
import io.hedgecone.design.DesignProblem;
import io.hedgecone.design.data.SyntheticPoints;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrankWolfeTest {

    /**
     * The large instance (K = 10,000, n = 32, seeded) to ε = 1e-4: the independently recomputed max
     * leverage over all K candidates must meet (1+ε)·n, and elimination must have set most candidates aside.
     * (Its timing is a benchmark, never asserted here.)
     */
    @Test void largeInstanceMeetsTheStoppingRuleOnAllCandidates() {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.embeddingCloud(10_000, 32, 20240601L)), 0);
        FwResult r = FrankWolfeD.run(c.whitened(), c.count(), c.rank(), FwSettings.of(1e-4));
        assertTrue(r.converged());
        double gmax = Certificates.evaluate(c, r.weights(), Criterion.D).certificate().maxLeverage();
        assertTrue(gmax <= (1 + 1e-4) * 32 * (1 + 1e-12), "max leverage " + gmax);
        assertTrue(r.eliminated() > 5_000, "eliminated " + r.eliminated());
    }

    /** Elimination only removes points outside every D-optimal support: runs with and without it agree (1e-9, both at ε = 1e-11). */
    @Test void eliminationDoesNotChangeTheOptimum() {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.embeddingCloud(800, 6, 3)), 0);
        FwResult with = FrankWolfeD.run(c.whitened(), c.count(), c.rank(), new FwSettings(1e-11, 1_000_000, 20));
        FwResult without = FrankWolfeD.run(c.whitened(), c.count(), c.rank(), new FwSettings(1e-11, 1_000_000, Integer.MAX_VALUE));
        assertTrue(with.eliminated() > 0);
        assertEquals(0, without.eliminated());
        double a = Certificates.evaluate(c, with.weights(), Criterion.D).certificate().objective();
        double b = Certificates.evaluate(c, without.weights(), Criterion.D).certificate().objective();
        assertEquals(b, a, 1e-9);
    }

    @Test void iterationLimitIsReportedAsNotConverged() {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.embeddingCloud(300, 5, 4)), 0);
        FwResult r = FrankWolfeD.run(c.whitened(), c.count(), c.rank(), new FwSettings(1e-9, 3, 50));
        assertFalse(r.converged());
        assertEquals(3, r.iterations());
        double s = 0;
        for (double x : r.weights()) s += x;
        assertEquals(1, s, 1e-12);
    }

    /** A path's stopping rule a_max ≤ (1+ε)t means the certified relative gap t − t²/a_max is at most ε·t. */
    @Test void aPathMeetsItsCertificate() {
        for (long seed = 1; seed <= 4; seed++) {
            Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.embeddingCloud(500, 8, seed)), 0);
            FwResult r = FrankWolfeA.run(c.projected(), c.count(), c.rank(), FwSettings.of(1e-8));
            assertTrue(r.converged());
            var cert = Certificates.evaluate(c, r.weights(), Criterion.A).certificate();
            assertTrue(cert.gap() <= 1.01e-8 * cert.objective(), "gap " + cert.gap() + " objective " + cert.objective());
        }
    }

    /**
     * On this seeded instance some points that Frank-Wolfe steps put mass on turn out not to belong to the optimal
     * support; drop steps must remove them exactly (weight 0) and the run must still converge.
     */
    @Test void dropStepsRemovePointsExactly() {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.embeddingCloud(1000, 8, 1)), 0);
        FwResult r = FrankWolfeD.run(c.whitened(), c.count(), c.rank(), FwSettings.of(1e-10));
        assertTrue(r.converged());
        assertTrue(r.dropSteps() > 0, "no drop steps");
        double gmax = Certificates.evaluate(c, r.weights(), Criterion.D).certificate().maxLeverage();
        assertTrue(gmax <= 8 * (1 + 1e-10) * (1 + 1e-12), "max leverage " + gmax);
    }
}
