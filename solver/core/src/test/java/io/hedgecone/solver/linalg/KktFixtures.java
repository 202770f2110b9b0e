package io.hedgecone.solver.linalg;

import java.util.Random;

/** Seeded generators of symmetric test matrices stored as upper triangles. */
final class KktFixtures {
    private KktFixtures() {}

    /** Upper-triangle pattern with values, expected pivot signs, and the block sizes of a KKT matrix. */
    record Kkt(CscMatrix upper, int[] signs, int n, int m) {
        double[] values() { return upper.values().clone(); }
        int dim() { return n + m; }
    }

    /**
     * K = [[P, Aᵀ], [A, −D]] with P symmetric diagonally dominant (λ_min(P) ≥ delta), A m×n with about
     * {@code density}·m·n entries in [−1, 1] and D diagonal in [dmin, 1]. Quasi-definite with all singular values of
     * K at least min(delta, dmin), so ‖K⁻¹‖₂ ≤ 1 / min(delta, dmin).
     */
    static Kkt randomKkt(int n, int m, double density, double delta, double dmin, long seed) {
        Random rnd = new Random(seed);
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n + m, n + m);
        double[] rowAbs = new double[n];
        long pOff = Math.round(density * n * (n - 1) / 2.0);
        for (long t = 0; t < pOff; t++) {
            int i = rnd.nextInt(n), j = rnd.nextInt(n);
            if (i == j) continue;
            double v = 2 * rnd.nextDouble() - 1;
            tb.add(Math.min(i, j), Math.max(i, j), v);
            rowAbs[i] += Math.abs(v); // duplicates sum, so |sum| ≤ sum of |v|: dominance still holds
            rowAbs[j] += Math.abs(v);
        }
        for (int i = 0; i < n; i++) tb.add(i, i, rowAbs[i] + delta + rnd.nextDouble());
        long aNz = Math.max(m, Math.round(density * n * m));
        for (int r = 0; r < m; r++) tb.add(rnd.nextInt(n), n + r, 2 * rnd.nextDouble() - 1); // no empty row of A
        for (long t = m; t < aNz; t++) tb.add(rnd.nextInt(n), n + rnd.nextInt(m), 2 * rnd.nextDouble() - 1);
        for (int r = 0; r < m; r++) tb.add(n + r, n + r, -(dmin + (1 - dmin) * rnd.nextDouble()));
        int[] signs = new int[n + m];
        for (int i = 0; i < n + m; i++) signs[i] = i < n ? 1 : -1;
        return new Kkt(tb.build(), signs, n, m);
    }

    /**
     * Banded-random KKT [[P, Aᵀ], [A, −D]] of order n + m: row r of A has {@code perRow} entries in a window of
     * {@code window} variables around r·n/m, P is tridiagonal plus the diagonal shift delta, D ∈ [0.1, 1]. Like
     * problems with local coupling (time stages, grids) it has small separators, unlike uniformly random
     * sparsity, whose fill grows like n² under any ordering.
     */
    static Kkt bandedKkt(int n, int m, int perRow, int window, double delta, long seed) {
        Random rnd = new Random(seed);
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n + m, n + m);
        for (int i = 0; i < n; i++) {
            tb.add(i, i, 2 + delta);
            if (i + 1 < n) tb.add(i, i + 1, -1);
        }
        for (int r = 0; r < m; r++) {
            int centre = (int) ((long) r * n / m);
            for (int t = 0; t < perRow; t++) {
                int c = Math.min(n - 1, Math.max(0, centre + rnd.nextInt(window) - window / 2));
                tb.add(c, n + r, 2 * rnd.nextDouble() - 1);
            }
            tb.add(n + r, n + r, -(0.1 + 0.9 * rnd.nextDouble()));
        }
        int[] signs = new int[n + m];
        for (int i = 0; i < n + m; i++) signs[i] = i < n ? 1 : -1;
        return new Kkt(tb.build(), signs, n, m);
    }

    /** Upper triangle of the 5-point Laplacian of a k×k grid (positive definite, n = k²). */
    static CscMatrix gridLaplacian(int k) {
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(k * k, k * k);
        for (int r = 0; r < k; r++)
            for (int c = 0; c < k; c++) {
                int i = r * k + c;
                tb.add(i, i, 4.0);
                if (c + 1 < k) tb.add(i, i + 1, -1.0);
                if (r + 1 < k) tb.add(i, i + k, -1.0);
            }
        return tb.build();
    }

    static double[] randomVector(int n, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = 2 * rnd.nextDouble() - 1;
        return v;
    }

    static int[] allPositive(int n) {
        int[] s = new int[n];
        java.util.Arrays.fill(s, 1);
        return s;
    }

    static int[] randomPermutation(int n, long seed) {
        Random rnd = new Random(seed);
        int[] p = Permutation.identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i]; p[i] = p[j]; p[j] = t;
        }
        return p;
    }

    /** ‖K‖∞ of the symmetric matrix given by its upper triangle. */
    static double infNorm(CscMatrix upper, double[] values) {
        int n = upper.cols();
        double[] rowSum = new double[n];
        int[] cp = upper.colPtr(), ri = upper.rowIdx();
        for (int j = 0; j < n; j++)
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                rowSum[ri[p]] += Math.abs(values[p]);
                if (ri[p] != j) rowSum[j] += Math.abs(values[p]);
            }
        return UpperSymmetric.infNorm(rowSum, n);
    }
}
