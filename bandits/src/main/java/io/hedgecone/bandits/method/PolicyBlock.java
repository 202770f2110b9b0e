package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.solver.api.Constraint;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.Variable;

import java.util.ArrayList;
import java.util.List;

/**
 * The variables every bound program shares, over a working set S of arms: π_S ≥ 0 with Σ π_S = 1 (π = 0 off S),
 * y = Σ_{b∈S} π_b A_b = LᵀΦᵀπ (d) and v = Σ_{b∈S} π_b g_b = (Φμ)ᵀπ (1). Cones refer to (t, v, y) only, so each
 * per-arm cone touches d + 2 variables however large k is.
 *
 * <p>Pricing: the solver's stationarity is c = Aᵀy + z, so an arm b outside S, whose column in the rows
 * (simplex, y_def, v_def) is (1, −A_b, −g_b), would enter with reduced cost z_b = ηᵀA_b + ζ·g_b − ν, where ν, η, ζ
 * are the duals of those rows. z_b &lt; 0 means adding π_b could lower the objective; z_b ≥ 0 for every b certifies
 * that restricting π to S lost nothing.
 */
final class PolicyBlock {
    final int[] arms;
    final Variable pi, y, v;
    private final Constraint simplex, yDef, vDef;

    PolicyBlock(Model m, BanditProblem p, int[] arms) {
        this.arms = arms;
        int d = p.dim();
        double[][] a = p.whitened();
        double[] g = p.meanReward();
        pi = m.variable("pi", arms.length, Domain.greaterThan(0));
        y = m.variable("y", d, Domain.unbounded());
        v = m.variable("v", 1, Domain.unbounded());
        double[] gs = new double[arms.length];
        for (int i = 0; i < arms.length; i++) gs[i] = g[arms[i]];
        simplex = m.constraint("simplex", Expr.sum(pi), Domain.equalsTo(1));
        yDef = m.constraint("y_def", Expr.sub(y, Expr.mul(transposeSparse(a, arms, d), pi)), Domain.equalsTo(0));
        vDef = m.constraint("v_def", Expr.sub(v, Expr.dot(gs, pi)), Domain.equalsTo(0));
    }

    /** A_a − y as an expression of size d, for arm a. */
    Expr armDeviation(BanditProblem p, int a) {
        return Expr.neg(y).add(p.whitened()[a]);
    }

    /** The full policy (k entries, zero off S) from the solved π_S, or null when there is no primal point. */
    double[] fullPolicy(int k) {
        double[] s = UnionSocp.safeLevel(pi);
        if (s == null) return null;
        double[] full = new double[k];
        for (int i = 0; i < arms.length; i++) full[arms[i]] = s[i];
        return full;
    }

    /** Reduced cost z_b of every arm (k) from the last solution's duals, or null when duals are unavailable. */
    double[] reducedCosts(BanditProblem p) {
        double[] nu, eta, zeta;
        try {
            nu = simplex.dual();
            eta = yDef.dual();
            zeta = vDef.dual();
        } catch (IllegalStateException e) {
            return null;
        }
        double[][] a = p.whitened();
        double[] g = p.meanReward();
        double[] rc = new double[p.arms()];
        for (int b = 0; b < rc.length; b++) {
            double s = zeta[0] * g[b] - nu[0];
            for (int j = 0; j < eta.length; j++) s += eta[j] * a[b][j];
            rc[b] = s;
        }
        return rc;
    }

    /** Duals of the π_S bounds as the solver reports them (for checking the pricing formula). */
    double[] boundDuals() { return pi.dual(); }

    /** (A_S)ᵀ (d×|S|) keeping only nonzeros: with Φ = I and a diagonal L it has |S| entries, not |S|·k. */
    private static Matrix transposeSparse(double[][] a, int[] arms, int d) {
        List<int[]> ij = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (int c = 0; c < arms.length; c++) {
            double[] row = a[arms[c]];
            for (int r = 0; r < d; r++)
                if (row[r] != 0) {
                    ij.add(new int[]{r, c});
                    vals.add(row[r]);
                }
        }
        int n = vals.size();
        int[] is = new int[n], js = new int[n];
        double[] vs = new double[n];
        for (int q = 0; q < n; q++) {
            is[q] = ij.get(q)[0];
            js[q] = ij.get(q)[1];
            vs[q] = vals.get(q);
        }
        return Matrix.sparse(d, arms.length, is, js, vs);
    }
}
