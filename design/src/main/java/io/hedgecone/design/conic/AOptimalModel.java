package io.hedgecone.design.conic;

import io.hedgecone.design.Criterion;
import io.hedgecone.design.algebra.Cholesky;
import io.hedgecone.design.algebra.Information;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Variable;

/**
 * A-optimal design as a second-order cone program (Sagnol 2011):
 * <pre>
 *   minimize   Σ_i μ_i
 *   subject to Σ_i z_i y_iᵀ = I_r         (y_i ∈ R^r)
 *              ‖y_i‖² ≤ μ_i · w_i           (rotated cones of dimension r + 2)
 *              Σ_i w_i = 1,  w ≥ 0
 * </pre>
 * For fixed w, min Σ_i ‖y_i‖²/w_i subject to Σ_i z_i y_iᵀ = I equals trace V(w)⁻¹ (attained at
 * y_i = w_i·V⁻¹z_i, {@link #pointAt}), so the optimum is min_w trace V(w)⁻¹. Sizes: K(r+2) scalar variables,
 * K rotated cones, r² + 1 linear rows.
 */
public final class AOptimalModel implements DesignModel {
    private final Model model;
    private final double[] z;
    private final int k, r;
    private final Variable w, y, mu;

    private AOptimalModel(double[] z, int k, int r) {
        this.z = z;
        this.k = k;
        this.r = r;
        model = new Model("a_optimal_design");
        w = model.variable("w", k, Domain.greaterThan(0.0));
        y = model.variable("Y", k * r, Domain.unbounded());
        mu = model.variable("mu", k, Domain.unbounded());
        model.constraint("simplex", Expr.sum(w), Domain.equalsTo(1.0));
        double[] identity = new double[r * r];
        for (int a = 0; a < r; a++) identity[a * r + a] = 1;
        model.constraint("identity", Expr.mul(Layouts.moment(z, k, r), y), Domain.equalsTo(identity));
        for (int i = 0; i < k; i++)
            model.constraint("cone_" + i, Expr.vstack(mu.index(i).toExpr().mul(0.5), w.index(i), y.slice(i * r, (i + 1) * r)),
                    Domain.inRotatedQCone());
        model.objective(ObjectiveSense.MINIMIZE, Expr.sum(mu));
    }

    /** Builds the model for points {@code z} (K×r row-major, spanning R^r). */
    public static AOptimalModel build(double[] z, int k, int r) {
        Information.requirePoints(z, k, r);
        return new AOptimalModel(z.clone(), k, r);
    }

    @Override public Criterion criterion() { return Criterion.A; }
    @Override public Model model() { return model; }
    @Override public Variable weights() { return w; }
    @Override public double criterionValue(double objective) { return objective; }

    @Override public double[] pointAt(double[] wv) {
        Cholesky f = Information.factorForPoint(z, k, r, wv);
        double[] x = new double[model.toData().numVars()];
        int[] wi = w.indices(), yi = y.indices(), mi = mu.indices();
        double[] s = new double[r];
        for (int i = 0; i < k; i++) {
            x[wi[i]] = wv[i];
            if (wv[i] == 0) continue;
            f.solve(z, i * r, s);
            double norm2 = 0;
            for (int b = 0; b < r; b++) {
                double v = wv[i] * s[b];
                x[yi[i * r + b]] = v;
                norm2 += v * v;
            }
            x[mi[i]] = norm2 / wv[i];
        }
        return x;
    }
}
