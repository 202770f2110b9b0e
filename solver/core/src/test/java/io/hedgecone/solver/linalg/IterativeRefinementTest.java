package io.hedgecone.solver.linalg;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IterativeRefinementTest {

    /** LP-like KKT [[P, Aᵀ], [A, 0]] with P diagonal in [0.5, 1.5] and A 20×60 random: nonsingular, zero (2,2) block. */
    private static CscMatrix lpKkt(int n, int m, long seed) {
        Random rnd = new Random(seed);
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n + m, n + m);
        for (int i = 0; i < n; i++) tb.add(i, i, 0.5 + rnd.nextDouble());
        for (int r = 0; r < m; r++) {
            tb.add(r % n, n + r, 1.0); // keeps A full row rank
            for (int t = 0; t < 4; t++) tb.add(rnd.nextInt(n), n + r, 2 * rnd.nextDouble() - 1);
        }
        return tb.build();
    }

    @Test
    void refinementRemovesRegularisationError() {
        int n = 60, m = 20;
        CscMatrix k = lpKkt(n, m, 7);
        // the regularised pattern must contain the (2,2) diagonal: add explicit entries δ and −δ
        double delta = 1e-6;
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n + m, n + m);
        int[] cp = k.colPtr(), ri = k.rowIdx();
        for (int j = 0; j < n + m; j++) for (int p = cp[j]; p < cp[j + 1]; p++) tb.add(ri[p], j, k.values()[p]);
        int[] signs = new int[n + m];
        for (int i = 0; i < n + m; i++) { signs[i] = i < n ? 1 : -1; tb.add(i, i, signs[i] * delta); }
        CscMatrix kReg = tb.build();
        SparseLdl f = SparseLdl.analyze(kReg);
        f.factor(kReg.values().clone(), signs, 1e-13, 1e-7);

        double[] b = KktFixtures.randomVector(n + m, 8);
        double[] x = b.clone();
        f.solve(x);
        double[] r = new double[n + m], trial = new double[n + m];
        double before = UpperSymmetric.residual(k, k.values(), x, b, r);
        double after = IterativeRefinement.refine(k, k.values(), f, b, x, 10, 1e-13, 1e-13, r, trial);
        // the regularised solve is off by about δ·‖x‖ ≈ 1e-6; each step contracts by ≈ δ·‖K⁻¹‖ ≪ 1, so 10 steps
        // reach the tolerance 1e-13·(1 + ‖b‖∞), a few hundred ulps of the O(1) data
        assertTrue(before > 1e-8, "regularisation should leave a visible residual, got " + before);
        assertTrue(after <= 1e-13 * (1 + UpperSymmetric.infNorm(b, n + m)), "after refinement: " + after);
        assertEquals(after, UpperSymmetric.residual(k, k.values(), x, b, new double[n + m]), 0.0, "returned norm is that of x");
    }

    @Test
    void stopsWithoutChangingXWhenNoStepCanHelp() {
        // F is the exact factorization: x = F⁻¹b already has a rounding-level residual, and tolerance 0 cannot
        // be met, so the loop must stop on lack of progress and never return a worse x
        KktFixtures.Kkt kkt = KktFixtures.randomKkt(30, 20, 0.1, 0.1, 0.1, 9);
        double[] v = kkt.values();
        SparseLdl f = SparseLdl.analyze(kkt.upper());
        f.factor(v, kkt.signs(), 1e-13, 1e-7);
        double[] b = KktFixtures.randomVector(kkt.dim(), 10);
        double[] x = b.clone();
        f.solve(x);
        double before = UpperSymmetric.residual(kkt.upper(), v, x, b, new double[kkt.dim()]);
        double after = IterativeRefinement.refine(kkt.upper(), v, f, b, x, 50, 0, 0);
        assertTrue(after <= before, after + " > " + before);
    }

    @Test
    void rejectsMismatchedDimensions() {
        CscMatrix k = CscMatrix.identity(3);
        SparseLdl f = SparseLdl.analyze(k);
        f.factor(new double[] {1, 1, 1}, new int[] {1, 1, 1}, 0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IterativeRefinement.refine(k, k.values(), f, new double[4], new double[3], 1, 0, 0));
        assertTrue(e.getMessage().contains("b 4"), e.getMessage());
    }
}
