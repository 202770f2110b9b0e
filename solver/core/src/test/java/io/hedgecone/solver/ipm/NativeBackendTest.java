package io.hedgecone.solver.ipm;

import io.hedgecone.solver.api.Constraint;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.api.Variable;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The native backend through the modeling API: statuses, duals in the model's convention, certificates, options.
 * Tolerance 1e-7 on values: the solver stops at 1e-8 scaled residuals and gap.
 */
class NativeBackendTest {
    @Test void isTheDefaultBackend() {
        assertEquals("native", SolverRegistry.defaultBackend().name());
    }

    @Test void lpDualsFollowTheModelConvention() {
        try (Model m = new Model("lp")) {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            Constraint c = m.constraint("c", Expr.sum(x), Domain.greaterThan(1));
            m.objective(ObjectiveSense.MINIMIZE, Expr.dot(new double[]{1, 2}, x));
            Solution s = m.solve();
            assertEquals(ProblemStatus.OPTIMAL, s.status());
            assertEquals(1, s.objective(), 1e-7);
            assertArrayEquals(new double[]{1, 0}, x.level(), 1e-7);
            assertArrayEquals(new double[]{1}, c.dual(), 1e-7);
            assertArrayEquals(new double[]{0, 1}, x.dual(), 1e-7);
            assertTrue(s.verify().solutionVerified(1e-7), s.verify().summary());
        }
    }

    @Test void maximizationFlipsDuals() {
        try (Model m = new Model("max")) {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            Constraint c = m.constraint("c", Expr.sum(x), Domain.lessThan(2));
            m.objective(ObjectiveSense.MAXIMIZE, Expr.dot(new double[]{3, 1}, x));
            Solution s = m.solve();
            assertEquals(6, s.objective(), 1e-7);
            assertArrayEquals(new double[]{3}, c.dual(), 1e-6); // ∂opt/∂rhs = 3 for max: c + Qx = Aᵀy + z → y = 3
            assertTrue(s.verify().solutionVerified(1e-7), s.verify().summary());
        }
    }

    @Test void coneVariableDualsComeFromTheConeBlock() {
        try (Model m = new Model("soc")) {
            Variable v = m.variable("v", 3, Domain.inQCone());
            m.constraint("a", v.slice(1, 3), Domain.equalsTo(3, 4));
            m.objective(ObjectiveSense.MINIMIZE, v.index(0));
            Solution s = m.solve();
            assertEquals(5, s.objective(), 1e-7);
            double[] d = v.dual();
            assertEquals(1, d[0], 1e-6);          // the cone dual (1, −3/5, −4/5) lies on the boundary
            assertEquals(-0.6, d[1], 1e-6);
            assertTrue(s.verify().solutionVerified(1e-7), s.verify().summary());
        }
    }

    @Test void infeasibilityAndUnboundednessComeWithVerifiedCertificates() {
        try (Model m = new Model("inf")) {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            m.constraint("a", Expr.sum(x), Domain.lessThan(-1));
            Solution s = m.solve();
            assertEquals(ProblemStatus.PRIMAL_INFEASIBLE, s.status());
            assertTrue(s.verify().certificateValid(), s.verify().summary());
        }
        try (Model m = new Model("unb")) {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            m.objective(ObjectiveSense.MAXIMIZE, Expr.sum(x));
            Solution s = m.solve();
            assertEquals(ProblemStatus.DUAL_INFEASIBLE, s.status());
            assertTrue(s.verify().certificateValid(), s.verify().summary());
        }
    }

    @Test void optionsAreValidated() {
        try (Model m = new Model("opt")) {
            Variable x = m.variable("x", 1, Domain.greaterThan(0));
            m.objective(ObjectiveSense.MINIMIZE, x);
            var e = assertThrows(IllegalArgumentException.class,
                    () -> m.solve(SolverRegistry.get("native"), SolveOptions.defaults().withParam("bogus", "1")));
            assertTrue(e.getMessage().contains("bogus"));
            Solution s = m.solve(SolverRegistry.get("native"), SolveOptions.defaults().withIterationLimit(1));
            assertEquals(ProblemStatus.ITERATION_LIMIT, s.status());
            var t = assertThrows(IllegalArgumentException.class,
                    () -> m.solve(SolverRegistry.get("native"), SolveOptions.defaults().withParam("threads", "two")));
            assertTrue(t.getMessage().contains("threads") && t.getMessage().contains("two"), t.getMessage());
            var neg = assertThrows(IllegalArgumentException.class,
                    () -> m.solve(SolverRegistry.get("native"), SolveOptions.defaults().withParam("threads", "-1")));
            assertTrue(neg.getMessage().contains("threads"), neg.getMessage());
            Solution one = m.solve(SolverRegistry.get("native"), SolveOptions.defaults().withParam("threads", "1"));
            assertEquals(ProblemStatus.OPTIMAL, one.status());
        }
    }
}
