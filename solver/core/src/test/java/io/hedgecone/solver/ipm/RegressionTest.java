package io.hedgecone.solver.ipm;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.form.ConicProblem;
import org.junit.jupiter.api.Test;

import static io.hedgecone.solver.ipm.Certificates.*;
import static org.junit.jupiter.api.Assertions.*;

/** Regression tests, each named after what broke. Tolerances: the KKT conditions to 1e-7 (a small multiple of the
 * 1e-8 termination tolerances, as in {@link ConicSolverTest}). */
class RegressionTest {
    @Test void manyMediumSecondOrderConesReachFullAccuracy() {
        // BRMOB-shaped SOCP with cones of dimension 11: the sparse rank-one representation of H lost the small
        // eigenvalues near the end and the primal residual stalled (ALMOST_SOLVED); the scaled KKT form fixes it
        ConicProblem p = BrmobShapedBench.instance(400, 10, 7);
        assertSolvedTo1e7(p, ConicSolver.solve(p), "BrmobShapedBench(400, 10, 7)");
    }

    @Test void unrepairedDynamicRegularisationRefactorsWithStrongerStaticRegularisation() {
        // 948 cones of dimension 4 on 4 shared columns: near the end two pivots were dynamically regularised, the
        // refined solves missed their right-hand sides by 1e3 (relative), and the run stopped ALMOST_SOLVED at a gap
        // of 1.4e-7; refactoring with stronger static regularisation reaches the optimum
        ConicProblem p = BrmobShapedBench.instance(948, 3, 1025);
        for (boolean eliminate : new boolean[] {false, true})
            assertSolvedTo1e7(p, ConicSolver.solve(p, Settings.builder().coneElimination(eliminate).build()), "elimination " + eliminate);
    }

    @Test void fillHeavyRandomQpIsSolvedThroughBlockedPanelUpdates() {
        // RandomSparseQp (the LdlBenchmark's fill-heavy case): its factor ends in a dense block wide enough for the
        // blocked, multi-threaded panel update; the answer must be verified and equal to the last bit on one thread
        ConicProblem p = io.hedgecone.solver.bridge.CanonicalBridge.toConic(io.hedgecone.solver.testing.RandomSparseQp.build(2000, 3).toData()).problem();
        ConicSolution one = ConicSolver.solve(p, Settings.builder().threads(1).build());
        ConicSolution all = ConicSolver.solve(p);
        assertSolvedTo1e7(p, all, "RandomSparseQp(2000, 3)");
        assertArrayEquals(one.x(), all.x(), 0.0);
        assertArrayEquals(one.z(), all.z(), 0.0);
    }

    @Test void largeRightHandSideDoesNotHideTheDualResidual() {
        // b of size 1e6 next to costs of size 1 (NETLIB AGG): without scaling b the dual rows were solved only to
        // the rounding level of the b rows and the objective was wrong in the 4th digit.
        // min Σ c_j x_j s.t. Σ x_j ≤ 3e6 (one big budget), x_j ≤ 1e6, x ≥ 0, with c = (−3, −2, −1): x = (1e6, 1e6, 1e6)
        double big = 1e6;
        var p = Problems.of(null, new double[]{-3, -2, -1},
                new double[][]{{1, 1, 1}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {-1, 0, 0}, {0, -1, 0}, {0, 0, -1}},
                new double[]{2.5 * big, big, big, big, 0, 0, 0}, Problems.nonneg(7));
        ConicSolution r = ConicSolver.solve(p);
        assertEquals(SolverStatus.SOLVED, r.status());
        // optimum: x1 = x2 = 1e6, x3 = 0.5e6, value −5.5e6; relative accuracy 1e-8 of the objective
        assertEquals(-5.5e6, r.primalObjective(), 5.5e6 * 1e-8);
    }

