package io.hedgecone.solver.mosek;

import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.SolutionStatus;
import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverRegistry;
import io.hedgecone.solver.testing.Kkt;
import io.hedgecone.solver.testing.LpBuilder;
import io.hedgecone.solver.testing.LpFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.hedgecone.solver.testing.LpBuilder.INF;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Cones, the quadratic objective and limits on MOSEK. Tolerance 1e-6: interior-point solutions of conic problems are
 * accurate to about 1e-8 relative at MOSEK's default tolerances.
 */
class MosekConesTest {
    private static final double TOL = 1e-6;
    private final MosekBackend backend = new MosekBackend();

    @BeforeEach
    void requireMosek() { Assumptions.assumeTrue(backend.available(), backend.description()); }

    private BackendResult solve(ModelData d, SolveOptions o) {
        SolverRegistry.checkCapabilities(backend, d);
        return backend.solve(d, o);
    }

    private static double[] row(int n, int j) { double[] r = new double[n]; r[j] = 1; return r; }

    /** minimize t s.t. (t, x1, x2) ∈ Q³, x = (1, 2): t = √5; cone dual y = (1, −1/√5, −2/√5) ∈ Q³, z = (0, 1/√5, 2/√5). */
    @Test
    void quadraticConeWithDuals() {
        ModelData d = LpFixtures.withQuadraticCone();
        BackendResult r = solve(d, SolveOptions.defaults());
        assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
        double s5 = Math.sqrt(5);
        assertEquals(s5, r.x()[0], TOL);
        assertEquals(s5, r.objective(), TOL);
        assertEquals(SolutionStatus.OPTIMAL, r.dualStatus());
        assertArrayEquals(new double[] {1, -1 / s5, -2 / s5}, r.y(), TOL);
        assertArrayEquals(new double[] {0, 1 / s5, 2 / s5}, r.z(), TOL);
        assertTrue(r.y()[0] >= Math.hypot(r.y()[1], r.y()[2]) - TOL, "y in the dual cone (Q³ is self-dual)");
    }

    /** minimize t s.t. (t, 1, x) ∈ rotated Q³ (2t ≥ x²), x = 3: t = 4.5. */
    @Test
    void rotatedCone() {
        LpBuilder b = LpBuilder.minimize("rq");
        b.var("t", -INF, INF, 1);
        b.var("one", 1, 1, 0);
        b.var("x", 3, 3, 0);
        b.cone("rq", BlockKind.RQCONE, row(3, 0), row(3, 1), row(3, 2));
        BackendResult r = solve(b.build(), SolveOptions.defaults());
        assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
        assertEquals(4.5, r.objective(), TOL);
    }

    /** minimize t s.t. (t, 1, x) ∈ K_exp (t ≥ exp(x)), x = 1: t = e. */
    @Test
    void exponentialCone() {
        LpBuilder b = LpBuilder.minimize("exp");
        b.var("t", -INF, INF, 1);
        b.var("one", 1, 1, 0);
        b.var("x", 1, 1, 0);
        b.cone("exp", BlockKind.PEXP, row(3, 0), row(3, 1), row(3, 2));
        BackendResult r = solve(b.build(), SolveOptions.defaults());
        assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
        assertEquals(Math.E, r.objective(), TOL);
    }

    /** maximize z s.t. (x, y, z) ∈ P^{0.5} (√(xy) ≥ |z|), x = 4, y = 1: z = 2. */
    @Test
    void powerCone() {
        LpBuilder b = LpBuilder.maximize("pow");
        b.var("x", 4, 4, 0);
        b.var("y", 1, 1, 0);
        b.var("z", -INF, INF, 1);
        b.power("pow", 0.5, row(3, 0), row(3, 1), row(3, 2));
        ModelData d = b.build();
        BackendResult r = solve(d, SolveOptions.defaults());
        assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
        assertEquals(2, r.objective(), TOL);
    }

    /** The QP of the ojAlgo tests: x = (0.5, 1), y = −1, z = (0, −0.5), value −2.75 (negated duals for the max twin). */
    @Test
    void quadraticObjectiveMinAndMax() {
        for (boolean max : new boolean[] {false, true}) {
            double s = max ? -1 : 1;
            LpBuilder b = max ? LpBuilder.maximize("qp-max") : LpBuilder.minimize("qp-min");
            b.var("x1", -INF, INF, -3 * s);
            b.var("x2", -INF, 1, -3 * s);
            b.q(0, 0, 2 * s).q(0, 1, s).q(1, 1, 2 * s);
            b.row("cap", -INF, 0.5, 1, 0);
            BackendResult r = solve(b.build(), SolveOptions.defaults());
            assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
            assertArrayEquals(new double[] {0.5, 1}, r.x(), TOL);
            assertEquals(-2.75 * s, r.objective(), TOL);
            assertEquals(SolutionStatus.OPTIMAL, r.dualStatus(), r.info().message());
            assertArrayEquals(new double[] {-s}, r.y(), TOL);
            assertArrayEquals(new double[] {0, -0.5 * s}, r.z(), TOL);
        }
    }

    @Test
    void nonConvexQuadraticObjectiveIsRefused() {
        LpBuilder b = LpBuilder.minimize("nonconvex");
        b.var("x1", -1, 1, 0);
        b.var("x2", -1, 1, 0);
        b.q(0, 1, 1); // xᵀQx = 2 x1 x2: indefinite
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solve(b.build(), SolveOptions.defaults()));
        assertTrue(e.getMessage().contains("not convex"), e.getMessage());
    }

    /** Market split 4×30 cannot be solved in 0.3 s: TIME_LIMIT, with a feasible incumbent if MOSEK found one. */
    @Test
    void timeLimitOnHardMip() {
        ModelData d = LpFixtures.marketSplit(4, 30, 7, false);
        BackendResult r = solve(d, SolveOptions.defaults().withTimeLimit(0.3));
        assertEquals(ProblemStatus.TIME_LIMIT, r.status(), r.info().message());
        if (r.primalStatus() == SolutionStatus.FEASIBLE) assertTrue(Kkt.primalViolation(d, r.x()) <= 1e-6);
    }
}
