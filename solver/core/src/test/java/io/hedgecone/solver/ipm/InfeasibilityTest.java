package io.hedgecone.solver.ipm;

import io.hedgecone.solver.linalg.CscMatrix;

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

    static ConicSolution assertPrimalInfeasible(ConicProblem p) {
        ConicSolution r = ConicSolver.solve(p, quiet());
        assertEquals(SolverStatus.PRIMAL_INFEASIBLE, r.status());
        double absTerms = 0;
        for (int i = 0; i < p.b().length; i++) absTerms += Math.abs(p.b()[i] * r.z()[i]);
        assertEquals(-1.0, dot(p.b(), r.z()), 1e-12 * Math.max(1, absTerms), "normalised bᵀz");
        assertTrue(farkasResidual(p, r.z()) < CERT_TOL, "Aᵀz = " + farkasResidual(p, r.z()));
        assertTrue(coneViolation(p, r.z(), false) < CERT_TOL, "z in K*");
        assertEquals(Double.POSITIVE_INFINITY, r.primalObjective());
        return r;
    }

    static void assertDualInfeasible(ConicProblem p) {
        ConicSolution r = ConicSolver.solve(p, quiet());
        assertEquals(SolverStatus.DUAL_INFEASIBLE, r.status());
        assertEquals(-1.0, dot(p.q(), r.x()), 1e-12, "normalised qᵀx");
        assertTrue(rayResidual(p, r.x(), r.s()) < CERT_TOL, "Px, Ax + s = " + rayResidual(p, r.x(), r.s()));
        assertTrue(coneViolation(p, r.s(), true) < CERT_TOL, "s in K");
        assertEquals(Double.NEGATIVE_INFINITY, r.primalObjective());
    }

    /**
     * A transportation LP (k = 150: 22,500 variables) whose suppliers hold one unit less than the customers need:
     * infeasible by a margin of 1 in 1,600. With an LP's loosened solves (ConicSolver#LP_LOOSENESS) kept on the
     * certificate's path (κ/τ ≫ 1), this one took 43 iterations (and with another seed κ/τ stalled near 1e3 until
     * the iteration limit); the solves are strict there, and it is certified in 8, as before the loosening.
     */
    @Test void transportationShortOfSupplyByOneUnitIsPrimalInfeasible() {
        int k = 150, nv = k * k, m = 2 * k + nv;
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(6);
        double[] b = new double[m], q = new double[nv];
        double demand = 0, supply = 0;
        for (int j = 0; j < k; j++) demand += b[j] = 1 + rnd.nextInt(20);                       // Σ_i x_ij = d_j
        for (int i = 0; i < k; i++) supply += b[k + i] = Math.ceil(demand / k) + rnd.nextInt(3) - 2; // Σ_j x_ij ≤ s_i
        b[0] += Math.max(0, supply - demand) + 1;
        int[] ti = new int[3 * nv], tj = new int[3 * nv];
        double[] tv = new double[3 * nv];
        int t = 0;
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) {
                int v = i * k + j;
                q[v] = 1 + rnd.nextInt(50);
                ti[t] = j; tj[t] = v; tv[t++] = 1;
                ti[t] = k + i; tj[t] = v; tv[t++] = 1;
                ti[t] = 2 * k + v; tj[t] = v; tv[t++] = -1;  // x_ij ≥ 0
            }
        ConicProblem p = new ConicProblem(CscMatrix.zeros(nv, nv), q, CscMatrix.fromTriplets(m, nv, ti, tj, tv, t, false),
                b, java.util.List.of(zero(k), nonneg(m - k)), 0.0);
        ConicSolution r = assertPrimalInfeasible(p);
        assertTrue(r.iterations() <= 15, "iterations " + r.iterations());
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
