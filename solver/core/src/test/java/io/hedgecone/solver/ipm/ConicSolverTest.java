package io.hedgecone.solver.ipm;

import io.hedgecone.solver.form.ConicProblem;
import org.junit.jupiter.api.Test;

import static io.hedgecone.solver.ipm.Certificates.*;
import static io.hedgecone.solver.ipm.Problems.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Problems with known analytic optima. Unless said otherwise the tolerance on the optimum is 1e-6 (absolute on
 * values of order 1): the solver stops at relative gap and residuals 1e-8, and the distance of the iterate to
 * the optimal face scales like the square root of the gap on degenerate problems, hence 1e-6 rather than 1e-8.
 * Optimality conditions themselves (residuals, cone membership) are checked to 1e-7, a small multiple of the
 * termination tolerance.
 */
class ConicSolverTest {
    static final double OPT_TOL = 1e-6;
    static final double KKT_TOL = 1e-7;

    static ConicSolution solveOptimal(ConicProblem p) {
        ConicSolution r = ConicSolver.solve(p, quiet());
        assertEquals(SolverStatus.SOLVED, r.status(), "status");
        assertTrue(primalResidual(p, r.x(), r.s()) < KKT_TOL, "primal residual");
        assertTrue(dualResidual(p, r.x(), r.z()) < KKT_TOL, "dual residual");
        assertTrue(coneViolation(p, r.s(), true) < KKT_TOL, "s in K");
        assertTrue(coneViolation(p, r.z(), false) < KKT_TOL, "z in K*");
        assertTrue(r.gapRel() < 1e-7, "relative gap " + r.gapRel());
        return r;
    }

    @Test void lpWithUniqueVertexOptimum() {
        // min -x1 - x2  s.t. x1 + 2x2 <= 4, 3x1 + x2 <= 6, x >= 0  ->  x = (1.6, 1.2), value -2.8
        var p = of(null, new double[]{-1, -1}, new double[][]{{1, 2}, {3, 1}, {-1, 0}, {0, -1}}, new double[]{4, 6, 0, 0}, nonneg(4));
        var r = solveOptimal(p);
        assertArrayEquals(new double[]{1.6, 1.2}, r.x(), OPT_TOL);
        assertEquals(-2.8, r.primalObjective(), OPT_TOL);
        // duals of the two active rows: 0.4 and 0.2 (from 1 = y1 + 3y2, 1 = 2y1 + y2)
        assertEquals(0.4, r.z()[0], OPT_TOL);
        assertEquals(0.2, r.z()[1], OPT_TOL);
    }

    @Test void lpWithEqualitiesAndFreeVariables() {
        // min x1 + 2 x2 + 3 x3 s.t. x1 + x2 + x3 = 1, x2 - x3 = 0 (x free otherwise), x1 >= -2, x2 >= 0
        // substituting: x3 = x2, x1 = 1 - 2x2 -> objective 1 + 3 x2; x2 >= 0 and x1 >= -2 => x2 = 0: value 1
        var p = of(null, new double[]{1, 2, 3},
                new double[][]{{1, 1, 1}, {0, 1, -1}, {-1, 0, 0}, {0, -1, 0}},
                new double[]{1, 0, 2, 0}, zero(2), nonneg(2));
        var r = solveOptimal(p);
        assertArrayEquals(new double[]{1, 0, 0}, r.x(), OPT_TOL);
        assertEquals(1.0, r.primalObjective(), OPT_TOL);
    }

    @Test void degenerateLpWithRedundantActiveConstraints() {
        // min x1 + x2 s.t. x1 + x2 >= 1, 2x1 + 2x2 >= 2, x1 + x2 <= 1, x >= 0: optimal face x1 + x2 = 1 (value 1),
        // three constraints active at every optimum (primal degenerate) and the optimum is not unique
        var p = of(null, new double[]{1, 1},
                new double[][]{{-1, -1}, {-2, -2}, {1, 1}, {-1, 0}, {0, -1}},
                new double[]{-1, -2, 1, 0, 0}, nonneg(5));
        var r = solveOptimal(p);
        assertEquals(1.0, r.primalObjective(), OPT_TOL);
        assertEquals(1.0, r.x()[0] + r.x()[1], OPT_TOL);
    }

    @Test void qpWithEqualityConstraint() {
        // min ½(x1² + x2²) s.t. x1 + x2 = 1 -> x = (½, ½), value ¼
        var p = of(new double[][]{{1, 0}, {0, 1}}, new double[]{0, 0}, new double[][]{{1, 1}}, new double[]{1}, zero(1));
        var r = solveOptimal(p);
        assertArrayEquals(new double[]{0.5, 0.5}, r.x(), OPT_TOL);
        assertEquals(0.25, r.primalObjective(), OPT_TOL);
        assertEquals(-0.5, r.z()[0], OPT_TOL);
    }

