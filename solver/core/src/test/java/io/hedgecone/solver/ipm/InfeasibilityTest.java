package io.hedgecone.solver.ipm;

import io.hedgecone.solver.form.ConicProblem;
import org.junit.jupiter.api.Test;

import static io.hedgecone.solver.ipm.Certificates.*;
import static io.hedgecone.solver.ipm.Problems.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Infeasible and unbounded problems. Certificates are checked from the data, independently of the solver's own
 * report: a primal certificate z (normalised to bᵀz = −1) must have ‖Aᵀz‖∞ ≤ 1e-6 and z ∈ K* to 1e-6; a dual
 * certificate (x, s) (normalised to qᵀx = −1) must have ‖Px‖∞, ‖Ax + s‖∞ ≤ 1e-6 and s ∈ K to 1e-6. The
 * solver declares infeasibility at relative accuracy 1e-8 of the unnormalised ray, which after normalisation by
 * |bᵀz| (or |qᵀx|) of order one leaves a wide margin to 1e-6.
 */
class InfeasibilityTest {
    static final double CERT_TOL = 1e-6;

    static void assertPrimalInfeasible(ConicProblem p) {
        ConicSolution r = ConicSolver.solve(p, quiet());
        assertEquals(SolverStatus.PRIMAL_INFEASIBLE, r.status());
        assertEquals(-1.0, dot(p.b(), r.z()), 1e-12, "normalised bᵀz");
        assertTrue(farkasResidual(p, r.z()) < CERT_TOL, "Aᵀz = " + farkasResidual(p, r.z()));
        assertTrue(coneViolation(p, r.z(), false) < CERT_TOL, "z in K*");
        assertEquals(Double.POSITIVE_INFINITY, r.primalObjective());
    }

    static void assertDualInfeasible(ConicProblem p) {
        ConicSolution r = ConicSolver.solve(p, quiet());
        assertEquals(SolverStatus.DUAL_INFEASIBLE, r.status());
        assertEquals(-1.0, dot(p.q(), r.x()), 1e-12, "normalised qᵀx");
        assertTrue(rayResidual(p, r.x(), r.s()) < CERT_TOL, "Px, Ax + s = " + rayResidual(p, r.x(), r.s()));
        assertTrue(coneViolation(p, r.s(), true) < CERT_TOL, "s in K");
        assertEquals(Double.NEGATIVE_INFINITY, r.primalObjective());
    }

    @Test void lpPrimalInfeasible() {
        // x >= 1 and x <= 0
        assertPrimalInfeasible(of(null, new double[]{1}, new double[][]{{-1}, {1}}, new double[]{-1, 0}, nonneg(2)));
    }

    @Test void lpPrimalInfeasibleWithEqualities() {
        // x1 + x2 = 1, x1 + x2 = 2, x >= 0
        assertPrimalInfeasible(of(null, new double[]{1, 1}, new double[][]{{1, 1}, {1, 1}, {-1, 0}, {0, -1}},
                new double[]{1, 2, 0, 0}, zero(2), nonneg(2)));
    }

    @Test void lpDualInfeasible() {
        // min −x1 − x2 s.t. x1 − x2 <= 1, x >= 0 (unbounded along (1, 1))
        assertDualInfeasible(of(null, new double[]{-1, -1}, new double[][]{{1, -1}, {-1, 0}, {0, -1}},
                new double[]{1, 0, 0}, nonneg(3)));
    }

    @Test void qpDualInfeasibleAlongNullspaceOfP() {
        // min ½x1² − x2 s.t. x2 >= 0: unbounded along (0, 1), which lies in the null space of P
        assertDualInfeasible(of(new double[][]{{1, 0}, {0, 0}}, new double[]{0, -1}, new double[][]{{0, -1}},
                new double[]{0}, nonneg(1)));
    }

    @Test void socPrimalInfeasible() {
        // ‖(x1, x2)‖ <= t and t <= −1
        assertPrimalInfeasible(of(null, new double[]{0, 0, 1},
                new double[][]{{0, 0, -1}, {-1, 0, 0}, {0, -1, 0}, {0, 0, 1}}, new double[]{0, 0, 0, -1}, soc(3), nonneg(1)));
    }

    @Test void socDualInfeasible() {
        // min −x1 s.t. ‖x1‖ <= t (t free): unbounded along x1 = t → ∞
        assertDualInfeasible(of(null, new double[]{-1, 0}, new double[][]{{0, -1}, {-1, 0}}, new double[]{0, 0}, soc(2)));
    }

    @Test void expPrimalInfeasible() {
        // (x, y, z) ∈ K_exp with z = −1 (z >= 0 in the cone)
        assertPrimalInfeasible(of(null, new double[]{0, 0},
                new double[][]{{-1, 0}, {0, -1}, {0, 0}}, new double[]{0, 0, -1}, exp()));
    }

    @Test void expDualInfeasible() {
        // min x s.t. (x, 1, 1) ∈ K_exp, i.e. exp(x) <= 1: unbounded below
        assertDualInfeasible(of(null, new double[]{1}, new double[][]{{-1}, {0}, {0}}, new double[]{0, 1, 1}, exp()));
    }

    @Test void powPrimalInfeasible() {
        // (x, y, z) ∈ K_pow(0.4) with x = −1
        assertPrimalInfeasible(of(null, new double[]{0, 0},
                new double[][]{{0, 0}, {-1, 0}, {0, -1}}, new double[]{-1, 0, 0}, pow(0.4)));
    }

    @Test void powDualInfeasible() {
        // min −z s.t. (x, y, z) ∈ K_pow(0.5), x, y, z free: unbounded along x = y = z
        assertDualInfeasible(of(null, new double[]{0, 0, -1},
                new double[][]{{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}}, new double[]{0, 0, 0}, pow(0.5)));
    }
}
