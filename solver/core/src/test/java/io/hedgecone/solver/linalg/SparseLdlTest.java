package io.hedgecone.solver.linalg;

import static org.junit.jupiter.api.Assertions.*;

import io.hedgecone.solver.linalg.KktFixtures.Kkt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tests of both sparse engines: {@link SparseLdl} (supernodal) and {@link UpLookingLdl}. */
class SparseLdlTest {
    private static final double EPS = Math.ulp(1.0);

    enum Engine {
        SUPERNODAL, UP_LOOKING;

        /** AMD-ordered analysis. */
        QuasiDefiniteLdl amd(CscMatrix upper) {
            return this == SUPERNODAL ? SparseLdl.analyze(upper) : UpLookingLdl.analyze(upper);
        }

        /** Analysis under exactly {@code perm} (null = natural). */
        QuasiDefiniteLdl ordered(CscMatrix upper, int[] perm) {
            return this == SUPERNODAL ? SparseLdl.analyze(upper, perm) : UpLookingLdl.analyze(upper, perm);
        }

        double[] pivots(QuasiDefiniteLdl f) {
            return f instanceof SparseLdl s ? s.pivots() : ((UpLookingLdl) f).pivots();
        }
    }

    /** Relative backward error ‖b − Kx‖∞ / (‖K‖∞‖x‖∞ + ‖b‖∞). */
    private static double backwardError(CscMatrix upper, double[] values, double[] x, double[] b) {
        double[] r = new double[b.length];
        double res = UpperSymmetric.residual(upper, values, x, b, r);
        return res / (KktFixtures.infNorm(upper, values) * UpperSymmetric.infNorm(x, x.length) + UpperSymmetric.infNorm(b, b.length));
    }

    private static double maxRelDiff(double[] a, double[] b) {
        double d = 0, s = 0;
        for (int i = 0; i < a.length; i++) { d = Math.max(d, Math.abs(a[i] - b[i])); s = Math.max(s, Math.abs(b[i])); }
        return d / s;
    }

