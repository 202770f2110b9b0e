package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.cone.ScalingStrategy;
import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.linalg.CscMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BoundEliminationTest {
    /**
     * A = [[2, 0, 0], [0, −1, 0], [1, 1, 0], [0, 0, 3]] with rows 0–2 one nonnegative cone and row 3 another: rows 0,
     * 1 and 3 are bounds (one entry each), row 2 is not. Folding, a reduced solve and the recovery must reproduce
     * the block elimination of the KKT rows a·x_j − h·z = r.
     */
    @Test void foldAndRecoverEliminateTheBoundRows() {
        int n = 3, m = 4;
        CscMatrix a = CscMatrix.fromTriplets(m, n, new int[] {0, 2, 1, 2, 3}, new int[] {0, 0, 1, 1, 2},
                new double[] {2, 1, -1, 1, 3}, 5, false);
        Cone c1 = Cone.of(new ConeSpec.Nonneg(3), 0), c2 = Cone.of(new ConeSpec.Nonneg(1), 3);
        double[] s = {1e-3, 2, 1, 4}, z = {5, 1e-2, 1, 0.5};
        assertTrue(c1.updateScaling(s, z, 1, ScalingStrategy.DUAL));
        assertTrue(c2.updateScaling(s, z, 1, ScalingStrategy.DUAL));
        BoundElimination b = BoundElimination.choose(a.transpose(), List.of(c1, c2));
        assertNotNull(b);
        assertEquals(3, b.count());
        boolean[] marked = new boolean[m];
        b.mark(marked);
        assertArrayEquals(new boolean[] {true, true, false, true}, marked);

        // the x diagonal gains a²/h, h = s/z
        double[] values = {10, 20, 30};
        b.accumulate(values, new int[] {0, 1, 2});
        double[] h = {s[0] / z[0], s[1] / z[1], s[2] / z[2], s[3] / z[3]};
        assertEquals(10 + 4 / h[0], values[0], 1e-12 * values[0]);
        assertEquals(20 + 1 / h[1], values[1], 1e-12 * values[1]);
        assertEquals(30 + 9 / h[3], values[2], 1e-12 * values[2]);

        // fold: v_x += a·r/h on the bound rows only
        double[] v = {1, 2, 3, 0.5, -1, 7, 2};
        b.fold(v, n);
        assertEquals(1 + 2 * 0.5 / h[0], v[0], 1e-12 * Math.abs(v[0]));
        assertEquals(2 - 1 * -1 / h[1], v[1], 1e-12 * Math.abs(v[1]));
        assertEquals(3 + 3 * 2 / h[3], v[2], 1e-12 * Math.abs(v[2]));
        assertEquals(7, v[n + 2]); // not a bound
        // recover with a given x: z_row = (a·x_j − r)/h
        v[0] = 0.25; v[1] = -4; v[2] = 1.5;
        b.recover(v, n);
        assertEquals((2 * 0.25 - 0.5) / h[0], v[n], 1e-12);
        assertEquals((-1 * -4 - -1) / h[1], v[n + 1], 1e-12 * Math.abs(v[n + 1]));
        assertEquals(7, v[n + 2]);
        assertEquals((3 * 1.5 - 2) / h[3], v[n + 3], 1e-12 * Math.abs(v[n + 3]));
    }

    @Test void conesWithoutSingleEntryRowsHaveNoBounds() {
        CscMatrix a = CscMatrix.fromTriplets(1, 2, new int[] {0, 0}, new int[] {0, 1}, new double[] {1, 1}, 2, false);
        assertNull(BoundElimination.choose(a.transpose(), List.of(Cone.of(new ConeSpec.Nonneg(1), 0))));
    }
}
