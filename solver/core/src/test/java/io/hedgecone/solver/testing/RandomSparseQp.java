package io.hedgecone.solver.testing;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.QuadExpr;
import io.hedgecone.solver.api.Variable;

import java.util.SplittableRandom;

/**
 * A feasible, bounded convex QP with random sparse data (shared through solver-core's test-jar with the JMH benchmarks):
 * <pre>
 *   minimize ‖Bx‖² + cᵀx  subject to  Ax = Ax₀,  0.1 ≤ x ≤ 10
 * </pre>
 * with B (n×n) and A (n/2 × n) holding three random entries per row. Random sparsity has no good elimination order,
 * so its KKT factor ends in a dense trailing block — the fill-heavy case (like Maros–Mészáros CVXQP*_L) where the
 * factorization's dense kernels, not the sparse bookkeeping, decide the time.
 */
public final class RandomSparseQp {
    private RandomSparseQp() { }

    public static Model build(int n, long seed) {
        if (n < 2) throw new IllegalArgumentException("n must be >= 2, got " + n);
        SplittableRandom rnd = new SplittableRandom(seed);
        Model m = new Model("random-qp-" + n);
        Variable x = m.variable("x", n, Domain.inRange(0.1, 10));
        Matrix b = randomRows(n, n, 3, rnd);
        int rows = n / 2;
        Matrix a = randomRows(rows, n, 3, rnd);
        double[] x0 = new double[n];
        for (int j = 0; j < n; j++) x0[j] = rnd.nextDouble(0.5, 5);
        double[] rhs = a.csc().multiply(x0);
        m.constraint("eq", Expr.mul(a, x), Domain.equalsTo(rhs));
        double[] c = new double[n];
        for (int j = 0; j < n; j++) c[j] = rnd.nextDouble(-10, 10);
        m.objective(ObjectiveSense.MINIMIZE, QuadExpr.sumOfSquares(Expr.mul(b, x)).add(QuadExpr.of(Expr.dot(c, x))));
        return m;
    }

    /** rows × cols with {@code perRow} distinct random columns per row, integer values 1..3. */
    private static Matrix randomRows(int rows, int cols, int perRow, SplittableRandom rnd) {
        int[] ti = new int[rows * perRow], tj = new int[ti.length];
        double[] tv = new double[ti.length];
        int q = 0;
        for (int i = 0; i < rows; i++) {
            int start = q;
            while (q < start + Math.min(perRow, cols)) {
                int j = rnd.nextInt(cols);
                boolean dup = false;
                for (int t = start; t < q; t++) dup |= tj[t] == j;
                if (dup) continue;
                ti[q] = i; tj[q] = j; tv[q++] = 1 + rnd.nextInt(3);
            }
        }
        return Matrix.sparse(rows, cols, java.util.Arrays.copyOf(ti, q), java.util.Arrays.copyOf(tj, q), java.util.Arrays.copyOf(tv, q));
    }
}