    @ParameterizedTest(name = "n={0} m={1} density={2} seed={3}")
    @CsvSource({"1,0,0.5,1", "3,2,0.5,2", "20,10,0.2,3", "60,40,0.05,4", "150,100,0.02,5", "300,150,0.01,6"})
    void matchesDenseOracleAndSolvesRandomQuasiDefinite(int n, int m, double density, long seed) {
        Kkt k = KktFixtures.randomKkt(n, m, density, 0.1, 0.1, seed);
        double[] v = k.values();
        double[] b = KktFixtures.randomVector(k.dim(), seed + 100);

        DenseLdl dense = new DenseLdl(k.upper());

        double[] xd = b.clone();
        assertEquals(0, dense.factor(v, k.signs(), 1e-13, 1e-7));
        dense.solve(xd);
        // LDLᵀ of a quasi-definite matrix is backward stable up to a modest growth factor (Gill, Saunders &
        // Shinnerl 1996); n·eps·100 leaves room for that growth on these well-scaled matrices.
        double tol = 100 * k.dim() * EPS;
        assertTrue(backwardError(k.upper(), v, xd, b) < tol, "dense backward error");

        int[] shuffle = KktFixtures.randomPermutation(k.dim(), seed + 200);
        for (Engine engine : Engine.values()) for (QuasiDefiniteLdl f : new QuasiDefiniteLdl[] {
                engine.amd(k.upper()), engine.ordered(k.upper(), null), engine.ordered(k.upper(), shuffle)}) {
            assertEquals(0, f.factor(v, k.signs(), 1e-13, 1e-7), "no pivot should need regularisation");
            double[] x = b.clone();
            f.solve(x);
            assertTrue(backwardError(k.upper(), v, x, b) < tol, "sparse backward error");
            // forward error ≤ κ·(backward errors); singular values ≥ 0.1 and ‖K‖∞ ≲ 10 here, so κ ≲ 1e2
            assertTrue(maxRelDiff(x, xd) < 1e2 * tol, "sparse vs dense: " + maxRelDiff(x, xd));
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void refactorsSamePatternWithNewValues(Engine engine) {
        Kkt k = KktFixtures.randomKkt(80, 50, 0.05, 0.1, 0.1, 11);
        QuasiDefiniteLdl f = engine.amd(k.upper());
        double[] b = KktFixtures.randomVector(k.dim(), 12);
        java.util.Random rnd = new java.util.Random(13);
        for (int round = 0; round < 3; round++) {
            double[] v = k.values();
            // scale values by a random positive diagonal similarity S K S: keeps quasi-definiteness and the pattern
            double[] s = new double[k.dim()];
            for (int i = 0; i < s.length; i++) s[i] = 0.5 + rnd.nextDouble();
            int[] cp = k.upper().colPtr(), ri = k.upper().rowIdx();
            for (int j = 0; j < k.dim(); j++)
                for (int p = cp[j]; p < cp[j + 1]; p++) v[p] *= s[ri[p]] * s[j];
            f.factor(v, k.signs(), 1e-13, 1e-7);
            DenseLdl dense = new DenseLdl(k.upper());
            dense.factor(v, k.signs(), 1e-13, 1e-7);
            double[] x = b.clone(), xd = b.clone();
            f.solve(x);
            dense.solve(xd);
            // scaling by s ∈ [0.5, 1.5] changes κ by at most 9×; same argument as the random test
            assertTrue(maxRelDiff(x, xd) < 1e4 * k.dim() * EPS, "round " + round + ": " + maxRelDiff(x, xd));
        }
    }

    @Test
    void sharedSymbolicGivesIdenticalResultsForBothEngines() {
        Kkt k = KktFixtures.randomKkt(40, 30, 0.1, 0.1, 0.1, 21);
        SparseLdl a = SparseLdl.analyze(k.upper());
        SparseLdl b = SparseLdl.of(a.symbolic());
        UpLookingLdl c = UpLookingLdl.of(a.symbolic());
        double[] rhs = KktFixtures.randomVector(k.dim(), 22);
        a.factor(k.values(), k.signs(), 1e-13, 1e-7);
        b.factor(k.values(), k.signs(), 1e-13, 1e-7);
        c.factor(k.values(), k.signs(), 1e-13, 1e-7);
        double[] xa = rhs.clone(), xb = rhs.clone(), xc = rhs.clone();
        a.solve(xa);
        b.solve(xb);
        c.solve(xc);
        assertArrayEquals(xa, xb, 0.0, "same analysis and values must give bitwise equal results");
        // same ordering, different summation order: κ ≲ 1e2 (singular values ≥ 0.1) times rounding
        assertTrue(maxRelDiff(xa, xc) < 1e4 * k.dim() * EPS, "supernodal vs up-looking " + maxRelDiff(xa, xc));
    }

    @Test
    void leavesOfAnArrowAreBatchedAndSolvedInParallelToTheSameBits() {
        // 12,000 diagonal x entries each tied to all of 20 dense rows (the shape of a linear bandit's reduced KKT:
        // π against the equality rows): the leaves update the dense rows as one batch, and form one run of
        // independent columns for the backward solve
        int n = 12_000, m = 20;
        java.util.Random rnd = new java.util.Random(5);
        int[] ti = new int[n + m * n + m], tj = new int[ti.length];
        double[] tv = new double[ti.length];
        int q = 0;
        for (int j = 0; j < n; j++) { ti[q] = j; tj[q] = j; tv[q++] = 1 + rnd.nextDouble(); }
        for (int j = 0; j < n; j++)
            for (int k = 0; k < m; k++) { ti[q] = j; tj[q] = n + k; tv[q++] = (rnd.nextDouble() - 0.5) / m; }
        for (int i = 0; i < m; i++) { ti[q] = n + i; tj[q] = n + i; tv[q++] = -1e-2; }
        CscMatrix upper = CscMatrix.fromTriplets(n + m, n + m, ti, tj, tv, q, false);
        int[] signs = new int[n + m];
        for (int i = 0; i < n + m; i++) signs[i] = i < n ? 1 : -1;
        SparseLdl seq = SparseLdl.analyze(upper), par = SparseLdl.of(seq.symbolic());
        par.useParallel(Parallel.of(0));
        assertTrue(seq.parallelColumns() >= SparseLdl.PARALLEL_RUN, "independent columns " + seq.parallelColumns());
        seq.factor(upper.values().clone(), signs, 1e-13, 1e-7);
        par.factor(upper.values().clone(), signs, 1e-13, 1e-7);
        double[] rhs = KktFixtures.randomVector(n + m, 6), xs = rhs.clone(), xp = rhs.clone();
        seq.solve(xs);
        par.solve(xp);
        assertArrayEquals(xs, xp, 0.0);
        double res = UpperSymmetric.residual(upper, upper.values(), xs, rhs, new double[n + m]);
        assertTrue(res < 1e-10, "residual " + res);
        // the batched rank-K update against the column-by-column one of the up-looking engine (same ordering)
        assertTrue(seq.batchedLeaves() >= SparseLdl.LEAF_BATCH, "batched leaves " + seq.batchedLeaves());
        UpLookingLdl up = UpLookingLdl.of(seq.symbolic());
        up.factor(upper.values().clone(), signs, 1e-13, 1e-7);
        double[] xu = rhs.clone();
        up.solve(xu);
        assertTrue(maxRelDiff(xs, xu) < 1e-10, "batched vs up-looking " + maxRelDiff(xs, xu));
    }

    @Test
    void largeDensePanelIsFactoredInBlocksToTheSameBitsOnAnyThreads() {
        // one dense supernode of 503 columns (a width that is not a multiple of four): its panel is updated in blocks
        // of PANEL_BLOCK columns, in row tiles spread over the helper threads from the third block on
        Kkt k = KktFixtures.randomKkt(352, 151, 1.0, 0.1, 0.1, 31);
        SparseLdl seq = SparseLdl.analyze(k.upper()), par = SparseLdl.of(seq.symbolic());
        par.useParallel(Parallel.of(0));
        assertTrue(k.dim() > 4 * SparseLdl.PANEL_BLOCK && k.dim() % 4 != 0);
        assertEquals(0, seq.factor(k.values(), k.signs(), 1e-13, 1e-7));
        assertEquals(0, par.factor(k.values(), k.signs(), 1e-13, 1e-7));
        double[] rhs = KktFixtures.randomVector(k.dim(), 32), xs = rhs.clone(), xp = rhs.clone(), xd = rhs.clone();
        seq.solve(xs);
        par.solve(xp);
        assertArrayEquals(xs, xp, 0.0, "the blocked update must not depend on the threads");
        DenseLdl dense = new DenseLdl(k.upper());
        dense.factor(k.values(), k.signs(), 1e-13, 1e-7);
        dense.solve(xd);
        double tol = 100 * k.dim() * EPS;
        assertTrue(backwardError(k.upper(), k.values(), xs, rhs) < tol, "backward error " + backwardError(k.upper(), k.values(), xs, rhs));
        assertTrue(maxRelDiff(xs, xd) < 1e2 * tol, "blocked vs dense: " + maxRelDiff(xs, xd));
        // the pivots of the blocked factorization against the column-by-column up-looking engine's (same ordering)
        UpLookingLdl up = UpLookingLdl.of(seq.symbolic());
        up.factor(k.values(), k.signs(), 1e-13, 1e-7);
        assertTrue(maxRelDiff(seq.pivots(), up.pivots()) < 1e4 * k.dim() * EPS, "pivots " + maxRelDiff(seq.pivots(), up.pivots()));
    }

    @Test
    void aFactorThatCannotBeStoredIsRefusedWithTheReason() {
        IllegalArgumentException array = assertThrows(IllegalArgumentException.class,
                () -> LdlSymbolic.requireStorable(3_000_000_000L, 8, "the supernodal factor's blocks"));
        assertTrue(array.getMessage().contains("too large for the native solver's direct factorization")
                && array.getMessage().contains("3,000,000,000"), array.getMessage());
        long beyondHeap = Runtime.getRuntime().maxMemory() / 8 + 1;
        if (beyondHeap <= LdlSymbolic.MAX_ARRAY) {
            IllegalArgumentException heap = assertThrows(IllegalArgumentException.class,
                    () -> LdlSymbolic.requireStorable(beyondHeap, 8, "the supernodal factor's blocks"));
            assertTrue(heap.getMessage().contains("more memory than the Java heap has") && heap.getMessage().contains("-Xmx"), heap.getMessage());
        }
        LdlSymbolic.requireStorable(1_000_000, 8, "a small factor"); // fits: no exception
    }

    @Test
    void dynamicRegularisationReplacesTinyAndWrongSignPivots() {
        // Block diagonal: a 2×2 positive block, an isolated tiny pivot (orig. index 2), an isolated wrong-sign
        // pivot (index 3, expected −, given +), and a regular negative pivot. Isolated pivots do not depend on
        // the elimination order, so the count and the solution are exact under every ordering.
        CscMatrix upper = new CscMatrix.TripletBuilder(5, 5)
                .add(0, 0, 4).add(0, 1, 1).add(1, 1, 3)
                .add(2, 2, 1e-20).add(3, 3, 0.5).add(4, 4, -2).build();
        int[] signs = {1, 1, 1, -1, -1};
        double thr = 1e-12, delta = 1e-6;
        double[] b = {1, 2, 3, 4, 5};
        for (QuasiDefiniteLdl f : new QuasiDefiniteLdl[] {SparseLdl.analyze(upper), SparseLdl.analyze(upper, new int[] {4, 3, 2, 1, 0}),
                UpLookingLdl.analyze(upper), UpLookingLdl.analyze(upper, new int[] {4, 3, 2, 1, 0}), new DenseLdl(upper)}) {
            assertEquals(2, f.factor(upper.values().clone(), signs, thr, delta));
            double[] x = b.clone();
            f.solve(x);
            // exact 2×2 block solve: [[4,1],[1,3]]⁻¹(1,2) = (1/11, 7/11); the others are b_i / pivot.
            // a few ulps of rounding in the 2×2 elimination, hence 1e-15 relative
            assertEquals(1.0 / 11, x[0], 1e-15);
            assertEquals(7.0 / 11, x[1], 1e-15);
            assertEquals(3 / delta, x[2], 1e-15 * 3 / delta);
            assertEquals(-4 / delta, x[3], 1e-15 * 4 / delta);
            assertEquals(-2.5, x[4], 1e-15);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void regularisesPivotThatCancelsDuringElimination(Engine engine) {
        // [[1, 1], [1, 1]]: the second pivot is 1 − 1·1 = 0, below the threshold, so it becomes +delta
        CscMatrix upper = new CscMatrix.TripletBuilder(2, 2).add(0, 0, 1).add(0, 1, 1).add(1, 1, 1).build();
        QuasiDefiniteLdl f = engine.ordered(upper, null);
        assertEquals(1, f.factor(upper.values().clone(), new int[] {1, 1}, 1e-10, 1e-4));
        assertEquals(1e-4, engine.pivots(f)[1], 0.0);
    }

    @Test
    void regularisationInsideADenseSupernodeMatchesOtherEngines() {
        // K = L·diag(1, 2, 3, 1e-20, 2, 1)·Lᵀ with L unit lower dense: one 6-column supernode whose 4th pivot
        // comes out as ~1e-20 plus rounding (|error| ≲ 1e-15), so a threshold of 1e-8 replaces it in every engine
        int n = 6;
        java.util.Random rnd = new java.util.Random(77);
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) { l[i][i] = 1; for (int j = 0; j < i; j++) l[i][j] = rnd.nextDouble() - 0.5; }
        double[] dd = {1, 2, 3, 1e-20, 2, 1};
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n, n);
        for (int j = 0; j < n; j++)
            for (int i = 0; i <= j; i++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += l[i][k] * dd[k] * l[j][k];
                tb.add(i, j, s);
            }
        CscMatrix upper = tb.build();
        assertEquals(n * (n + 1) / 2, upper.nnz());
        int[] signs = KktFixtures.allPositive(n);
        double[] b = KktFixtures.randomVector(n, 78);
        QuasiDefiniteLdl[] fs = {SparseLdl.analyze(upper, null), UpLookingLdl.analyze(upper, null), new DenseLdl(upper)};
        assertEquals(1, SparseLdl.analyze(upper, null).symbolic().supernodeCount());
        double[][] xs = new double[fs.length][];
        for (int e = 0; e < fs.length; e++) {
            assertEquals(1, fs[e].factor(upper.values().clone(), signs, 1e-8, 1e-4), "engine " + e);
            xs[e] = b.clone();
            fs[e].solve(xs[e]);
        }
        // all factor K + (1e-4 − d̂₄)·e₄e₄ᵀ-equivalent systems; ‖x‖ ~ 1/δ = 1e4 and κ ~ 1e4·‖K‖, so the engines,
        // differing only in rounding order, agree to ~κ·eps ≈ 1e-11 relative; 1e-9 leaves margin
        assertTrue(maxRelDiff(xs[0], xs[2]) < 1e-9, "supernodal vs dense " + maxRelDiff(xs[0], xs[2]));
        assertTrue(maxRelDiff(xs[1], xs[2]) < 1e-9, "up-looking vs dense " + maxRelDiff(xs[1], xs[2]));
    }

    @Test
    void widePaddedSupernodesOnGridMatchDense() {
        // a 2-D grid under AMD has wide fundamental and relaxed (zero-padded) supernodes near the root
        CscMatrix lap = KktFixtures.gridLaplacian(20);
        SparseLdl f = SparseLdl.analyze(lap);
        assertTrue(f.symbolic().supernodeCount() < 400 / 2, "expected merged supernodes, got " + f.symbolic().supernodeCount());
        DenseLdl dense = new DenseLdl(lap);
        int[] signs = KktFixtures.allPositive(400);
        f.factor(lap.values().clone(), signs, 1e-13, 1e-7);
        dense.factor(lap.values().clone(), signs, 1e-13, 1e-7);
        double[] b = KktFixtures.randomVector(400, 79), x = b.clone(), xd = b.clone();
        f.solve(x);
        dense.solve(xd);
        // Laplacian: λ ∈ (0, 8), λ_min ≈ 2π²/21² ≈ 0.045, so κ ≈ 180; 1e3·n·eps covers κ times the backward error
        assertTrue(maxRelDiff(x, xd) < 1e3 * 400 * EPS, "supernodal vs dense " + maxRelDiff(x, xd));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void missingDiagonalEntriesCountAsZero(Engine engine) {
        // [[0, 1], [1, 0]] with no stored diagonal: pivot 0 → +δ, then −1/δ
        CscMatrix upper = new CscMatrix.TripletBuilder(2, 2).add(0, 1, 1).build();
        QuasiDefiniteLdl f = engine.ordered(upper, null);
        assertEquals(1, f.factor(new double[] {1}, new int[] {1, -1}, 1e-12, 1e-8));
        double[] x = {1, 2};
        f.solve(x);
        // [[δ,1],[1,0]] x = (1,2): row 2 gives x0 = 2, row 1 gives x1 = 1 − 2δ; the elimination divides by δ and
        // multiplies back, losing about log10(1/δ) = 8 digits, so 1e-7 absolute
        assertEquals(2.0, x[0], 1e-7);
        assertEquals(1 - 2e-8, x[1], 1e-7);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void handlesOrderZeroAndOne(Engine engine) {
        QuasiDefiniteLdl empty = engine.amd(CscMatrix.zeros(0, 0));
        assertEquals(0, empty.factor(new double[0], new int[0], 1e-13, 1e-7));
        empty.solve(new double[0]);
        assertEquals(0, empty.factorNonzeros());
        QuasiDefiniteLdl one = engine.amd(CscMatrix.identity(1));
        assertEquals(0, one.factor(new double[] {-4}, new int[] {-1}, 1e-13, 1e-7));
        double[] x = {2};
        one.solve(x);
        assertEquals(-0.5, x[0], 0.0, "2 / −4 is exact in binary floating point");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void rejectsBadInput(Engine engine) {
        CscMatrix lower = new CscMatrix.TripletBuilder(2, 2).add(0, 0, 1).add(1, 0, 1).add(1, 1, 1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.amd(lower));
        assertTrue(e.getMessage().contains("upper triangular") && e.getMessage().contains("(1,0)"), e.getMessage());

        CscMatrix rect = new CscMatrix.TripletBuilder(2, 3).add(0, 0, 1).build();
        e = assertThrows(IllegalArgumentException.class, () -> engine.amd(rect));
        assertTrue(e.getMessage().contains("square") && e.getMessage().contains("2x3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DenseLdl(rect));
        assertTrue(e.getMessage().contains("square"), e.getMessage());

        CscMatrix ok = CscMatrix.identity(3);
        e = assertThrows(IllegalArgumentException.class, () -> engine.ordered(ok, new int[] {0, 0, 1}));
        assertTrue(e.getMessage().contains("not a permutation"), e.getMessage());

        QuasiDefiniteLdl f = engine.amd(ok);
        e = assertThrows(IllegalArgumentException.class, () -> f.factor(new double[2], new int[] {1, 1, 1}, 0, 1));
        assertTrue(e.getMessage().contains("value array length 2") && e.getMessage().contains("3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.factor(new double[3], new int[] {1, 1}, 0, 1));
        assertTrue(e.getMessage().contains("signs length"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.factor(new double[] {1, Double.NaN, 1}, new int[] {1, 1, 1}, 0, 1));
        assertTrue(e.getMessage().contains("non-finite") && e.getMessage().contains("position 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.factor(new double[] {1, 1, 1}, new int[] {1, 0, 1}, 0, 1));
        assertTrue(e.getMessage().contains("signs[1] = 0"), e.getMessage());
        IllegalStateException s = assertThrows(IllegalStateException.class, () -> f.solve(new double[3]));
        assertTrue(s.getMessage().contains("before"), s.getMessage());
        f.factor(new double[] {1, 1, 1}, new int[] {1, 1, 1}, 0, 1);
        e = assertThrows(IllegalArgumentException.class, () -> f.solve(new double[4]));
        assertTrue(e.getMessage().contains("right-hand side length 4"), e.getMessage());

        DenseLdl d = new DenseLdl(ok);
        e = assertThrows(IllegalArgumentException.class, () -> d.factor(new double[4], new int[] {1, 1, 1}, 0, 1));
        assertTrue(e.getMessage().contains("value array length 4"), e.getMessage());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void zeroPivotWithoutRegularisationNamesTheIndex(Engine engine) {
        CscMatrix upper = new CscMatrix.TripletBuilder(2, 2).add(0, 1, 1).add(1, 1, 1).build();
        QuasiDefiniteLdl f = engine.ordered(upper, null);
        // threshold −∞ disables the replacement, so the exact zero pivot of original index 0 must be reported
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> f.factor(new double[] {1, 1}, new int[] {1, 1}, Double.NEGATIVE_INFINITY, 1));
        assertTrue(e.getMessage().contains("original index 0"), e.getMessage());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void factorNonzerosOfArrowMatchesStructure(Engine engine) {
        // arrow with hub last: L has exactly one entry per non-hub column; hub first: L is full
        int n = 50;
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n, n);
        for (int i = 0; i < n; i++) { tb.add(i, i, 10); if (i < n - 1) tb.add(i, n - 1, 1); }
        CscMatrix upper = tb.build();
        assertEquals(n - 1, engine.ordered(upper, null).factorNonzeros());
        int[] hubFirst = new int[n];
        hubFirst[0] = n - 1;
        for (int i = 1; i < n; i++) hubFirst[i] = i - 1;
        assertEquals((long) n * (n - 1) / 2, engine.ordered(upper, hubFirst).factorNonzeros());
        // the factorization itself is exact on the arrow: hub last, K = diag(10) + hub couplings
        QuasiDefiniteLdl f = engine.amd(upper);
        assertEquals(0, f.factor(upper.values().clone(), KktFixtures.allPositive(n), 1e-13, 1e-7));
    }
}
