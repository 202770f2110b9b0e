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

    /**
     * The pattern of a KKT system with lifted cones: {@code hubs} shared variables, then per cone {@code dim} rows
     * (row i touching hub i mod hubs), two θ rows touching all of the cone's rows and two λ rows touching every
     * hub and the θ rows. {@code groupOf} receives each cone's index on its rows.
     */
    private static CscMatrix liftedConePattern(int hubs, int cones, int dim, int[] groupOf) {
        int per = dim + 4, n = hubs + cones * per;
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n, n);
        for (int i = 0; i < n; i++) tb.add(i, i, 1);
        java.util.Arrays.fill(groupOf, 0, hubs, -1);
        for (int c = 0; c < cones; c++) {
            int o = hubs + c * per, th = o + dim, la = th + 2;
            for (int i = 0; i < per; i++) groupOf[o + i] = c;
            for (int i = 0; i < dim; i++) {
                tb.add(i % hubs, o + i, 1);
                tb.add(o + i, th, 1);
                tb.add(o + i, th + 1, 1);
            }
            for (int l = la; l < la + 2; l++) {
                for (int h = 0; h < hubs; h++) tb.add(h, l, 1);
                tb.add(th, l, 1);
                tb.add(th + 1, l, 1);
            }
        }
        return tb.build();
    }

    @Test
    void groupsAreEliminatedTogetherWithoutExtraFill() {
        // 40 hubs, 30 cones of 41 rows: counted as single nodes, the cones would look cheaper to keep than the hubs
        // (degree 40 against 30) and minimum degree would eliminate the hubs first, joining all cones in one
        // clique; weighted by their sizes they are eliminated first, as AMD on the full pattern does
        int hubs = 40, cones = 30, dim = 41, n = hubs + cones * (dim + 4);
        int[] groupOf = new int[n];
        CscMatrix p = liftedConePattern(hubs, cones, dim, groupOf);
        Amd.Ordering grouped = Amd.order(p, groupOf);
        assertValid(grouped, n);
        int[] perm = grouped.perm();
        for (int k = 0; k < n; k++) {
            int g = groupOf[perm[k]];
            if (g < 0 || (k > 0 && groupOf[perm[k - 1]] == g)) continue;
            for (int t = 1; t < dim + 4; t++) // the whole group follows, in increasing index order
                assertEquals(perm[k] + t, perm[k + t], "group " + g + " split at position " + (k + t));
        }
        long withGroups = fill(p, perm), plain = fill(p, Amd.order(p).perm());
        assertTrue(withGroups <= plain, "grouped nnz(L) " + withGroups + " vs plain AMD " + plain);
    }

    @Test
    void denseOrAbsentGroupsLeaveTheOrderingUnchanged() {
        int n = 1000;
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n, n);
        for (int i = 0; i < n; i++) {
            tb.add(i, i, 1);
            if (i > 0) tb.add(i - 1, i, 1);
            if (i > 2 && i % 2 == 0) tb.add(0, i, 1); // index 0 touches about 500 others: a dense row
        }
        CscMatrix p = tb.build();
        int[] none = new int[n];
        java.util.Arrays.fill(none, -1);
        assertArrayEquals(Amd.order(p).perm(), Amd.order(p, none).perm());
        int[] denseGroup = none.clone();
        denseGroup[0] = denseGroup[1] = denseGroup[2] = 0;
        assertArrayEquals(Amd.order(p).perm(), Amd.order(p, denseGroup).perm(), "a dense group is left ungrouped");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amd.order(p, new int[3]));
        assertTrue(e.getMessage().contains("groupOf length 3"), e.getMessage());
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
