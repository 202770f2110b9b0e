package io.hedgecone.solver.cone;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Barrier calculus of the exponential and power cones, checked against identities and finite differences.
 * Tolerances: identities that hold exactly in exact arithmetic (log-homogeneity, conjugacy, secant equations) are
 * checked to 1e-8 relative (a few hundred ulps of the O(1)–O(100) quantities involved, leaving room for the
 * Newton/Wright-ω solves, which converge to ~1e-15); central differences with step h = 1e-6 have truncation error
 * O(h²) ≈ 1e-12 but cancellation error O(ε/h) ≈ 1e-10 relative to the differentiated quantity, hence 1e-6.
 */
class NonsymmetricConeTest {
    static final double EXACT = 1e-8;
    static final double FD = 1e-6;

    static NonsymmetricCone[] cones() {
        return new NonsymmetricCone[]{new ExpCone(0), new PowCone(0, 0.3), new PowCone(0, 0.5), new PowCone(0, 0.85)};
    }

    /** A random point of the primal (dual = false) or dual cone interior. */
    static double[] interior(NonsymmetricCone c, Random rnd, boolean dual) {
        double[] v = new double[3];
        do {
            for (int i = 0; i < 3; i++) v[i] = 3 * rnd.nextGaussian();
            if (c instanceof PowCone) { v[0] = Math.abs(v[0]) + 0.1; v[1] = Math.abs(v[1]) + 0.1; v[2] *= 0.3; }
            if (c instanceof ExpCone && !dual) { v[1] = Math.abs(v[1]) + 0.1; v[2] = v[1] * Math.exp(v[0] / v[1]) * (1 + rnd.nextDouble()) + 0.01; }
            if (c instanceof ExpCone && dual) { v[0] = -Math.abs(v[0]) - 0.1; v[2] = Math.abs(v[2]) + 0.1; }
        } while (dual ? !c.isDualInterior(v, 0) : !c.isPrimalInterior(v, 0));
        return v;
    }

