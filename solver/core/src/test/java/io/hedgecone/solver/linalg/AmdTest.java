package io.hedgecone.solver.linalg;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmdTest {

    private static long fill(CscMatrix upper, int[] perm) {
        long viaCount = LdlSymbolic.countFactorNonzeros(upper, perm);
        assertEquals(viaCount, LdlSymbolic.analyze(upper, perm).factorNonzeros(), "count and full analysis disagree");
        return viaCount;
    }

    private static void assertValid(Amd.Ordering o, int n) {
        assertEquals(n, o.perm().length);
        int[] inv = Permutation.inverse(o.perm(), n); // throws unless a permutation
        assertArrayEquals(inv, o.inverse());
    }

    @Test
    void reducesFillOnGridLaplacian() {
        for (int k : new int[] {10, 40, 100}) {
            CscMatrix lap = KktFixtures.gridLaplacian(k);
            Amd.Ordering o = Amd.order(lap);
            assertValid(o, k * k);
            long natural = fill(lap, null), amd = fill(lap, o.perm());
            System.out.printf("grid %dx%d: nnz(L) natural %d, AMD %d (%.2fx less)%n", k, k, natural, amd, (double) natural / amd);
            assertTrue(amd < natural, "AMD fill " + amd + " not below natural " + natural);
            // natural order fills the whole band (≈ n·k); minimum degree orderings give O(n log n) on grids, well
            // under half the band from k = 40 on
            if (k >= 40) assertTrue(2 * amd < natural, "AMD fill " + amd + " vs natural " + natural);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 17, 300, 2000})
    void treesAreOrderedWithoutFill(int n) {
        // minimum degree eliminates leaves first on a tree, and AMD's degree bound is exact when every element
        // has one remaining variable, so L has exactly the n−1 edges of the tree
        Random rnd = new Random(n);
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n, n);
        for (int i = 0; i < n; i++) {
            tb.add(i, i, 1);
            if (i > 0) tb.add(rnd.nextInt(i), i, 1);
        }
        CscMatrix upper = tb.build();
        int[] shuffle = KktFixtures.randomPermutation(n, 5);
        Amd.Ordering o = Amd.order(permuteUpper(upper, shuffle));
        assertValid(o, n);
        assertEquals(n - 1, fill(permuteUpper(upper, shuffle), o.perm()));
    }

    @Test
    void denseRowGoesLast() {
        int n = 1000, hub = 123;
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n, n);
        for (int i = 0; i < n; i++) {
            tb.add(i, i, 1);
            if (i != hub) tb.add(Math.min(i, hub), Math.max(i, hub), 1);
        }
        CscMatrix upper = tb.build();
        Amd.Ordering o = Amd.order(upper);
        assertValid(o, n);
        assertEquals(hub, o.perm()[n - 1]);
        assertEquals(n - 1, fill(upper, o.perm()));
        // without dense-row removal the hub still ends last: its degree stays highest until the end
        assertEquals(n - 1, fill(upper, Amd.order(upper, -1).perm()));
    }

    @Test
    void fullAndUpperPatternsGiveTheSameOrdering() {
        KktFixtures.Kkt k = KktFixtures.randomKkt(200, 120, 0.02, 0.1, 0.1, 41);
        CscMatrix upper = k.upper();
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(k.dim(), k.dim());
        int[] cp = upper.colPtr(), ri = upper.rowIdx();
        for (int j = 0; j < k.dim(); j++)
            for (int p = cp[j]; p < cp[j + 1]; p++) { tb.add(ri[p], j, 1); if (ri[p] != j) tb.add(j, ri[p], 1); }
        Amd.Ordering fromUpper = Amd.order(upper), fromFull = Amd.order(tb.build());
        assertArrayEquals(fromUpper.perm(), fromFull.perm());
        assertArrayEquals(fromUpper.perm(), Amd.order(upper).perm(), "deterministic");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void beatsRandomOrderingOnRandomKkt(long seed) {
        KktFixtures.Kkt k = KktFixtures.randomKkt(400, 300, 0.005, 0.1, 0.1, seed);
        Amd.Ordering o = Amd.order(k.upper());
        assertValid(o, k.dim());
        long amd = fill(k.upper(), o.perm()), random = fill(k.upper(), KktFixtures.randomPermutation(k.dim(), seed));
        assertTrue(amd < random, "AMD " + amd + " vs random " + random);
    }

    @Test
    void handlesEmptyAndDiagonalPatterns() {
        assertValid(Amd.order(CscMatrix.zeros(0, 0)), 0);
        assertValid(Amd.order(CscMatrix.identity(5)), 5);
        assertEquals(0, fill(CscMatrix.identity(5), Amd.order(CscMatrix.identity(5)).perm()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amd.order(CscMatrix.zeros(2, 3)));
        assertTrue(e.getMessage().contains("square"), e.getMessage());
    }

    /** Upper triangle of Q K Qᵀ for the symmetric K given by its upper triangle (new index of old i is q[i]). */
    static CscMatrix permuteUpper(CscMatrix upper, int[] q) {
        int n = upper.cols();
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n, n);
        int[] cp = upper.colPtr(), ri = upper.rowIdx();
        for (int j = 0; j < n; j++)
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int a = q[ri[p]], b = q[j];
                tb.add(Math.min(a, b), Math.max(a, b), upper.values()[p]);
            }
        return tb.build();
    }
}
