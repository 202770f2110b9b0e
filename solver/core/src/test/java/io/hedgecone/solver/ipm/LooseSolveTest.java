package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.cone.ScalingStrategy;
import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.linalg.CscMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** {@link KktSolver#solve(double[], double[], double[], double[], double)}: the loosened solves an LP's iterations use. */
class LooseSolveTest {
    private static final int N = 40, M = 80;

    /**
     * The KKT system of a random LP (four entries per column of A) at an end-game iterate: the nonnegative cone's
     * s and z spread over 1e-4..1e4, so that H spans 1e-8..1e8 and the static regularisation leaves the
     * unrefined solve short of the strict tolerance.
     */
    private static KktSolver endGameLp(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] ti = new int[4 * N], tj = new int[4 * N];
        double[] tv = new double[4 * N];
        for (int j = 0, k = 0; j < N; j++)
            for (int e = 0; e < 4; e++, k++) {
                ti[k] = rnd.nextInt(M);
                tj[k] = j;
                tv[k] = rnd.nextDouble(-1, 1);
            }
        CscMatrix a = CscMatrix.fromTriplets(M, N, ti, tj, tv, tv.length, false);
        Cone cone = Cone.of(new ConeSpec.Nonneg(M), 0);
        double[] s = new double[M], z = new double[M];
        for (int i = 0; i < M; i++) {
            s[i] = Math.pow(10, rnd.nextDouble(-4, 4));
            z[i] = Math.pow(10, rnd.nextDouble(-4, 4));
        }
        assertTrue(cone.updateScaling(s, z, 1.0, ScalingStrategy.DUAL));
        KktSolver kkt = new KktSolver(N, M, CscMatrix.zeros(N, N), a, List.of(cone), Settings.defaults());
        assertTrue(kkt.update());
        return kkt;
    }

    @Test void aLooseSolveSkipsRefinementButTrustIsJudgedOnTheStrictTolerance() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] bx = rnd.doubles(N, -1, 1).toArray(), bz = rnd.doubles(M, -1, 1).toArray();
        KktSolver strict = endGameLp(3), loose = endGameLp(3);
        double[] xs = new double[N], zs = new double[M], xl = new double[N], zl = new double[M];

        assertTrue(strict.solve(bx, bz, xs, zs));
        assertTrue(strict.lastRefinementSteps() > 0, "the unrefined solve must miss the strict tolerance here");

        assertTrue(loose.solve(bx, bz, xl, zl, 1e12));
        assertEquals(0, loose.lastRefinementSteps());
        assertTrue(relDiff(xs, zs, xl, zl) > 1e-8, "the unrefined solve should differ: " + relDiff(xs, zs, xl, zl));
        // the first solve on the factorization was loose, yet it missed the strict tolerance: not trusted, so the
        // iteration's later strict solves are still refined
        assertFalse(loose.trustsFactorization());
        double[] x2 = new double[N], z2 = new double[M];
        assertTrue(loose.solve(bx, bz, x2, z2));
        assertTrue(loose.lastRefinementSteps() > 0);
        assertTrue(relDiff(xs, zs, x2, z2) < 1e-10, "strict solve after a loose one " + relDiff(xs, zs, x2, z2));
    }

    @Test void loosenessBelowOneIsRefused() {
        KktSolver kkt = endGameLp(4);
        double[] x = new double[N], z = new double[M];
        var e = assertThrows(IllegalArgumentException.class, () -> kkt.solve(new double[N], new double[M], x, z, 0.5));
        assertTrue(e.getMessage().contains("0.5"), e.getMessage());
    }

    private static double relDiff(double[] x1, double[] z1, double[] x2, double[] z2) {
        double scale = 1, diff = 0;
        for (int i = 0; i < x1.length; i++) { scale = Math.max(scale, Math.abs(x1[i])); diff = Math.max(diff, Math.abs(x1[i] - x2[i])); }
        for (int i = 0; i < z1.length; i++) { scale = Math.max(scale, Math.abs(z1[i])); diff = Math.max(diff, Math.abs(z1[i] - z2[i])); }
        return diff / scale;
    }
}