    @Test void qpWithSingularHessian() {
        // min ½ (x1 - x2)² + x2 s.t. x2 >= 1, x1 <= 3: P = [[1,-1],[-1,1]] singular; optimum x2 = 1, x1 = 1, value 1
        var p = of(new double[][]{{1, -1}, {-1, 1}}, new double[]{0, 1}, new double[][]{{0, -1}, {1, 0}}, new double[]{-1, 3}, nonneg(2));
        var r = solveOptimal(p);
        assertArrayEquals(new double[]{1, 1}, r.x(), OPT_TOL);
        assertEquals(1.0, r.primalObjective(), OPT_TOL);
    }

    @Test void qpWithActiveBoundsAndConstant() {
        // min (x1 - 2)² + (x2 + 1)² = x1² + x2² - 4x1 + 2x2 + 5 s.t. 0 <= x <= 1 -> x = (1, 0), value 1 + 1 = 2
        var p0 = of(new double[][]{{2, 0}, {0, 2}}, new double[]{-4, 2},
                new double[][]{{-1, 0}, {0, -1}, {1, 0}, {0, 1}}, new double[]{0, 0, 1, 1}, nonneg(4));
        var p = new ConicProblem(p0.pUpper(), p0.q(), p0.a(), p0.b(), p0.cones(), 5.0);
        var r = solveOptimal(p);
        assertArrayEquals(new double[]{1, 0}, r.x(), OPT_TOL);
        assertEquals(2.0, r.primalObjective(), OPT_TOL);
        assertEquals(2.0, r.dualObjective(), OPT_TOL);
    }

    @Test void socDistanceToHyperplane() {
        // min t s.t. ‖x − c‖ ≤ t, x1 + x2 = 0, c = (1, 2): distance 3/√2
        var p = of(null, new double[]{0, 0, 1}, new double[][]{{1, 1, 0}, {0, 0, -1}, {-1, 0, 0}, {0, -1, 0}},
                new double[]{0, 0, -1, -2}, zero(1), soc(3));
        var r = solveOptimal(p);
        assertEquals(3 / Math.sqrt(2), r.primalObjective(), OPT_TOL);
        assertArrayEquals(new double[]{-0.5, 0.5}, new double[]{r.x()[0], r.x()[1]}, OPT_TOL);
    }

