package io.hedgecone.solver.ipm;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Independent checks of optimality conditions and infeasibility certificates, computed from the problem data only. */
final class Certificates {
    private Certificates() { }

    /** Distance-like violation of v ∈ K (primal = true) or v ∈ K* (primal = false); 0 when inside. */
    static double coneViolation(ConicProblem p, double[] v, boolean primal) {
        double worst = 0;
        int off = 0;
        for (ConeSpec c : p.cones()) {
            int d = c.dim();
            if (c instanceof ConeSpec.Zero) {
                if (primal) for (int i = 0; i < d; i++) worst = Math.max(worst, Math.abs(v[off + i]));
            } else if (c instanceof ConeSpec.Nonneg) {
                for (int i = 0; i < d; i++) worst = Math.max(worst, -v[off + i]);
            } else if (c instanceof ConeSpec.Soc) {
                double ss = 0;
                for (int i = 1; i < d; i++) ss += v[off + i] * v[off + i];
                worst = Math.max(worst, Math.sqrt(ss) - v[off]);
            } else if (c instanceof ConeSpec.Exp) {
                double x = v[off], y = v[off + 1], z = v[off + 2];
                if (primal) {
                    // y exp(x/y) <= z, y >= 0, z >= 0 (closure: y = 0, x <= 0, z >= 0)
                    worst = Math.max(worst, Math.max(-y, -z));
                    if (y > 0) worst = Math.max(worst, y * Math.exp(x / y) - z);
                    else worst = Math.max(worst, x);
                } else {
                    // u < 0: -u exp(v/u) <= e w ; u = 0: v >= 0, w >= 0
                    worst = Math.max(worst, Math.max(x, -z));
                    if (x < 0) worst = Math.max(worst, -x * Math.exp(y / x) - Math.E * z);
                    else worst = Math.max(worst, -y);
                }
            } else if (c instanceof ConeSpec.Pow pw) {
                double a = pw.alpha();
                double x = v[off], y = v[off + 1], z = v[off + 2];
                worst = Math.max(worst, Math.max(-x, -y));
                double lhs = primal ? Math.pow(Math.max(x, 0), a) * Math.pow(Math.max(y, 0), 1 - a)
                        : Math.pow(Math.max(x, 0) / a, a) * Math.pow(Math.max(y, 0) / (1 - a), 1 - a);
                worst = Math.max(worst, Math.abs(z) - lhs);
            }
            off += d;
        }
        return worst;
    }

    static double infNorm(double[] v) {
        double s = 0;
        for (double x : v) s = Math.max(s, Math.abs(x));
        return s;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** ‖Px + q + Aᵀz‖∞. */
    static double dualResidual(ConicProblem p, double[] x, double[] z) {
        double[] r = p.q().clone();
        ConicProblem.symMultiplyAdd(p.pUpper(), x, r);
        p.a().transposeMultiplyAdd(1.0, z, r);
        return infNorm(r);
    }

    /** ‖Ax + s − b‖∞. */
    static double primalResidual(ConicProblem p, double[] x, double[] s) {
        double[] r = s.clone();
        p.a().multiplyAdd(1.0, x, r);
        for (int i = 0; i < r.length; i++) r[i] -= p.b()[i];
        return infNorm(r);
    }

    /** ‖Aᵀz‖∞ for a primal infeasibility certificate. */
    static double farkasResidual(ConicProblem p, double[] z) {
        return infNorm(p.a().transposeMultiply(z));
    }

    /** max(‖Px‖∞, ‖Ax + s‖∞) for a dual infeasibility certificate. */
    static double rayResidual(ConicProblem p, double[] x, double[] s) {
        double[] px = new double[x.length];
        ConicProblem.symMultiplyAdd(p.pUpper(), x, px);
        double[] r = s.clone();
        p.a().multiplyAdd(1.0, x, r);
        return Math.max(infNorm(px), infNorm(r));
    }

    /** Asserts SOLVED with the KKT conditions met to 1e-7: residuals, cone membership of s and z, relative gap. */
    static void assertSolvedTo1e7(ConicProblem p, ConicSolution r, String what) {
        assertEquals(SolverStatus.SOLVED, r.status(), what);
        assertTrue(primalResidual(p, r.x(), r.s()) < 1e-7 * (1 + infNorm(p.b())), what);
        assertTrue(dualResidual(p, r.x(), r.z()) < 1e-7 * (1 + infNorm(p.q())), what);
        assertTrue(coneViolation(p, r.s(), true) < 1e-7 && coneViolation(p, r.z(), false) < 1e-7, what);
        assertTrue(r.gapRel() < 1e-7, what);
    }
}
