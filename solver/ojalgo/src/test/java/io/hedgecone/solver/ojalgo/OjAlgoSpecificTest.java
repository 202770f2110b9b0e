package io.hedgecone.solver.ojalgo;

import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.SolutionStatus;
import io.hedgecone.solver.cert.CertificateCheck;
import io.hedgecone.solver.cert.DualCheck;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverRegistry;
import io.hedgecone.solver.testing.Kkt;
import io.hedgecone.solver.testing.LpBuilder;
import io.hedgecone.solver.testing.LpFixtures;
import org.junit.jupiter.api.Test;

import static io.hedgecone.solver.testing.LpBuilder.INF;
import static org.junit.jupiter.api.Assertions.*;

/** QP, limits and MIP outcomes specific to the ojAlgo backend. */
class OjAlgoSpecificTest {
    private final OjAlgoBackend backend = new OjAlgoBackend();

    private BackendResult solve(ModelData d, SolveOptions o) {
        SolverRegistry.checkCapabilities(backend, d);
        return backend.solve(d, o);
    }

    /**
     * minimize ½xᵀQx − 3x1 − 3x2 with Q = [[2,1],[1,2]], x1 ≤ 0.5 as a row, x2 ≤ 1 as a bound, both free below.
     * Optimum x = (0.5, 1) with y = −1 (upper row active) and z = (0, −0.5) (upper bound active), value −2.75.
     * The maximization twin negates Q and c: same x, y = 1, z = (0, 0.5), value 2.75.
     */
    static ModelData qp(boolean max) {
        double s = max ? -1 : 1;
        LpBuilder b = max ? LpBuilder.maximize("qp-max") : LpBuilder.minimize("qp-min");
        b.var("x1", -INF, INF, -3 * s);
        b.var("x2", -INF, 1, -3 * s);
        b.q(0, 0, 2 * s).q(0, 1, s).q(1, 1, 2 * s);
        b.row("cap", -INF, 0.5, 1, 0);
        return b.build();
    }

    @Test
    void convexQpMinAndMaxWithDuals() {
        for (boolean max : new boolean[] {false, true}) {
            double s = max ? -1 : 1;
            ModelData d = qp(max);
            BackendResult r = solve(d, SolveOptions.defaults());
            assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
            assertEquals(SolutionStatus.OPTIMAL, r.dualStatus(), r.info().message());
            // ojAlgo's active-set QP solver ends on an exact KKT system: 1e-7 absolute on O(1) data
            assertArrayEquals(new double[] {0.5, 1}, r.x(), 1e-7);
            assertEquals(-2.75 * s, r.objective(), 1e-7);
            assertArrayEquals(new double[] {-1 * s}, r.y(), 1e-7);
            assertArrayEquals(new double[] {0, -0.5 * s}, r.z(), 1e-7);
            assertTrue(DualCheck.check(d, r.x(), r.y(), r.z()).ok(1e-6));
        }
    }

    /** minimize ½(x1 − x2)² − x1 − x2, x free: unbounded along d = (1, 1) with Qd = 0. */
    @Test
    void unboundedQpHasRayWithQdZero() {
        LpBuilder b = LpBuilder.minimize("qp-unbounded");
        b.var("x1", -INF, INF, -1);
        b.var("x2", -INF, INF, -1);
        b.var("x3", 0, 1, 0);
        b.q(0, 0, 1).q(0, 1, -1).q(1, 1, 1);
        b.row("r", -INF, 10, 0, 0, 1);
        ModelData d = b.build();
        BackendResult r = solve(d, SolveOptions.defaults());
        assertEquals(ProblemStatus.DUAL_INFEASIBLE, r.status(), r.info().message());
        assertEquals(SolutionStatus.CERTIFICATE, r.primalStatus());
        CertificateCheck.Result c = CertificateCheck.ray(d, r.x(), 1e-6);
        assertTrue(c.valid(), c.reason());
        assertEquals(r.x()[0], r.x()[1], 1e-9, "Qd = 0 forces d1 = d2");
    }

