package io.hedgecone.solver.api;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class QuadExprTest {

    /** Σ w_k x_{a_k} x_{b_k} + linear part, evaluated at x. */
    private static double value(QuadExpr q, double[] x) {
        double v = 0;
        for (int k = 0; k < q.qv().length; k++) v += q.qv()[k] * x[q.qi()[k]] * x[q.qj()[k]];
        Expr lin = q.linear();
        for (int k = lin.ptr()[0]; k < lin.ptr()[1]; k++) v += lin.vals()[k] * x[lin.vars()[k]];
        return v + lin.constants()[0];
    }

    @Test
    void sumOfSquaresKeepsOneTermPerPairOfVariables() {
        // a dense 30×40 F with repeated variables in a row and an offset f: ‖Fx + f‖² has 40·41/2 distinct pairs
        Random r = new Random(11);
        int m = 30, n = 40;
        double[][] f = new double[m][n];
        for (double[] row : f) for (int j = 0; j < n; j++) row[j] = r.nextGaussian();
        double[] off = new double[m];
        for (int i = 0; i < m; i++) off[i] = r.nextGaussian();
        try (Model model = new Model("sos")) {
            Variable x = model.variable("x", n, Domain.unbounded());
            Expr e = Expr.add(Expr.mul(Matrix.dense(f), x), Expr.mul(Matrix.dense(f), x).mul(0.5)).add(off); // 1.5·F x + f
            QuadExpr q = QuadExpr.sumOfSquares(e);
            assertEquals(n * (n + 1) / 2, q.qv().length);
            double[] xv = new double[n];
            for (int j = 0; j < n; j++) xv[j] = r.nextGaussian();
            double direct = 0;
            for (int i = 0; i < m; i++) {
                double s = off[i];
                for (int j = 0; j < n; j++) s += 1.5 * f[i][j] * xv[j];
                direct += s * s;
            }
            assertEquals(direct, value(q, xv), 1e-10 * direct);
        }
    }
}
