package io.hedgecone.solver.ipm;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Variable;
import io.hedgecone.solver.bridge.CanonicalBridge;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.testing.BrmobSocp;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static io.hedgecone.solver.ipm.Certificates.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Second-order cones eliminated onto the x block ({@link ConeElimination}): the same problems solved with and
 * without elimination must give the same verified optimum, and the form is chosen only for cones sharing columns.
 */
class ConeEliminationTest {
    private static ConicProblem toConic(Model m) { return CanonicalBridge.toConic(m.toData()).problem(); }

    /** Solves with verbose output captured; returns the solution and the log. */
    private static Object[] solve(ConicProblem p, boolean eliminate) {
        var log = new ByteArrayOutputStream();
        ConicSolution r = ConicSolver.solve(p, Settings.builder().coneElimination(eliminate).verbose(true)
                .out(new PrintStream(log, true, StandardCharsets.UTF_8)).build());
        return new Object[] {r, log.toString(StandardCharsets.UTF_8)};
    }

    private static void assertVerified(ConicProblem p, ConicSolution r) {
        assertEquals(SolverStatus.SOLVED, r.status());
        assertTrue(primalResidual(p, r.x(), r.s()) < 1e-7 * (1 + infNorm(p.b())));
        assertTrue(dualResidual(p, r.x(), r.z()) < 1e-7 * (1 + infNorm(p.q())));
        assertTrue(coneViolation(p, r.s(), true) < 1e-7 && coneViolation(p, r.z(), false) < 1e-7);
        assertTrue(r.gapRel() < 1e-7);
    }

    @Test void linearBanditConesAreEliminatedAndGiveTheAugmentedOptimum() {
        // 600 cones of dimension 9, all on the same 10 columns (t, v, y): one clique of 55 entries
        ConicProblem p = toConic(BrmobSocp.build(600, 8, false, 3));
        Object[] with = solve(p, true), without = solve(p, false);
        ConicSolution a = (ConicSolution) with[0], b = (ConicSolution) without[0];
        String log = (String) with[1];
        assertTrue(log.contains("600 second-order cones eliminated onto x"), log);
        // near the end the few cones at the optimum's support become ill-conditioned and return to the augmented
        // system (a partial rebuild), the rest stay eliminated
        var partial = java.util.regex.Pattern.compile("\\((\\d+) of 600 eliminated cones returned").matcher(log);
        assertTrue(partial.find(), log);
        assertTrue(Integer.parseInt(partial.group(1)) < 20, log);
        assertFalse(((String) without[1]).contains("eliminated"));
        assertVerified(p, a);
        assertVerified(p, b);
        assertEquals(b.primalObjective(), a.primalObjective(), 1e-7 * (1 + Math.abs(b.primalObjective())));
    }

    @Test void eliminatedConesStillCertifyInfeasibility() {
        // the regret bound t is nonnegative (t ≥ φ_aᵀμ − Σπ_bφ_bᵀμ for the best arm a), so t ≤ −1 is infeasible
        ConicProblem p = toConic(BrmobSocp.withBoundBelow(300, 6, 5, -1));
        Object[] with = solve(p, true);
        ConicSolution r = (ConicSolution) with[0];
        String log = (String) with[1];
        assertTrue(log.contains("second-order cones eliminated onto x"), log);
        // the normal-equations form breaks down as κ/τ grows; the solver must fall back to the augmented system
        assertTrue(log.contains("300 of 300 eliminated cones returned"), log);
        assertEquals(SolverStatus.PRIMAL_INFEASIBLE, r.status());
        assertTrue(farkasResidual(p, r.z()) < 1e-7);
    }

    @Test void conesOnPrivateColumnsStayInTheAugmentedSystem() {
        // 200 cones ‖x_a − c_a‖ ≤ t_a on their own variables: the cliques would not be smaller than the rows
        Model m = new Model("private-cones");
        Expr total = null;
        for (int a = 0; a < 200; a++) {
            Variable x = m.variable("x" + a, 6, Domain.unbounded());
            Variable t = m.variable("t" + a, 1, Domain.unbounded());
            double[] c = new double[6];
            for (int i = 0; i < 6; i++) c[i] = Math.sin(a + i);
            m.constraint("c" + a, Expr.vstack(t, Expr.sub(x, Expr.constTerm(c))), Domain.inQCone());
            m.constraint("s" + a, Expr.sum(x), Domain.equalsTo(1));
            total = total == null ? Expr.add(t, Expr.zeros(1)) : Expr.add(total, t);
        }
        m.objective(ObjectiveSense.MINIMIZE, total);
        ConicProblem p = toConic(m);
        Object[] with = solve(p, true);
        assertFalse(((String) with[1]).contains("eliminated"), (String) with[1]);
        assertVerified(p, (ConicSolution) with[0]);
    }
}
