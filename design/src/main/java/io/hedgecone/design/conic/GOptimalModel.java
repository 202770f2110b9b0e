package io.hedgecone.design.conic;

import io.hedgecone.design.Criterion;
import io.hedgecone.design.algebra.Cholesky;
import io.hedgecone.design.algebra.Information;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Variable;

/**
 * G-optimal design (minimize max_i z_iᵀV(w)⁻¹z_i) as a second-order cone program, built directly rather than
 * through D-optimality, so that Kiefer–Wolfowitz can be checked rather than assumed. Each leverage uses the
 * Elfving-type representation z_iᵀV(w)⁻¹z_i = min { Σ_j y_ij²/w_j : Σ_j y_ij·z_j = z_i }:
 * <pre>
 *   minimize   s
 *   subject to Σ_j y_ij z_j = z_i            (i = 1..K)
 *              y_ij² ≤ τ_ij · w_j            (rotated cones, one per (i, j))
 *              Σ_j τ_ij ≤ s                  (i = 1..K)
 *              Σ_j w_j = 1,  w ≥ 0
 * </pre>
 * Sizes grow as K²: 2K² + K + 1 scalar variables and K² cones, so use it for small candidate sets.
 */
public final class GOptimalModel implements DesignModel {
    private final Model model;
    private final double[] z;
    private final int k, r;
    private final Variable w, s, y, tau;

    private GOptimalModel(double[] z, int k, int r) {
        this.z = z;
        this.k = k;
        this.r = r;
        model = new Model("g_optimal_design");
        w = model.variable("w", k, Domain.greaterThan(0.0));
        s = model.variable("s", 1, Domain.unbounded());
        y = model.variable("Y", k * k, Domain.unbounded());   // (i, j) at i·K + j
        tau = model.variable("tau", k * k, Domain.unbounded());
        model.constraint("simplex", Expr.sum(w), Domain.equalsTo(1.0));
        // row (i, a): Σ_j z_ja · y_ij = z_ia
        int nnz = k * k * r;
        int[] ri = new int[nnz], ci = new int[nnz];
        double[] v = new double[nnz];
        int p = 0;
        for (int i = 0; i < k; i++)
            for (int a = 0; a < r; a++)
                for (int j = 0; j < k; j++) { ri[p] = i * r + a; ci[p] = i * k + j; v[p] = z[j * r + a]; p++; }
        model.constraint("represent", Expr.mul(Matrix.sparse(k * r, k * k, ri, ci, v), y), Domain.equalsTo(z.clone()));
        int[] si = new int[k * k], sj = new int[k * k];
        double[] ones = new double[k * k];
        for (int q = 0; q < k * k; q++) { si[q] = q / k; sj[q] = q; ones[q] = 1; }
        double[] col = new double[k];
        java.util.Arrays.fill(col, 1.0);
        Expr sRepeated = Expr.mul(Matrix.dense(column(col)), s);
        model.constraint("max", Expr.sub(Expr.mul(Matrix.sparse(k, k * k, si, sj, ones), tau), sRepeated), Domain.lessThan(0.0));
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) {
                int q = i * k + j;
                model.constraint("cone_" + i + "_" + j, Expr.vstack(tau.index(q).toExpr().mul(0.5), w.index(j), y.index(q)),
                        Domain.inRotatedQCone());
            }
        model.objective(ObjectiveSense.MINIMIZE, s);
    }

    private static double[][] column(double[] c) {
        double[][] m = new double[c.length][1];
        for (int i = 0; i < c.length; i++) m[i][0] = c[i];
        return m;
    }

    /** Builds the model for points {@code z} (K×r row-major, spanning R^r). */
    public static GOptimalModel build(double[] z, int k, int r) {
        Information.requirePoints(z, k, r);
        return new GOptimalModel(z.clone(), k, r);
    }

    @Override public Criterion criterion() { return Criterion.G; }
    @Override public Model model() { return model; }
    @Override public Variable weights() { return w; }
    @Override public double criterionValue(double objective) { return objective; }

    @Override public double[] pointAt(double[] wv) {
        Cholesky f = Information.factorForPoint(z, k, r, wv);
        double[] x = new double[model.toData().numVars()];
        int[] wi = w.indices(), yi = y.indices(), ti = tau.indices();
        double[] bz = new double[r];
        double smax = 0;
        for (int j = 0; j < k; j++) x[wi[j]] = wv[j];
        for (int i = 0; i < k; i++) {
            f.solve(z, i * r, bz); // V⁻¹z_i
            double sum = 0;
            for (int j = 0; j < k; j++) {
                if (wv[j] == 0) continue;
                double d = 0;
                for (int a = 0; a < r; a++) d += z[j * r + a] * bz[a];
                x[yi[i * k + j]] = wv[j] * d;
                x[ti[i * k + j]] = wv[j] * d * d;
                sum += wv[j] * d * d;
            }
            smax = Math.max(smax, sum);
        }
        x[s.indices()[0]] = smax;
        return x;
    }
}
