package io.hedgecone.solver.testing;

import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.SolutionStatus;
import io.hedgecone.solver.cert.CertificateCheck;
import io.hedgecone.solver.cert.DualCheck;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;
import io.hedgecone.solver.spi.UnsupportedModelException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static io.hedgecone.solver.testing.LpBuilder.INF;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Tests every LP/MIP backend must pass: known primal and dual solutions with the sign convention of
 * {@link ModelData} for minimization and maximization, ranged and equality rows, free variables, a knapsack,
 * infeasible and unbounded LPs with checked certificates, a time limit, and refusal of a cone block.
 *
 * <p>Subclasses supply the backend and options. Tolerance: {@link #tol()} (default 1e-7) on values of small LPs
 * with integer data solved by a simplex method, whose vertex solutions are exact up to a few ulps of the data;
 * certificates and duals are judged by {@link CertificateCheck} / {@link DualCheck} at 1e-6 (relative).
 */
public abstract class LpBackendContract {
    protected static final double CHECK_TOL = 1e-6;

    protected abstract SolverBackend backend();

    protected SolveOptions options() { return SolveOptions.defaults(); }

    /** Absolute tolerance on primal and dual values of the small fixtures. */
    protected double tol() { return 1e-7; }

    /** Whether the backend under test returns duals of continuous LPs (some engines do not). */
    protected boolean expectDuals() { return true; }

    protected BackendResult solve(ModelData data) { return solve(data, options()); }

    protected BackendResult solve(ModelData data, SolveOptions opts) {
        SolverRegistry.checkCapabilities(backend(), data);
        BackendResult r = backend().solve(data, opts);
        assertNotNull(r.info(), "info");
        assertEquals(backend().name(), r.info().backend());
        return r;
    }

    @Test
    void isAvailable() {
        assertTrue(backend().available(), backend().description());
    }

    @Test
    void minimizationPrimalAndDualSigns() { checkSignLp(false); }

    @Test
    void maximizationPrimalAndDualSigns() { checkSignLp(true); }

    private void checkSignLp(boolean max) {
        ModelData d = LpFixtures.signLp(max);
        BackendResult r = solve(d);
        assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
        assertEquals(SolutionStatus.OPTIMAL, r.primalStatus());
        assertArrayEquals(LpFixtures.SIGN_X, r.x(), tol());
        assertEquals(max ? -LpFixtures.SIGN_OBJ_MIN : LpFixtures.SIGN_OBJ_MIN, r.objective(), tol());
        if (!expectDuals()) return;
        assertEquals(SolutionStatus.OPTIMAL, r.dualStatus(), r.info().message());
        double s = max ? -1 : 1; // every multiplier flips sign for maximization
        for (int i = 0; i < 3; i++) assertEquals(s * LpFixtures.SIGN_Y_MIN[i], r.y()[i], tol(), "y[" + i + "]");
        for (int j = 0; j < 5; j++) assertEquals(s * LpFixtures.SIGN_Z_MIN[j], r.z()[j], tol(), "z[" + j + "]");
        // spelled out: upper rows r0, r1 active -> y <= 0 (min) / >= 0 (max); lower row r2 -> y >= 0 (min) / <= 0 (max)
        assertTrue(s * r.y()[0] < 0 && s * r.y()[1] < 0 && s * r.y()[2] > 0);
        assertTrue(s * r.z()[2] < 0 && s * r.z()[3] > 0, "x3 at upper bound, x4 at lower bound");
        assertTrue(DualCheck.check(d, r.x(), r.y(), r.z()).ok(CHECK_TOL));
    }

    @Test
    void rangedEqualityRowsAndFreeVariablesMin() { checkRanged(false, new double[] {2.5, -0.5}, 1.5); }

    @Test
    void rangedEqualityRowsAndFreeVariablesMax() { checkRanged(true, new double[] {1.5, 0.5}, 2.5); }

    private void checkRanged(boolean max, double[] x, double obj) {
        ModelData d = LpFixtures.rangedLp(max);
        BackendResult r = solve(d);
        assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
        assertArrayEquals(x, r.x(), tol());
        assertEquals(obj, r.objective(), tol());
        if (!expectDuals()) return;
        assertEquals(SolutionStatus.OPTIMAL, r.dualStatus(), r.info().message());
        // min: upper side of the range active, y < 0; max: lower side active, y < 0 is again the right sign
        assertArrayEquals(new double[] {-0.5, 1.5}, r.y(), tol());
        assertArrayEquals(new double[] {0, 0}, r.z(), tol());
    }

    @Test
    void knapsackOptimum() {
        Assumptions.assumeTrue(backend().capabilities().integers(), "backend has no integers");
        BackendResult r = solve(LpFixtures.knapsack());
        assertEquals(ProblemStatus.OPTIMAL, r.status(), r.info().message());
        assertEquals(SolutionStatus.OPTIMAL, r.primalStatus());
        assertArrayEquals(LpFixtures.KNAPSACK_X, r.x(), 1e-6); // integer values up to the integrality tolerance
        assertEquals(22, r.objective(), 1e-6);
        assertNull(r.y(), "a MIP has no duals");
        assertEquals(SolutionStatus.UNDEFINED, r.dualStatus());
    }

    @Test
    void infeasibleMinHasFarkasCertificate() { checkInfeasible(LpFixtures.infeasibleLp(false)); }

    @Test
    void infeasibleMaxHasFarkasCertificate() { checkInfeasible(LpFixtures.infeasibleLp(true)); }

    @Test
    void infeasibleRowsHaveFarkasCertificate() { checkInfeasible(LpFixtures.infeasibleRowsLp()); }

    protected void checkInfeasible(ModelData d) {
        BackendResult r = solve(d);
        assertEquals(ProblemStatus.PRIMAL_INFEASIBLE, r.status(), r.info().message());
        assertEquals(SolutionStatus.CERTIFICATE, r.dualStatus(), r.info().message());
        assertNotNull(r.y());
        assertNotNull(r.z());
        CertificateCheck.Result c = CertificateCheck.farkas(d, r.y(), r.z(), CHECK_TOL);
        assertTrue(c.valid(), c.reason());
        assertTrue(c.value() > 0, "positive support value");
        // Aᵀy + z = 0 spelled out
        double[] res = r.z().clone();
        d.a().transposeMultiplyAdd(1.0, r.y(), res);
        for (double e : res) assertEquals(0, e, CHECK_TOL);
    }

    /**
     * lb &gt; ub on a variable or lo &gt; hi on a row: infeasible, but no certificate exists in the net (y, z)
     * convention (it needs both a lower and an upper multiplier on one bound pair), so none may be claimed.
     */
    @Test
    void crossedBoundsAreInfeasibleWithoutCertificate() {
        LpBuilder b = LpBuilder.minimize("crossed-var");
        b.var("x", 2, 1, 1);
        b.var("y", 0, 1, 1);
        b.row("r", -INF, 5, 1, 1);
        LpBuilder c = LpBuilder.minimize("crossed-row");
        c.var("x", 0, 1, 1);
        c.row("r", 2, 1, 1);
        for (ModelData d : new ModelData[] {b.build(), c.build()}) {
            BackendResult r = solve(d);
            assertEquals(ProblemStatus.PRIMAL_INFEASIBLE, r.status(), r.info().message());
            assertEquals(SolutionStatus.UNDEFINED, r.dualStatus());
            assertTrue(r.info().message().contains(d.name().endsWith("var") ? "variable 'x'" : "row 'r'"), r.info().message());
        }
    }

    /** A row without coefficients whose bounds exclude 0 (0 ≥ 1): infeasible, certificate y = 1 on that row. */
    @Test
    void emptyRowExcludingZeroIsInfeasible() {
        LpBuilder b = LpBuilder.minimize("empty-row");
        b.var("x", 0, 1, 1);
        b.row("empty", 1, INF, 0);
        checkInfeasible(b.build());
    }

    @Test
    void unboundedMinHasImprovingRay() { checkUnbounded(LpFixtures.unboundedLp(false)); }

    @Test
    void unboundedMaxHasImprovingRay() { checkUnbounded(LpFixtures.unboundedLp(true)); }

    @Test
    void unboundedWithFreeVariablesHasImprovingRay() { checkUnbounded(LpFixtures.unboundedFreeLp()); }

    protected void checkUnbounded(ModelData d) {
        BackendResult r = solve(d);
        assertEquals(ProblemStatus.DUAL_INFEASIBLE, r.status(), r.info().message());
        assertEquals(SolutionStatus.CERTIFICATE, r.primalStatus(), r.info().message());
        CertificateCheck.Result c = CertificateCheck.ray(d, r.x(), CHECK_TOL);
        assertTrue(c.valid(), c.reason());
        double cd = 0;
        for (int j = 0; j < d.numVars(); j++) cd += d.c()[j] * r.x()[j];
        assertTrue(d.maximize() ? cd > 0 : cd < 0, "objective improves along the ray: cᵀd = " + cd);
    }

    /** Random LPs: optimal ones must have feasible x, KKT-consistent duals and zero duality gap; others certificates. */
    @Test
    void randomLpsAreConsistent() {
        Random rnd = new Random(20261127);
        int optimal = 0, infeasible = 0, unbounded = 0;
        for (int t = 0; t < 150; t++) {
            ModelData d = LpFixtures.randomLp(rnd, t);
            BackendResult r = solve(d);
            switch (r.status()) {
                case OPTIMAL -> {
                    optimal++;
                    assertTrue(Kkt.primalViolation(d, r.x()) <= CHECK_TOL, d.name() + " primal violation " + Kkt.primalViolation(d, r.x()));
                    if (!expectDuals()) continue;
                    assertEquals(SolutionStatus.OPTIMAL, r.dualStatus(), d.name() + ": " + r.info().message());
                    DualCheck.Report k = DualCheck.check(d, r.x(), r.y(), r.z());
                    assertTrue(k.ok(CHECK_TOL), d.name() + " " + k);
                    double dualObj = Kkt.dualObjective(d, r.y(), r.z());
                    assertEquals(r.objective(), dualObj, CHECK_TOL * (1 + Math.abs(r.objective())), d.name() + " duality gap");
                }
                case PRIMAL_INFEASIBLE -> {
                    infeasible++;
                    assertEquals(SolutionStatus.CERTIFICATE, r.dualStatus(), d.name());
                    assertTrue(CertificateCheck.farkas(d, r.y(), r.z(), CHECK_TOL).valid(), d.name());
                }
                case DUAL_INFEASIBLE -> {
                    unbounded++;
                    assertEquals(SolutionStatus.CERTIFICATE, r.primalStatus(), d.name());
                    assertTrue(CertificateCheck.ray(d, r.x(), CHECK_TOL).valid(), d.name());
                }
                default -> fail(d.name() + ": unexpected status " + r.status() + " " + r.info().message());
            }
        }
        System.out.printf("%s random LPs: %d optimal, %d infeasible, %d unbounded%n", backend().name(), optimal, infeasible, unbounded);
        assertTrue(optimal > 50 && infeasible > 0 && unbounded > 0, "the sample covers all three outcomes");
    }

    @Test
    void refusesQuadraticCone() {
        Assumptions.assumeFalse(backend().capabilities().blockKinds().contains(io.hedgecone.solver.form.BlockKind.QCONE),
                "backend accepts quadratic cones");
        ModelData d = LpFixtures.withQuadraticCone();
        UnsupportedModelException e = assertThrows(UnsupportedModelException.class, () -> SolverRegistry.checkCapabilities(backend(), d));
        assertTrue(e.getMessage().contains("quadratic cone"), e.getMessage());
    }

    @Test
    void registeredWithServiceLoader() {
        assertSame(backend().getClass(), SolverRegistry.get(backend().name()).getClass());
    }
}
