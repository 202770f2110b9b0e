package io.hedgecone.solver.linalg;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CscMatrixTest {
    /** A random m × n matrix with about a quarter of its entries set (some columns empty). */
    private static CscMatrix random(int m, int n, SplittableRandom rnd) {
        int[] ti = new int[m * n], tj = new int[m * n];
        double[] tv = new double[m * n];
        int q = 0;
        for (int j = 0; j < n; j++)
            for (int i = 0; i < m; i++)
                if (rnd.nextInt(4) == 0) { ti[q] = i; tj[q] = j; tv[q++] = rnd.nextDouble(-2, 2); }
        return CscMatrix.fromTriplets(m, n, ti, tj, tv, q, true);
    }

    @Test void rowOrderedAndShuffledTripletsBuildTheSameMatrix() {
        // row by row (a flattened model: no sort by row needed) and in any order, duplicates summed in input order
        var rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 20; trial++) {
            int m = 1 + rnd.nextInt(25), n = 1 + rnd.nextInt(25), count = rnd.nextInt(3 * m * n / 2 + 1);
            int[] ti = new int[count], tj = new int[count];
            double[] tv = new double[count];
            for (int k = 0; k < count; k++) { ti[k] = rnd.nextInt(m); tj[k] = rnd.nextInt(n); tv[k] = rnd.nextDouble(-1, 1); }
            // row-ordered copy: a stable sort by row keeps each coordinate's duplicates in input order
            Integer[] byRow = new Integer[count];
            for (int k = 0; k < count; k++) byRow[k] = k;
            java.util.Arrays.sort(byRow, java.util.Comparator.comparingInt(k -> ti[k]));
            int[] ri = new int[count], rj = new int[count];
            double[] rv = new double[count];
            for (int k = 0; k < count; k++) { ri[k] = ti[byRow[k]]; rj[k] = tj[byRow[k]]; rv[k] = tv[byRow[k]]; }
            assertEquals(CscMatrix.fromTriplets(m, n, ti, tj, tv, count, false),
                    CscMatrix.fromTriplets(m, n, ri, rj, rv, count, false), "trial " + trial);
        }
    }

    @Test void fusedProductsEqualTheSeparateOnesExactly() {
        var rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int m = 1 + rnd.nextInt(30), n = 1 + rnd.nextInt(30);
            CscMatrix a = random(m, n, rnd);
            double[] x = rnd.doubles(n, -1, 1).toArray(), z = rnd.doubles(m, -1, 1).toArray();
            double[] y0 = rnd.doubles(m, -1, 1).toArray(), w0 = rnd.doubles(n, -1, 1).toArray();
            double alpha = rnd.nextDouble(-3, 3), beta = rnd.nextDouble(-3, 3);
            double[] y1 = y0.clone(), w1 = w0.clone(), y2 = y0.clone(), w2 = w0.clone();
            a.multiplyAdd(alpha, x, y1);
            a.transposeMultiplyAdd(beta, z, w1);
            a.multiplyAddBoth(alpha, x, y2, beta, z, w2);
            // same terms in the same order: bit-for-bit equal
            assertArrayEquals(y1, y2, 0.0, "y += αAx, trial " + trial);
            assertArrayEquals(w1, w2, 0.0, "w += βAᵀz, trial " + trial);
        }
    }
}