    @Test void breakdownAfterNearOptimalIterateReturnsTheBestIterate() {
        // BRMOB multi-armed SOCP with 100 dense cones of dimension 101: after a near-optimal iterate the next step
        // destroys the primal residual (inaccurate KKT solves), the recovery continues from the previous iterate and
        // breaks down again; the result must be the best iterate seen, classified by the tolerances it meets, not
        // NUMERICAL_ERROR or the broken last point
        ConicProblem p = io.hedgecone.solver.testing.BrmobSocp.multiArmed(100, 1);
        ConicSolution r = ConicSolver.solve(p);
        assertTrue(r.status() == SolverStatus.SOLVED || r.status() == SolverStatus.ALMOST_SOLVED, r.status().toString());
        // the best iterate's full relative gap (max of |p − d|, sᵀz, |r_dᵀx|, |r_pᵀz|) is about 1.2e-7, which is as
        // accurate as its objective can be claimed to be: 5e-7 absolute is 2.1e-7 relative
        assertEquals(2.3737793631, r.primalObjective(), 5e-7);
        assertEquals(2.3737793631, r.dualObjective(), 5e-7);
        assertTrue(primalResidual(p, r.x(), r.s()) < 1e-7 * (1 + infNorm(p.b())));
        assertTrue(dualResidual(p, r.x(), r.z()) < 1e-6 * (1 + infNorm(p.q())));
        assertTrue(coneViolation(p, r.s(), true) < 1e-7 && coneViolation(p, r.z(), false) < 1e-7);
    }

    @Test void exponentialConesWithNegligibleTermsReachTheOptimum() {
        // docs/solver-issues/exp-cone-negligible-terms.md: a log-sum-exp over k = 1000 terms e^{c_a/λ}, c_a = −a/10,
        // most of them negligible at the optimum. With steps to 0.99 of the boundary one exponential cone's iterate
        // ended numerically on its boundary (every later direction left the cone) and the run stopped at
        // numerical_error with objective 2.78; steps to 0.95 of the boundary reach the optimum
        int k = 1000;
        double step = 0.1;
        Solution s;
        try (var m = new Model("chernoff-fixed")) {
            var t = m.variable("t", 1, Domain.unbounded());
            var lam = m.variable("lam", 1, Domain.greaterThan(0));
            var u = m.variable("u", k, Domain.unbounded());
            var z = m.variable("z", k, Domain.greaterThan(0));
            for (int a = 0; a < k; a++) {
                m.constraint("q" + a, Expr.vstack(lam, u.index(a), Expr.constTerm(1.0)),
                        Domain.inRotatedQCone());
                m.constraint("e" + a, Expr.vstack(z.index(a), lam,
                        Expr.sub(u.index(a), t).add(-step * a)), Domain.inPExpCone());
            }
            m.constraint(Expr.sub(Expr.sum(z), lam), Domain.lessThan(0));
            m.objective(ObjectiveSense.MINIMIZE,
                    Expr.add(t, Expr.mul(Math.log(10), lam)));
            s = m.solve();
        }
        assertEquals(ProblemStatus.OPTIMAL, s.status());
        assertTrue(s.verify().solutionVerified(1e-7), s.verify().summary());
        // the optimum independently: h(λ) = λ ln Σ_a exp(c_a/λ + 1/(2λ²)) + λ ln 10, convex in λ, by golden section
        java.util.function.DoubleUnaryOperator h = l -> {
            double mx = 1 / (2 * l * l), sum = 0;  // the largest exponent is c_0 = 0's
            for (int a = 0; a < k; a++) sum += Math.exp(-step * a / l + 1 / (2 * l * l) - mx);
            return l * (mx + Math.log(sum)) + l * Math.log(10);
        };
        double lo = 0.05, hi = 20, g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 200; it++) {
            double x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo);
            if (h.applyAsDouble(x1) < h.applyAsDouble(x2)) hi = x2; else lo = x1;
        }
        double opt = h.applyAsDouble(0.5 * (lo + hi));
        assertEquals(opt, s.objective(), 1e-7 * Math.abs(opt));
    }
}
