package io.hedgecone.solver.verify;

import io.hedgecone.solver.form.BlockKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConeMembershipTest {
    private static double primal(double alpha, double... v) { return ConeMembership.primalViolation(BlockKind.PPOW, alpha, v, 0, v.length); }

    private static double dual(double alpha, double... v) { return ConeMembership.dualViolation(BlockKind.PPOW, alpha, v, 0, v.length); }

    @Test void powerConeViolationIsTheCheapestMoveIntoTheCone() {
        assertEquals(0, primal(0.5, 1, 4, 1.9), 0);                 // √(1·4) = 2 ≥ 1.9
        // √(1·1) = 1 < 2: lower r by 1, or raise either of x0, x1 from 1 to 4 (by 3): 1
        assertEquals(1, primal(0.5, 1, 1, 2), 1e-12);
        // a point a rounding off the edge x0 = 0 (α = 1/3): r exceeds the mean by about 1e-4, but raising x0 by
        // about 1e-12 enters the cone, so the point is within 1e-11 of it
        double t = 4.4, r = 2.7e-4, x0 = Math.pow(r, 3) / (t * t) * (1 - 1e-3);
        double gap = r - Math.cbrt(x0) * Math.pow(t, 2.0 / 3);
        assertTrue(gap > 5e-8, "the r-gap alone " + gap);
        double v = primal(1.0 / 3, x0, t, r);
        assertTrue(v > 0 && v < 1e-11, "violation " + v);
        // negative x0 counts its own distance to 0 too
        assertEquals(0.5 + 1, primal(0.5, -0.5, 1, 1), 1e-12);
    }

    @Test void dualPowerConeScalesByTheExponents() {
        // (s0/α)^α (s1/(1−α))^(1−α) ≥ r: with α = ½, (2·1)^½(2·1)^½ = 2 ≥ 2 holds, 2.5 is ½ outside by lowering r
        assertEquals(0, dual(0.5, 1, 1, 2), 1e-12);
        double v = dual(0.5, 1, 1, 2.5);
        assertTrue(v > 0 && v <= 0.5 + 1e-12, "violation " + v);
        // raising s0 to α·r²/(s1/(1−α)) = 0.5·6.25/2 = 1.5625 (by 0.5625) is dearer than lowering r by 0.5
        assertEquals(0.5, v, 1e-12);
    }
}