    @Test
    void infeasibleQpHasFarkasCertificate() {
        LpBuilder b = LpBuilder.minimize("qp-infeasible");
        b.var("x1", 0, 1, 0);
        b.var("x2", 0, 1, 0);
        b.q(0, 0, 1).q(1, 1, 1);
        b.row("sum", 3, INF, 1, 1);
        ModelData d = b.build();
        BackendResult r = solve(d, SolveOptions.defaults());
        assertEquals(ProblemStatus.PRIMAL_INFEASIBLE, r.status(), r.info().message());
        assertEquals(SolutionStatus.CERTIFICATE, r.dualStatus());
        assertTrue(CertificateCheck.farkas(d, r.y(), r.z(), 1e-6).valid());
    }

    /** 2x1 + 2x2 = 3 with binaries: the relaxation is feasible, so there is no Farkas certificate. */
    @Test
    void infeasibleMipWithoutCertificate() {
        LpBuilder b = LpBuilder.minimize("mip-infeasible");
        b.intVar("x1", 0, 1, 1);
        b.intVar("x2", 0, 1, 1);
        b.row("odd", 3, 3, 2, 2);
        BackendResult r = solve(b.build(), SolveOptions.defaults());
        assertEquals(ProblemStatus.PRIMAL_INFEASIBLE, r.status(), r.info().message());
        assertEquals(SolutionStatus.UNDEFINED, r.dualStatus());
        assertNull(r.y());
    }

    /** A MIP whose relaxation is infeasible gets the relaxation's Farkas certificate, which proves it too. */
    @Test
    void mipWithInfeasibleRelaxationHasCertificate() {
        LpBuilder b = LpBuilder.minimize("mip-relax-infeasible");
        b.intVar("x1", 0, 1, 1);
        b.intVar("x2", 0, 1, 1);
        b.row("sum", 3, INF, 1, 1);
        ModelData d = b.build();
        BackendResult r = solve(d, SolveOptions.defaults());
        assertEquals(ProblemStatus.PRIMAL_INFEASIBLE, r.status(), r.info().message());
        assertEquals(SolutionStatus.CERTIFICATE, r.dualStatus());
        assertTrue(CertificateCheck.farkas(d, r.y(), r.z(), 1e-6).valid());
    }

    /**
     * Market split 4×30: branch-and-bound cannot finish in 0.3 s (it needs minutes), while any 0/1 point is feasible.
     * Deterministic in outcome: TIME_LIMIT; the point, if any, must be feasible.
     */
    @Test
    void timeLimitOnHardMip() {
        ModelData d = LpFixtures.marketSplit(4, 30, 7, false);
        BackendResult r = solve(d, SolveOptions.defaults().withTimeLimit(0.3));
        assertEquals(ProblemStatus.TIME_LIMIT, r.status(), r.info().message());
        assertTrue(r.info().solveMillis() < 5_000, "stops near the limit: " + r.info().solveMillis());
        if (r.primalStatus() == SolutionStatus.FEASIBLE) assertTrue(Kkt.primalViolation(d, r.x()) <= 1e-6);
        else assertEquals(SolutionStatus.UNDEFINED, r.primalStatus());
        System.out.println("ojalgo time limit: " + r.status() + ", primal " + r.primalStatus() + ", " + r.info().message());
    }

    @Test
    void iterationLimitOnLp() {
        // needs several simplex pivots: a dense-ish LP of 12 variables and 10 rows
        LpBuilder b = LpBuilder.maximize("pivots");
        java.util.Random rnd = new java.util.Random(3);
        for (int j = 0; j < 12; j++) b.var("x" + j, 0, INF, 1 + rnd.nextInt(9));
        for (int i = 0; i < 10; i++) {
            double[] row = new double[12];
            for (int j = 0; j < 12; j++) row[j] = 1 + rnd.nextInt(9);
            b.row("r" + i, -INF, 10 + rnd.nextInt(90), row);
        }
        ModelData d = b.build();
        BackendResult full = solve(d, SolveOptions.defaults());
        assertEquals(ProblemStatus.OPTIMAL, full.status());
        BackendResult r = solve(d, SolveOptions.defaults().withIterationLimit(1));
        System.out.println("ojalgo iteration limit: " + r.status() + ", " + r.info().message());
        assertEquals(ProblemStatus.ITERATION_LIMIT, r.status(), r.info().message());
        assertNull(r.y());
        if (r.primalStatus() == SolutionStatus.FEASIBLE) assertTrue(Kkt.primalViolation(d, r.x()) <= 1e-6);
    }
}
