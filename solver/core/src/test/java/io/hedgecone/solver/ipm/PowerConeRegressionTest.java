package io.hedgecone.solver.ipm;

import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.testing.PNormRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * p-norm regressions through hundreds of power cones on shared variables, checked against bounds computed here from
 * the least-squares solution (normal equations), not by the solver.
 */
class PowerConeRegressionTest {
    @Test void twoNormThroughPowerConesIsLeastSquares() {
        PNormRegression r = PNormRegression.build(300, 20, 2, 5);
        Solution s = r.model.solve();
        assertEquals(ProblemStatus.OPTIMAL, s.status());
        assertTrue(s.verify().solutionVerified(1e-7), s.verify().summary());
        double ls = r.norm(leastSquares(r), 2);
        assertEquals(ls, s.objective(), 1e-7 * ls);
    }

    @ParameterizedTest @ValueSource(doubles = {1.5, 3, 5})
    void pNormOptimumIsVerifiedAndBracketedByLeastSquares(double p) {
        PNormRegression r = PNormRegression.build(400, 20, p, 7);
        Solution s = r.model.solve();
        assertEquals(ProblemStatus.OPTIMAL, s.status());
        assertTrue(s.verify().solutionVerified(1e-7), s.verify().summary());
        double obj = s.objective();
        // t is the p-norm of the returned x's residual
        assertEquals(r.norm(s.level(r.x), p), obj, 1e-6 * obj);
        double[] xls = leastSquares(r);
        // the least-squares x is feasible, so its p-norm bounds the optimum from above ...
        assertTrue(obj <= r.norm(xls, p) * (1 + 1e-8), obj + " > " + r.norm(xls, p));
        // ... and no residual has a smaller 2-norm than the least-squares one: ‖r‖_p ≥ min(1, m^{1/p − 1/2})‖r‖₂
        double lower = Math.min(1, Math.pow(r.b.length, 1 / p - 0.5)) * r.norm(xls, 2);
        assertTrue(obj >= lower * (1 - 1e-8), obj + " < " + lower);
    }

    /** argmin ‖Ax − b‖₂ by the normal equations (Gauss–Jordan with partial pivoting). */
    private static double[] leastSquares(PNormRegression r) {
        int m = r.b.length, n = r.a[0].length;
        double[][] g = new double[n][n + 1];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) g[j][k] += r.a[i][j] * r.a[i][k];
                g[j][n] += r.a[i][j] * r.b[i];
            }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int q = c + 1; q < n; q++) if (Math.abs(g[q][c]) > Math.abs(g[piv][c])) piv = q;
            double[] t = g[c]; g[c] = g[piv]; g[piv] = t;
            for (int q = 0; q < n; q++) {
                if (q == c) continue;
                double f = g[q][c] / g[c][c];
                for (int k = c; k <= n; k++) g[q][k] -= f * g[c][k];
            }
        }
        double[] x = new double[n];
        for (int j = 0; j < n; j++) x[j] = g[j][n] / g[j][j];
        return x;
    }
}
