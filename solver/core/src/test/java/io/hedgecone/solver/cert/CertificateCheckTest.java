package io.hedgecone.solver.cert;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.testing.LpFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Hand-made certificates: valid ones pass, perturbed ones fail. Exact data, so tolerance 1e-9 is ample. */
class CertificateCheckTest {
    private static final double TOL = 1e-9;

    @Test
    void farkasOfInfeasibleLpMin() {
        // x1 + x2 ≥ 3 (y0 = 1), x1 − x2 = 0 (y1 = 0), x ≤ 1 (z = −1, −1): Aᵀy + z = 0, S = 3 − 1 − 1 = 1
        ModelData d = LpFixtures.infeasibleLp(false);
        CertificateCheck.Result r = CertificateCheck.farkas(d, new double[] {1, 0}, new double[] {-1, -1}, TOL);
        assertTrue(r.valid(), r.reason());
        assertEquals(1, r.value(), 1e-12);
    }

    @Test
    void farkasSignsFlipForMaximization() {
        ModelData d = LpFixtures.infeasibleLp(true);
        assertTrue(CertificateCheck.farkas(d, new double[] {-1, 0}, new double[] {1, 1}, TOL).valid());
        assertFalse(CertificateCheck.farkas(d, new double[] {1, 0}, new double[] {-1, -1}, TOL).valid());
    }

    @Test
    void farkasRejectsNonzeroResidualAndWrongSigns() {
        ModelData d = LpFixtures.infeasibleLp(false);
        assertFalse(CertificateCheck.farkas(d, new double[] {1, 0}, new double[] {-1, -0.9}, TOL).valid(), "Aᵀy + z ≠ 0");
        assertFalse(CertificateCheck.farkas(d, new double[] {-1, 0}, new double[] {1, 1}, TOL).valid(), "sign points at infinite bound");
        assertFalse(CertificateCheck.farkas(d, new double[] {0, 0}, new double[] {0, 0}, TOL).valid(), "zero");
        // a valid-looking certificate of a feasible model: x1 + x2 ≥ 3 with x ≤ 2 is feasible, S = 3 − 4 < 0
        ModelData feasible = new ModelData("f", false, d.varNames(), d.lb(), new double[] {2, 2}, d.integer(), d.c(), 0,
                d.qUpper(), d.a(), d.g(), d.blocks(), d.rowNames());
        assertFalse(CertificateCheck.farkas(feasible, new double[] {1, 0}, new double[] {-1, -1}, TOL).valid());
    }

    @Test
    void rayOfUnboundedLp() {
        ModelData min = LpFixtures.unboundedLp(false), max = LpFixtures.unboundedLp(true);
        assertTrue(CertificateCheck.ray(min, new double[] {1, 1}, TOL).valid());
        assertTrue(CertificateCheck.ray(max, new double[] {1, 1}, TOL).valid());
        assertFalse(CertificateCheck.ray(min, new double[] {2, 1}, TOL).valid(), "A d > 0 on a ≤ row");
        assertFalse(CertificateCheck.ray(min, new double[] {-1, -1}, TOL).valid(), "leaves x ≥ 0");
        assertFalse(CertificateCheck.ray(min, new double[] {0, 0}, TOL).valid());
        assertTrue(CertificateCheck.ray(LpFixtures.unboundedFreeLp(), new double[] {-1, -1}, TOL).valid());
    }

    @Test
    void refusesConeBlocks() {
        assertThrows(IllegalArgumentException.class, () -> CertificateCheck.ray(LpFixtures.withQuadraticCone(), new double[] {1, 0, 0}, TOL));
    }
}
