package io.hedgecone.solver.ipm;

import io.hedgecone.solver.linalg.CscMatrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReducedSystemTest {
    /**
     * A full KKT pattern with x = (0, 1), an eliminated 3-dimensional second-order cone on rows 2–4 (placeholder
     * diagonals only) and one kept row 5 coupled to both x. The reduced system keeps indices 0, 1 and 5.
     */
    @Test void residualIsAgainstTheStoredMatrixWithoutItsStaticRegularisation() {
        int[] ti = {0, 0, 1, 2, 3, 4, 0, 1, 5};
        int[] tj = {0, 1, 1, 2, 3, 4, 5, 5, 5};
        double[] tv = {4, 1, 3, 1, 1, 1, 2, -1, -5};
        CscMatrix full = CscMatrix.fromTriplets(6, 6, ti, tj, tv, ti.length, true);
        int[] signs = {1, 1, -1, -1, -1, -1};
        boolean[] drop = {false, false, true, true, true, false};
        ReducedSystem red = new ReducedSystem(full, signs, drop);
        assertEquals(3, red.dim());
        double[] reg = {1e-3, 2e-3, 0, 0, 0, -3e-3}; // signed static regularisation, already in the stored values
        double[] stored = full.values().clone();
        int[] cp = full.colPtr(), ri = full.rowIdx();
        for (int j = 0; j < 6; j++)
            for (int t = cp[j]; t < cp[j + 1]; t++) if (ri[t] == j) stored[t] += reg[j];
        red.values(stored);
        double[] x = {0.5, -2, 1.5}, b = {1, 2, 3}, out = new double[3];
        double e = red.residual(b, x, reg, out);
        // K (unregularised, symmetric) on the kept indices: [[4, 1, 2], [1, 3, -1], [2, -1, -5]]
        double[][] k = {{4, 1, 2}, {1, 3, -1}, {2, -1, -5}};
        double max = 0;
        for (int i = 0; i < 3; i++) {
            double r = b[i];
            for (int j = 0; j < 3; j++) r -= k[i][j] * x[j];
            assertEquals(r, out[i], 1e-14, "residual row " + i);
            max = Math.max(max, Math.abs(r));
        }
        assertEquals(max, e, 1e-14);
    }
}
