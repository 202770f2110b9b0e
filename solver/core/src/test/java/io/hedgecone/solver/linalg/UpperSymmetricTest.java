package io.hedgecone.solver.linalg;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class UpperSymmetricTest {
    @Test
    void multiplyMatchesDenseSymmetricProduct() {
        KktFixtures.Kkt k = KktFixtures.randomKkt(25, 15, 0.2, 0.1, 0.1, 31);
        double[][] full = k.upper().toDense();
        int n = k.dim();
        for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) full[i][j] = full[j][i];
        double[] x = KktFixtures.randomVector(n, 32), y = new double[n];
        java.util.Arrays.fill(y, 99); // must be overwritten, not accumulated into
        UpperSymmetric.multiply(k.upper(), k.values(), x, y);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += full[i][j] * x[j];
            // same products summed in another order: ≤ n ulps of the row's absolute sum (≤ ~20 here)
            assertEquals(s, y[i], 1e-12, "row " + i);
        }
    }

    @Test
    void rejectsLowerEntryAndNonSquare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UpperSymmetric.requireUpperPattern(new CscMatrix.TripletBuilder(3, 3).add(2, 1, 1).build()));
        assertTrue(e.getMessage().contains("(2,1)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> UpperSymmetric.requireUpperPattern(CscMatrix.zeros(3, 2)));
        assertTrue(e.getMessage().contains("3x2"), e.getMessage());
    }
}
