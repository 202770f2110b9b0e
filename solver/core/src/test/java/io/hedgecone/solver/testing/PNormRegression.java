package io.hedgecone.solver.testing;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Variable;

import java.util.SplittableRandom;

/**
 * p-norm regression through power cones, a family of many small non-symmetric cones over shared variables (shared
 * through solver-core's test-jar):
 * <pre>
 *   minimize t  subject to  Σ u_i = t,  (u_i, t, (Ax − b)_i) ∈ POW_{1/p}   (u_i^{1/p} t^{1−1/p} ≥ |(Ax − b)_i|)
 * </pre>
 * whose optimum is min ‖Ax − b‖_p. A is m × n with about a fifth of its entries uniform in [−1, 1], b uniform.
 */
public final class PNormRegression {
    public final Model model;
    public final Variable x;
    public final double[][] a;
    public final double[] b;

    private PNormRegression(Model model, Variable x, double[][] a, double[] b) {
        this.model = model;
        this.x = x;
        this.a = a;
        this.b = b;
    }

    public static PNormRegression build(int m, int n, double p, long seed) {
        if (!(p > 1)) throw new IllegalArgumentException("p must be > 1, got " + p);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] a = new double[m][n];
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) a[i][j] = rnd.nextDouble() < 0.2 ? rnd.nextDouble(-1, 1) : 0;
            b[i] = rnd.nextDouble(-1, 1);
        }
        Model model = new Model("pnorm-" + m + "-" + n + "-" + p);
        Variable x = model.variable("x", n), u = model.variable("u", m), t = model.variable("t", 1);
        Expr residual = Expr.sub(Expr.mul(Matrix.dense(a), x), Expr.constTerm(b));
        model.constraint("sum", Expr.sub(Expr.sum(u), t), Domain.equalsTo(0));
        for (int i = 0; i < m; i++)
            model.constraint("r" + i, Expr.vstack(u.index(i), t, residual.index(i)), Domain.inPPowerCone(1 / p));
        model.objective(ObjectiveSense.MINIMIZE, t);
        return new PNormRegression(model, x, a, b);
    }

    /** ‖Ax − b‖_p. */
    public double norm(double[] x, double p) {
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            double r = -b[i];
            for (int j = 0; j < x.length; j++) r += a[i][j] * x[j];
            s += Math.pow(Math.abs(r), p);
        }
        return Math.pow(s, 1 / p);
    }
}
