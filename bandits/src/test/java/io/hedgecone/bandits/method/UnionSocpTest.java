package io.hedgecone.bandits.method;

import io.hedgecone.bandits.TestProblems;
import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class UnionSocpTest {
    static double[] constant(int k, double c) {
        double[] v = new double[k];
        Arrays.fill(v, c);
        return v;
    }

    @Test void optimumMatchesBruteForceOverAFineSimplexGrid() {
        // k = 3: evaluate U1 on the grid π = (i, j, n−i−j)/n. The SOCP optimum must not exceed the grid minimum
        // (beyond solver accuracy 1e-7) and the grid minimum must be within Lip·(2/n) of it, where U1 is Lipschitz in
        // ‖·‖₁ with constant max|g_a − g_b| + c·max‖A_a − A_b‖ (computed from the data, not tuned).
        for (long seed = 1; seed <= 3; seed++) {
            BanditProblem p = TestProblems.linear(3, 2, 1.0, 0.1, seed);
            BoundEvaluator ev = new BoundEvaluator(p);
            MethodResult r = new BrmobUnion().run(p, MethodOptions.defaults(1));
            double opt = ev.union(r.policy());
            int n = 400;
            double grid = Double.POSITIVE_INFINITY;
            for (int i = 0; i <= n; i++)
                for (int j = 0; i + j <= n; j++) grid = Math.min(grid, ev.union(new double[]{(double) i / n, (double) j / n, (double) (n - i - j) / n}));
            double lip = 0;
            for (int a = 0; a < 3; a++)
                for (int b = 0; b < 3; b++) {
                    double dg = Math.abs(p.meanReward()[a] - p.meanReward()[b]);
                    double da = 0;
                    for (int q = 0; q < 2; q++) da += Math.pow(p.whitened()[a][q] - p.whitened()[b][q], 2);
                    lip = Math.max(lip, dg + ev.unionConstant() * Math.sqrt(da));
                }
            assertTrue(opt <= grid + 1e-7, "seed " + seed + ": SOCP " + opt + " above grid " + grid);
            assertTrue(grid - opt <= lip * 2.0 / n, "seed " + seed + ": grid " + grid + " vs SOCP " + opt);
        }
    }

    @Test void armGenerationSolvesTheFullProgram() {
        // The working-set loop must reach the optimum of the program with all k cones and all k policy entries:
        // both are verified interior-point solutions with relative gap ≤ 1e-6, so objectives agree to 1e-6 relative.
        for (BanditProblem p : new BanditProblem[]{TestProblems.linear(150, 5, 1.0, 0.1, 7), TestProblems.multiArmed(60, 0.5, 0.05, 8)}) {
            double[] c = constant(p.arms(), new BoundEvaluator(p).unionConstant());
            ConicRun gen = UnionSocp.solve(p, c, "gen");
            ConicRun full = UnionSocp.round(p, c, IntStream.range(0, p.arms()).toArray(), "full").run();
            assertTrue(gen.verified() && full.verified(), gen.summary() + " / " + full.summary());
            BoundEvaluator ev = new BoundEvaluator(p);
            double a = ev.union(gen.policy()), b = ev.union(full.policy());
            assertEquals(b, a, 1e-6 * Math.max(1, Math.abs(b)), p.name());
            assertTrue(gen.summary().contains("generation rounds") || gen.summary().startsWith(p.arms() + " arms"), gen.summary());
        }
    }

    @Test void pricingFormulaReproducesTheSolversBoundDuals() {
        // For arms inside the working set the reduced cost ηᵀA_b + ζ g_b − ν must equal the dual of π_b ≥ 0 that the
        // solver returns (stationarity c = Aᵀy + z); agreement to 1e-6 (the verified dual residual level).
        BanditProblem p = TestProblems.linear(40, 4, 1.0, 0.1, 11);
        double[] c = constant(p.arms(), new BoundEvaluator(p).unionConstant());
        int[] arms = IntStream.range(0, 25).toArray();
        try (var m = new io.hedgecone.solver.api.Model("pricing")) {
            PolicyBlock b = new PolicyBlock(m, p, arms);
            var t = m.variable("t", 1, io.hedgecone.solver.api.Domain.unbounded());
            for (int a : arms)
                m.constraint(io.hedgecone.solver.api.Expr.vstack(io.hedgecone.solver.api.Expr.add(t, b.v).add(-p.meanReward()[a]),
                        io.hedgecone.solver.api.Expr.mul(c[a], b.armDeviation(p, a))), io.hedgecone.solver.api.Domain.inQCone());
            m.objective(io.hedgecone.solver.api.ObjectiveSense.MINIMIZE, t);
            var s = m.solve();
            assertTrue(s.verify().solutionVerified(ConicRun.VERIFY_TOL), s.verify().summary());
            double[] rc = b.reducedCosts(p), z = b.boundDuals();
            for (int i = 0; i < arms.length; i++) assertEquals(z[i], rc[arms[i]], 1e-6, "arm " + arms[i]);
        }
    }

    @Test void everyConicProgramIsVerified() {
        // Each conic solve is checked by SolutionVerifier (relative residuals and gap ≤ 1e-6) on linear and
        // multi-armed problems.
        for (BanditProblem p : new BanditProblem[]{TestProblems.linear(12, 3, 1.0, 0.1, 21), TestProblems.multiArmed(10, 2.0, 0.2, 22)}) {
            BoundEvaluator ev = new BoundEvaluator(p);
            ConicRun u = UnionSocp.solve(p, constant(p.arms(), ev.unionConstant()), "u");
            ConicRun e = UnionSocp.solve(p, constant(p.arms(), ev.radius()), "e");
            ConicRun ch = ChernoffExpCone.solve(p, "c");
            for (ConicRun r : new ConicRun[]{u, e, ch}) assertTrue(r.verified(), r.summary());
            // The recomputed bound at the returned policy equals the program's optimum (the solver's t is exact at
            // the optimum) up to the verified gap.
            assertEquals(ev.union(u.policy()), u.objective(), 1e-6 * Math.max(1, Math.abs(u.objective())));
            assertEquals(ev.ellipsoid(e.policy()), e.objective(), 1e-6 * Math.max(1, Math.abs(e.objective())));
            assertEquals(ev.chernoff(ch.policy()), ch.objective(), 1e-5 * Math.max(1, Math.abs(ch.objective())));
        }
    }
}