    static void assertClose(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.max(1, Math.abs(expected)), what);
    }

    @Test void unitPointIsCentral() {
        for (NonsymmetricCone c : cones()) {
            double[] s = new double[3], z = new double[3], g = new double[3], h = new double[9];
            c.unitInitialization(s, z);
            assertTrue(c.isPrimalInterior(s, 0) && c.isDualInterior(z, 0), c + " unit point interior");
            c.dualGradientHessian(z, 0, g, h);
            // the central point with μ = 1 satisfies s = −∇f*(z); the published exponential-cone constants solve
            // this to about 5e-9, the power-cone point is exact: tolerance 1e-8
            for (int i = 0; i < 3; i++) assertEquals(-g[i], s[i], 1e-8, c + " s = −∇f*(z) at the unit point");
        }
    }

    @Test void logarithmicHomogeneityAndConjugacy() {
        Random rnd = new Random(7);
        for (NonsymmetricCone c : cones()) {
            for (int t = 0; t < 50; t++) {
                double[] z = interior(c, rnd, true), s = interior(c, rnd, false);
                double[] g = new double[3], h = new double[9];
                c.dualGradientHessian(z, 0, g, h);
                assertClose(-3, g[0] * z[0] + g[1] * z[1] + g[2] * z[2], EXACT, c + " ⟨∇f*(z), z⟩ = −3");
                // ∇²f*(z) z = −∇f*(z)
                for (int i = 0; i < 3; i++)
                    assertClose(-g[i], h[3 * i] * z[0] + h[3 * i + 1] * z[1] + h[3 * i + 2] * z[2], EXACT, c + " H z = −g");
                double[] gp = new double[3];
                c.primalGradient(s, 0, gp);
                assertClose(-3, gp[0] * s[0] + gp[1] * s[1] + gp[2] * s[2], EXACT, c + " ⟨∇f(s), s⟩ = −3");
                // conjugacy: ∇f*(−∇f(s)) = −s
                double[] zt = {-gp[0], -gp[1], -gp[2]};
                assertTrue(c.isDualInterior(zt, 0), c + " −∇f(s) in int K*");
                c.dualGradientHessian(zt, 0, g, h);
                for (int i = 0; i < 3; i++) assertClose(-s[i], g[i], EXACT, c + " ∇f*(−∇f(s)) = −s");
            }
        }
    }

    @Test void hessianAndThirdDerivativeMatchFiniteDifferences() {
        Random rnd = new Random(11);
        double h = 1e-6;
        for (NonsymmetricCone c : cones()) {
            for (int t = 0; t < 20; t++) {
                double[] z = interior(c, rnd, true);
                double[] g0 = new double[3], h0 = new double[9], gp = new double[3], hp = new double[9], gm = new double[3], hm = new double[9];
                c.dualGradientHessian(z, 0, g0, h0);
                double[] u = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
                double[] v = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
                double[] zp = new double[3], zm = new double[3];
                for (int i = 0; i < 3; i++) { zp[i] = z[i] + h * u[i]; zm[i] = z[i] - h * u[i]; }
                c.dualGradientHessian(zp, 0, gp, hp);
                c.dualGradientHessian(zm, 0, gm, hm);
                double scaleH = 0;
                for (double x : h0) scaleH = Math.max(scaleH, Math.abs(x));
                for (int i = 0; i < 3; i++) {
                    double fdHu = (gp[i] - gm[i]) / (2 * h);
                    double hu = h0[3 * i] * u[0] + h0[3 * i + 1] * u[1] + h0[3 * i + 2] * u[2];
                    assertEquals(fdHu, hu, FD * scaleH * 10, c + " Hessian vs finite differences");
                }
                double[] third = new double[3];
                c.dualThirdOrder(z, 0, u, v, third);
                double scaleT = 0;
                double[] fd = new double[3];
                for (int i = 0; i < 3; i++) {
                    double hpv = hp[3 * i] * v[0] + hp[3 * i + 1] * v[1] + hp[3 * i + 2] * v[2];
                    double hmv = hm[3 * i] * v[0] + hm[3 * i + 1] * v[1] + hm[3 * i + 2] * v[2];
                    fd[i] = (hpv - hmv) / (2 * h);
                    scaleT = Math.max(scaleT, Math.abs(fd[i]));
                }
                for (int i = 0; i < 3; i++)
                    assertEquals(fd[i], third[i], FD * Math.max(1, scaleT) * 10, c + " third derivative vs finite differences");
            }
        }
    }

    @Test void primalDualScalingSatisfiesBothSecantEquations() {
        Random rnd = new Random(3);
        for (NonsymmetricCone c : cones()) {
            int used = 0;
            for (int t = 0; t < 50; t++) {
                double[] s = interior(c, rnd, false), z = interior(c, rnd, true);
                double mu = (s[0] * z[0] + s[1] * z[1] + s[2] * z[2]) / 3;
                assertTrue(c.updateScaling(s, z, mu, ScalingStrategy.PRIMAL_DUAL));
                double[] hs = c.scalingMatrix();
                // H z = s always holds (also for the dual fallback when on the central path it equals μ∇²f*(z)z = −μ∇f*(z))
                double[] gp = new double[3], g = new double[3], hd = new double[9];
                c.primalGradient(s, 0, gp);
                c.dualGradientHessian(z, 0, g, hd);
                double[] hz = mul(hs, z), hzt = mul(hs, new double[]{-gp[0], -gp[1], -gp[2]});
                boolean primalDual = true;
                for (int i = 0; i < 3; i++) primalDual &= Math.abs(hz[i] - s[i]) <= EXACT * Math.max(1, Math.abs(s[i])) * 100;
                if (!primalDual) continue; // the dual fallback was used (ill-posed rank-3 update)
                used++;
                for (int i = 0; i < 3; i++) assertClose(-g[i], hzt[i], 1e-6, c + " H z̃ = s̃");
                assertEquals(hs[1], hs[3], 1e-12 * Math.abs(hs[0]) + 1e-300);
                assertTrue(isPositiveDefinite(hs), c + " H positive definite");
            }
            assertTrue(used > 25, c + ": the primal-dual scaling should be well posed at most random points, used " + used);
        }
    }

    @Test void stepLengthKeepsBothIteratesInterior() {
        Random rnd = new Random(5);
        for (NonsymmetricCone c : cones()) {
            for (int t = 0; t < 50; t++) {
                double[] s = interior(c, rnd, false), z = interior(c, rnd, true);
                double[] ds = {5 * rnd.nextGaussian(), 5 * rnd.nextGaussian(), 5 * rnd.nextGaussian()};
                double[] dz = {5 * rnd.nextGaussian(), 5 * rnd.nextGaussian(), 5 * rnd.nextGaussian()};
                double a = c.stepLength(dz, ds, z, s, 1.0, 0.8, 1e-10);
                assertTrue(a >= 0 && a <= 1);
                double[] sn = new double[3], zn = new double[3];
                for (int i = 0; i < 3; i++) { sn[i] = s[i] + a * ds[i]; zn[i] = z[i] + a * dz[i]; }
                if (a > 0) assertTrue(c.isPrimalInterior(sn, 0) && c.isDualInterior(zn, 0), c + " step stays interior");
            }
        }
    }

    @Test void wrightOmegaSolvesItsEquation() {
        for (double x : new double[]{1, 1 + 1e-9, 1.5, 3, 10, 1e3, 1e6, 1e12}) {
            double w = ExpCone.wrightOmega(x);
            assertEquals(x, w + Math.log(w), 1e-14 * x, "ω + log ω = x at x = " + x);
        }
    }

    static double[] mul(double[] m, double[] x) {
        return new double[]{m[0] * x[0] + m[1] * x[1] + m[2] * x[2], m[3] * x[0] + m[4] * x[1] + m[5] * x[2], m[6] * x[0] + m[7] * x[1] + m[8] * x[2]};
    }

    static boolean isPositiveDefinite(double[] h) {
        double a = h[0], d1 = h[0] * h[4] - h[1] * h[3];
        double det = h[0] * (h[4] * h[8] - h[5] * h[7]) - h[1] * (h[3] * h[8] - h[5] * h[6]) + h[2] * (h[3] * h[7] - h[4] * h[6]);
        return a > 0 && d1 > 0 && det > 0;
    }
}