    @Test void largeSocUsesSparseExpansion() {
        // dimension 61 > dense limit: min t s.t. ‖x − c‖ ≤ t, Σx = 0 -> t = |Σc|/√k (projection onto the hyperplane)
        int k = 60;
        double[] c = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) { c[i] = Math.sin(i + 1.0) + 0.3; sum += c[i]; }
        double[][] a = new double[k + 2][k + 1];
        double[] b = new double[k + 2];
        for (int i = 0; i < k; i++) a[0][i] = 1;
        a[1][k] = -1;
        for (int i = 0; i < k; i++) { a[2 + i][i] = -1; b[2 + i] = -c[i]; }
        double[] q = new double[k + 1];
        q[k] = 1;
        var p = of(null, q, a, b, zero(1), soc(k + 1));
        var r = solveOptimal(p);
        assertEquals(Math.abs(sum) / Math.sqrt(k), r.primalObjective(), OPT_TOL);
    }

    @Test void rotatedSocWrittenAsSoc() {
        // min u + v s.t. 2uv ≥ w², w = 1, u, v ≥ 0; as SOC: (u + v, u − v, √2 w) ∈ Q³ -> u = v = 1/√2, value √2
        double r2 = Math.sqrt(2);
        var p = of(null, new double[]{1, 1, 0},
                new double[][]{{0, 0, 1}, {-1, -1, 0}, {-1, 1, 0}, {0, 0, -r2}},
                new double[]{1, 0, 0, 0}, zero(1), soc(3));
        var r = solveOptimal(p);
        assertEquals(r2, r.primalObjective(), OPT_TOL);
        assertEquals(1 / r2, r.x()[0], OPT_TOL);
        assertEquals(1 / r2, r.x()[1], OPT_TOL);
    }

    @Test void optimumAtSocApex() {
        // min t + x1 s.t. ‖(x1, x2)‖ ≤ t... with weight 2 on t: min 2t + x1 -> bounded, optimum at the apex (0,0,0)
        var p = of(null, new double[]{1, 0, 2}, new double[][]{{0, 0, -1}, {-1, 0, 0}, {0, -1, 0}}, new double[]{0, 0, 0}, soc(3));
        var r = solveOptimal(p);
        assertArrayEquals(new double[]{0, 0, 0}, r.x(), OPT_TOL);
        assertEquals(0.0, r.primalObjective(), OPT_TOL);
    }

    @Test void optimumOnSocBoundaryWithTangentObjective() {
        // max x1 + x2 s.t. ‖(x1, x2)‖ ≤ 1 -> x = (1/√2, 1/√2), value √2
        var p = of(null, new double[]{-1, -1}, new double[][]{{0, 0}, {-1, 0}, {0, -1}}, new double[]{1, 0, 0}, soc(3));
        var r = solveOptimal(p);
        assertEquals(-Math.sqrt(2), r.primalObjective(), OPT_TOL);
        assertEquals(1 / Math.sqrt(2), r.x()[0], OPT_TOL);
    }

    @Test void expConeEpigraphOfExponential() {
        // min t s.t. exp(1) ≤ t, written (1, 1, t) ∈ K_exp -> t = e
        var p = of(null, new double[]{1}, new double[][]{{0}, {0}, {-1}}, new double[]{1, 1, 0}, exp());
        var r = solveOptimal(p);
        assertEquals(Math.E, r.x()[0], OPT_TOL);
    }

    @Test void expConeMaximiseLogarithm() {
        // max u s.t. exp(u) ≤ x, x + y ≤ 3, y ≥ 1 -> x = 2, u = log 2
        // variables (u, x, y); rows: (u, 1, x) ∈ K_exp ; x + y ≤ 3 ; −y ≤ −1
        var p = of(null, new double[]{-1, 0, 0},
                new double[][]{{-1, 0, 0}, {0, 0, 0}, {0, -1, 0}, {0, 1, 1}, {0, 0, -1}},
                new double[]{0, 1, 0, 3, -1}, exp(), nonneg(2));
        var r = solveOptimal(p);
        assertEquals(Math.log(2), r.x()[0], OPT_TOL);
        assertEquals(2.0, r.x()[1], OPT_TOL);
    }

    @Test void expConeEntropyMaximisation() {
        // max Σ −p_i log p_i s.t. Σp = 1 (3 outcomes) -> uniform, value log 3. Epigraph: t_i ≤ −p log p ⇔ (t_i, p_i, 1) ∈ K_exp
        // variables (p1..p3, t1..t3), minimise −Σt
        double[][] a = new double[10][6];
        double[] b = new double[10];
        for (int i = 0; i < 3; i++) a[0][i] = 1;
        b[0] = 1;
        for (int i = 0; i < 3; i++) {
            a[1 + 3 * i][3 + i] = -1; // x = t_i
            a[2 + 3 * i][i] = -1;     // y = p_i
            b[3 + 3 * i] = 1;         // z = 1
        }
        var p = of(null, new double[]{0, 0, 0, -1, -1, -1}, a, b, zero(1), exp(), exp(), exp());
        var r = solveOptimal(p);
        assertEquals(-Math.log(3), r.primalObjective(), OPT_TOL);
        // the maximiser of a strictly concave objective is determined only to ~√(gap/curvature) ≈ 1e-4
        for (int i = 0; i < 3; i++) assertEquals(1.0 / 3, r.x()[i], 1e-4);
    }

    @Test void powerConeGeometricMean() {
        // max z s.t. (2, 8, z) ∈ K_pow(½) -> z = √16 = 4
        var p = of(null, new double[]{-1}, new double[][]{{0}, {0}, {-1}}, new double[]{2, 8, 0}, pow(0.5));
        var r = solveOptimal(p);
        assertEquals(4.0, r.x()[0], OPT_TOL);
    }

    @Test void powerConeWithBudget() {
        // max x^0.3 y^0.7 s.t. x + y = 1 -> x = 0.3, y = 0.7, value 0.3^0.3 0.7^0.7
        // variables (x, y, w): (x, y, w) ∈ K_pow(0.3), x + y = 1, minimise −w
        var p = of(null, new double[]{0, 0, -1},
                new double[][]{{1, 1, 0}, {-1, 0, 0}, {0, -1, 0}, {0, 0, -1}},
                new double[]{1, 0, 0, 0}, zero(1), pow(0.3));
        var r = solveOptimal(p);
        assertEquals(Math.pow(0.3, 0.3) * Math.pow(0.7, 0.7), r.x()[2], OPT_TOL);
        // the maximiser of a smooth concave objective is known only to ~√(gap/curvature) ≈ √1e-8: tolerance 1e-4
        assertEquals(0.3, r.x()[0], 1e-4);
    }

    @Test void mixedConesProblem() {
        // min t + e^{u}... : min t + s_ s.t. ‖(1, u)‖ ≤ t, exp(u) ≤ s_, u free.
        // f(u) = √(1+u²) + e^u; f'(u) = u/√(1+u²) + e^u = 0 -> solved numerically below by bisection.
        double lo = -5, hi = 0;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            double d = mid / Math.sqrt(1 + mid * mid) + Math.exp(mid);
            if (d > 0) hi = mid; else lo = mid;
        }
        double u = 0.5 * (lo + hi);
        double value = Math.sqrt(1 + u * u) + Math.exp(u);
        // variables (t, s_, u)
        var p = of(null, new double[]{1, 1, 0},
                new double[][]{{-1, 0, 0}, {0, 0, 0}, {0, 0, -1}, {0, 0, -1}, {0, 0, 0}, {0, -1, 0}},
                new double[]{0, 1, 0, 0, 1, 0}, soc(3), exp());
        var r = solveOptimal(p);
        assertEquals(value, r.primalObjective(), OPT_TOL);
        // u is determined only to ~√(2·gap/f''(u)) ≈ 1.5e-4 by the smooth objective: tolerance 5e-4
        assertEquals(u, r.x()[2], 5e-4);
    }
}
