package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.Variable;

import java.util.ArrayList;
import java.util.List;

/**
 * The variables every bound program shares: π ∈ Δ_k, y = Aᵀπ = LᵀΦᵀπ (d) and v = gᵀπ = (Φμ)ᵀπ (1). Cones then
 * refer to (t, v, y) only, so each per-arm cone touches d + 2 variables however large k is.
 */
final class PolicyBlock {
    final Variable pi, y, v;

    PolicyBlock(Model m, BanditProblem p) {
        int k = p.arms(), d = p.dim();
        pi = m.variable("pi", k, Domain.greaterThan(0));
        y = m.variable("y", d, Domain.unbounded());
        v = m.variable("v", 1, Domain.unbounded());
        m.constraint("simplex", Expr.sum(pi), Domain.equalsTo(1));
        m.constraint("y_def", Expr.sub(y, Expr.mul(transposeSparse(p.whitened()), pi)), Domain.equalsTo(0));
        m.constraint("v_def", Expr.sub(v, Expr.dot(p.meanReward(), pi)), Domain.equalsTo(0));
    }

    /** A_a − y as an expression of size d, for arm a. */
    Expr armDeviation(BanditProblem p, int a) {
        return Expr.neg(y).add(p.whitened()[a]);
    }

    /** Aᵀ (d×k) keeping only nonzeros: with Φ = I and a diagonal L it has k entries, not k². */
    private static Matrix transposeSparse(double[][] a) {
        List<int[]> ij = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (int r = 0; r < a.length; r++)
            for (int c = 0; c < a[r].length; c++)
                if (a[r][c] != 0) {
                    ij.add(new int[]{c, r});
                    vals.add(a[r][c]);
                }
        int n = vals.size();
        int[] is = new int[n], js = new int[n];
        double[] vs = new double[n];
        for (int q = 0; q < n; q++) {
            is[q] = ij.get(q)[0];
            js[q] = ij.get(q)[1];
            vs[q] = vals.get(q);
        }
        int d = a.length == 0 ? 0 : a[0].length;
        return Matrix.sparse(d, a.length, is, js, vs);
    }
}
