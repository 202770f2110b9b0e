package io.hedgecone.solver.form;

import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.QuadExpr;
import io.hedgecone.solver.api.Variable;
import io.hedgecone.solver.api.Domain;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class ConvexityCheckTest {

    private static ModelData data(ObjectiveSense sense, java.util.function.Function<Variable, QuadExpr> objective, int n) {
        try (Model m = new Model("convexity")) {
            Variable x = m.variable("x", n, Domain.unbounded());
            m.objective(sense, objective.apply(x));
            return m.toData();
        }
    }

    private static String failure(ModelData d) {
        return assertThrows(IllegalArgumentException.class, () -> ConvexityCheck.requireConvex(d)).getMessage();
    }

    @Test
    void singularPositiveSemidefiniteObjectivesPass() {
        // ‖Fx‖² with F of rank 2 over 6 variables: PSD and singular, coupled
        Random r = new Random(3);
        double[][] f = new double[2][6];
        for (double[] row : f) for (int j = 0; j < 6; j++) row[j] = r.nextGaussian();
        ConvexityCheck.requireConvex(data(ObjectiveSense.MINIMIZE, x -> QuadExpr.sumOfSquares(Expr.mul(Matrix.dense(f), x)), 6));
        ConvexityCheck.requireConvex(data(ObjectiveSense.MAXIMIZE, x -> QuadExpr.sumOfSquares(Expr.mul(Matrix.dense(f), x)).mul(-1), 6));
    }

    @Test
    void indefiniteObjectivesAreRefusedNamingAVariable() {
        // x₀² + 4x₀x₁ + x₁²: eigenvalues 3 and −1
        Matrix q = Matrix.dense(new double[][] {{1, 2}, {2, 1}});
        String msg = failure(data(ObjectiveSense.MINIMIZE, x -> QuadExpr.quadForm(x, q), 2));
        assertTrue(msg.contains("not convex (minimization)") && msg.contains("'x"), msg);
        // a convex objective maximized
        Matrix psd = Matrix.dense(new double[][] {{2, 1}, {1, 2}});
        msg = failure(data(ObjectiveSense.MAXIMIZE, x -> QuadExpr.quadForm(x, psd), 2));
        assertTrue(msg.contains("not concave (maximization)"), msg);
        // a negative diagonal entry is named directly
        Matrix negDiag = Matrix.dense(new double[][] {{1, 0.1}, {0.1, -1}});
        msg = failure(data(ObjectiveSense.MINIMIZE, x -> QuadExpr.quadForm(x, negDiag), 2));
        assertTrue(msg.contains("diagonal entry") && msg.contains("x"), msg);
    }

    @Test
    void curvatureBelowTheToleranceIsAcceptedAndAboveItRefused() {
        // ‖x₀ − x₁‖² − δ(x₀² + x₁²)/2 has eigenvalues 2 − δ/2 and −δ/2 (relative to max |Q| ≈ 1)
        for (double delta : new double[] {1e-12, 1e-6}) {
            Matrix q = Matrix.dense(new double[][] {{1 - delta / 2, -1}, {-1, 1 - delta / 2}});
            ModelData d = data(ObjectiveSense.MINIMIZE, x -> QuadExpr.quadForm(x, q), 2);
            if (delta < 1e-9) ConvexityCheck.requireConvex(d);
            else failure(d);
        }
    }

    @Test
    void largeCoupledObjectivesAreChecked() {
        // Σ (x_i − x_{i+1})² over 20,000 variables: a coupled PSD objective far beyond what a dense check can hold
        int n = 20_000;
        int[] ri = new int[2 * (n - 1)], ci = new int[2 * (n - 1)];
        double[] v = new double[2 * (n - 1)];
        for (int i = 0; i < n - 1; i++) {
            ri[2 * i] = i; ci[2 * i] = i; v[2 * i] = 1;
            ri[2 * i + 1] = i; ci[2 * i + 1] = i + 1; v[2 * i + 1] = -1;
        }
        Matrix diff = Matrix.sparse(n - 1, n, ri, ci, v);
        ConvexityCheck.requireConvex(data(ObjectiveSense.MINIMIZE, x -> QuadExpr.sumOfSquares(Expr.mul(diff, x)), n));
        // plus 2(x₇ + x₉)² − 2(x₇ − x₉)² = 8x₇x₉: the diagonal is unchanged, the (7, 9) block [[2, 4], [4, 2]] indefinite
        String msg = failure(data(ObjectiveSense.MINIMIZE, x -> QuadExpr.sumOfSquares(Expr.mul(diff, x))
                .add(QuadExpr.sumOfSquares(Expr.add(x.index(7), x.index(9))).mul(2))
                .add(QuadExpr.sumOfSquares(Expr.sub(x.index(7), x.index(9))).mul(-2)), n));
        assertTrue(msg.contains("curves the wrong way"), msg);
    }
}
