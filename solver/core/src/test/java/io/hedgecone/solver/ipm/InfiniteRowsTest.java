package io.hedgecone.solver.ipm;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.verify.VerificationReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static io.hedgecone.solver.ipm.Problems.*;
import static org.junit.jupiter.api.Assertions.*;

/** Inequality rows with right-hand sides of 1e20 and more are "no bound" ({@link InfiniteRows}). */
class InfiniteRowsTest {
    /** min −x − y s.t. x + 2y ≤ 4, 3x + y ≤ 6, 0 ≤ x, y ≤ u: optimum (1.6, 1.2), value −2.8, for any u ≥ 1.6. */
    private static Solution lp(double u) {
        Model m = new Model("lp-bounded-by-" + u);
        var x = m.variable("x", 2, Domain.inRange(0, u));
        m.constraint("a", Expr.dot(new double[]{1, 2}, x), Domain.lessThan(4));
        m.constraint("b", Expr.dot(new double[]{3, 1}, x), Domain.lessThan(6));
        m.objective(ObjectiveSense.MINIMIZE, Expr.dot(new double[]{-1, -1}, x));
        return m.solve();
    }

    @Test void hugeBoundsAreNoBounds() {
        for (double u : new double[]{1e20, 1e25, 1e100}) {
            Solution s = lp(u);
            assertEquals(ProblemStatus.OPTIMAL, s.status(), "u = " + u);
            assertEquals(-2.8, s.objective(), 1e-7, "u = " + u);
            assertTrue(s.verify().solutionVerified(1e-7), "u = " + u + ": " + s.verify().summary());
        }
    }

    @Test void netlibAfiroWithEveryColumnBoundedBy1e20IsSolved() throws Exception {
        // the case that motivated the rows' removal: kept as data, these 32 bounds ended the run in numerical_error
        var d = io.hedgecone.solver.io.ModelFiles.read(io.hedgecone.solver.io.InstanceManifest.repoRoot()
                .resolve("instances/solver/netlib/afiro.mps.gz"));
        double[] ub = new double[d.ub().length];
        java.util.Arrays.fill(ub, 1e20);
        var bounded = new io.hedgecone.solver.form.ModelData(d.name(), d.maximize(), d.varNames(), d.lb(), ub, d.integer(),
                d.c(), d.c0(), d.qUpper(), d.a(), d.g(), d.blocks(), d.rowNames());
        var r = io.hedgecone.solver.api.Solver.solve(bounded, new NativeBackend(), io.hedgecone.solver.spi.SolveOptions.defaults());
        assertEquals(ProblemStatus.OPTIMAL, r.status());
        assertEquals(-464.7531428571, bounded.objective(r.x()), 464.75 * 1e-6); // NETLIB's published optimum
        assertTrue(io.hedgecone.solver.verify.SolutionVerifier.verify(bounded, r).solutionVerified(1e-7));
    }

    @Test void leftOutRowsGetTheirSlackAndAZeroDual() {
        // x + 2y + s₀ = 4, 3x + y + s₁ = 6, x + s₂ = 1e20, y + s₃ = 1e20, −x + s₄ = 0, −y + s₅ = 0
        ConicProblem p = of(null, new double[]{-1, -1},
                new double[][]{{1, 2}, {3, 1}, {1, 0}, {0, 1}, {-1, 0}, {0, -1}},
                new double[]{4, 6, 1e20, 1e20, 0, 0}, nonneg(6));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ConicSolution r = ConicSolver.solve(p, Settings.builder().verbose(true).out(new PrintStream(log)).build());
        assertEquals(SolverStatus.SOLVED, r.status());
        assertTrue(log.toString().contains("presolve: 2 inequality rows with right-hand side >= 1e+20 left out"), log.toString());
        assertEquals(6, r.s().length);
        assertEquals(1.6, r.x()[0], 1e-7);
        assertEquals(1e20 - r.x()[0], r.s()[2], 0.0);
        assertEquals(0.0, r.z()[2], 0.0);
        assertEquals(0.0, r.z()[3], 0.0);
        assertEquals(1e20 - r.x()[1], r.s()[3], 0.0);
        // the kept rows in their places: the solution is the reduced problem's, verified on the original data
        assertTrue(Certificates.primalResidual(p, r.x(), r.s()) < 1e-7 * 1e20, "the scale of b");
        assertTrue(Certificates.dualResidual(p, r.x(), r.z()) < 1e-7);
        assertEquals(-2.8, r.primalObjective(), 1e-7);
        assertEquals(-2.8, r.dualObjective(), 1e-7);
    }

    @Test void infeasibilityCertificateSurvivesTheLeftOutRows() {
        // x ≥ 1 and x ≤ 0 (and x ≤ 1e20): primal infeasible; the Farkas ray is zero on the left-out row
        Model m = new Model("infeasible");
        var x = m.variable("x", 1, Domain.inRange(1, 1e20));
        m.constraint("c", x, Domain.lessThan(0));
        m.objective(ObjectiveSense.MINIMIZE, x);
        Solution s = m.solve();
        assertEquals(ProblemStatus.PRIMAL_INFEASIBLE, s.status());
        VerificationReport v = s.verify();
        assertTrue(v.certificateValid(), v.summary());
    }

    @Test void aRayStoppedOnlyByALeftOutRowIsReportedButNotVerified() {
        // max x s.t. x ≤ 1e25: with the row treated as absent the problem is unbounded; the ray violates the original
        // row, and the independent check says so instead of the answer passing as a certificate
        Model m = new Model("bounded-only-by-1e25");
        var x = m.variable("x", 1, Domain.lessThan(1e25));
        m.objective(ObjectiveSense.MAXIMIZE, x);
        Solution s = m.solve();
        assertEquals(ProblemStatus.DUAL_INFEASIBLE, s.status());
        assertFalse(s.verify().certificateValid(), s.verify().summary());
        // the row is kept below the threshold
        Model m2 = new Model("bounded-by-1e3");
        var x2 = m2.variable("x", 1, Domain.lessThan(1e3));
        m2.objective(ObjectiveSense.MAXIMIZE, x2);
        Solution s2 = m2.solve();
        assertEquals(ProblemStatus.OPTIMAL, s2.status());
        assertEquals(1e3, s2.objective(), 1e-5);
    }

    @Test void thresholdIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.builder().infiniteBound(0).build());
        assertTrue(e.getMessage().contains("infiniteBound must be positive"), e.getMessage());
    }
}
