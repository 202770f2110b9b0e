package io.hedgecone.solver.cone;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Nesterov–Todd scaling of the second-order cone and its sparse KKT representation. The identities checked
 * (H z = s, λᵀλ = sᵀz, D + uuᵀ − vvᵀ = H/η²) are exact in exact arithmetic; with entries of order 1–10 and at
 * most ~20 terms per dot product, rounding stays below 1e-12 relative, so 1e-10 leaves margin.
 */
class SocConeTest {
    static final double TOL = 1e-10;

    static double[] interior(Random rnd, int dim, double margin) {
        double[] v = new double[dim];
        double nn = 0;
        for (int i = 1; i < dim; i++) { v[i] = rnd.nextGaussian(); nn += v[i] * v[i]; }
        v[0] = Math.sqrt(nn) + margin;
        return v;
    }

    @Test void ntScalingMapsZToS() {
        Random rnd = new Random(1);
        for (int dim : new int[]{1, 2, 3, 4, 7, 30}) {
            SocCone c = new SocCone(0, dim);
            for (int t = 0; t < 20; t++) {
                double[] s = interior(rnd, dim, 0.01 + rnd.nextDouble()), z = interior(rnd, dim, 0.01 + rnd.nextDouble());
                assertTrue(c.updateScaling(s, z, 1, ScalingStrategy.DUAL));
                double[] hz = new double[dim];
                c.mulH(hz, z);
                for (int i = 0; i < dim; i++) assertEquals(s[i], hz[i], TOL * Math.max(1, Math.abs(s[i])), "H z = s (dim " + dim + ")");
            }
        }
    }

    @Test void sparseRepresentationReproducesScalingAndIsQuasiDefinite() {
        Random rnd = new Random(2);
        int dim = 12;
        SocCone c = new SocCone(0, dim);
        c.useLiftedKkt(false);
        assertEquals(Cone.KktShape.SPARSE_SOC, c.kktShape());
        for (int t = 0; t < 30; t++) {
            // include strongly off-centre pairs (w̄ far from e) and nearly central ones (w̄ ≈ e)
            double[] s = interior(rnd, dim, t % 3 == 0 ? 1e-6 : 1.0), z = interior(rnd, dim, t % 3 == 1 ? 1e-6 : 1.0);
            if (t == 0) { s = new double[dim]; z = new double[dim]; s[0] = 2; z[0] = 3; }
            assertTrue(c.updateScaling(s, z, 1, ScalingStrategy.DUAL));
            int[] map = new int[c.kktMapLength()];
            for (int i = 0; i < map.length; i++) map[i] = i;
            double[] vals = new double[map.length];
            c.writeKkt(vals, map);
            // −η²D on the diagonal, ηv and ηu columns, −1 / +1 extra diagonals
            assertEquals(-1.0, vals[3 * dim]);
            assertEquals(1.0, vals[3 * dim + 1]);
            double[][] h = new double[dim][dim];
            for (int i = 0; i < dim; i++) {
                h[i][i] -= vals[i];
                for (int j = 0; j < dim; j++) h[i][j] += vals[2 * dim + i] * vals[2 * dim + j] - vals[dim + i] * vals[dim + j];
            }
            // compare with H e_j from mulH
            double scale = 0;
            for (double[] row : h) for (double x : row) scale = Math.max(scale, Math.abs(x));
            for (int j = 0; j < dim; j++) {
                double[] e = new double[dim], col = new double[dim];
                e[j] = 1;
                c.mulH(col, e);
                for (int i = 0; i < dim; i++) assertEquals(col[i], h[i][j], TOL * scale, "sparse form of H");
            }
            // quasi-definiteness of the negative block [−η²D ηv; ηvᵀ −1]: D − vvᵀ/η²·η² ≻ 0, i.e. a Cholesky of
            // D·η² − (ηv)(ηv)ᵀ succeeds
            double[][] nb = new double[dim][dim];
            for (int i = 0; i < dim; i++) for (int j = 0; j < dim; j++) nb[i][j] = (i == j ? -vals[i] : 0) - vals[dim + i] * vals[dim + j];
            assertTrue(cholesky(nb), "D − vvᵀ ≻ 0 keeps the KKT matrix quasi-definite");
        }
    }

    @Test void stepLengthStopsExactlyAtTheBoundary() {
        Random rnd = new Random(4);
        SocCone c = new SocCone(0, 5);
        for (int t = 0; t < 50; t++) {
            double[] s = interior(rnd, 5, 0.5), z = interior(rnd, 5, 0.5);
            double[] ds = new double[5], dz = new double[5];
            for (int i = 0; i < 5; i++) { ds[i] = 3 * rnd.nextGaussian(); dz[i] = 3 * rnd.nextGaussian(); }
            double a = c.stepLength(dz, ds, z, s, 1e6, 0.8, 1e-10);
            assertTrue(a >= 0);
            double ms = margin(s, ds, a), mz = margin(z, dz, a);
            assertTrue(ms >= -1e-9 && mz >= -1e-9, "stays in the cone");
            if (a < 1e6) assertTrue(Math.min(ms, mz) <= 1e-8 * (1 + a), "hits the boundary when the step is limited");
        }
    }

    @Test void combinedOffsetReducesToAffineWithoutCorrection() {
        Random rnd = new Random(6);
        SocCone c = new SocCone(0, 6);
        double[] s = interior(rnd, 6, 0.3), z = interior(rnd, 6, 0.4);
        assertTrue(c.updateScaling(s, z, 1, ScalingStrategy.DUAL));
        double[] r = new double[6], zero = new double[6];
        c.combinedDs(r, s, z, zero, zero, 0.0, 1.0);
        for (int i = 0; i < 6; i++) assertEquals(s[i], r[i], TOL * 10, "σμ = 0 and no correction give r = s");
    }

    static double margin(double[] v, double[] d, double a) {
        double nn = 0;
        for (int i = 1; i < v.length; i++) nn += (v[i] + a * d[i]) * (v[i] + a * d[i]);
        return v[0] + a * d[0] - Math.sqrt(nn);
    }

    static boolean cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) d -= l[j][k] * l[j][k];
            if (!(d > 0)) return false;
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double x = a[i][j];
                for (int k = 0; k < j; k++) x -= l[i][k] * l[j][k];
                l[i][j] = x / l[j][j];
            }
        }
        return true;
    }
}
