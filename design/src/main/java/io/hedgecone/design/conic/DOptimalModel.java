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
 * D-optimal design as a second-order cone program (Sagnol &amp; Harman 2015, for one-row observation matrices):
 * <pre>
 *   maximize   (Π_b J_bb)^{1/r}          [or Σ_b log J_bb with exponential cones]
 *   subject to Σ_i y_i Z_i = J             (Z_i ∈ R^{1×r} the i-th row of Z; J lower triangular, r×r)
 *              Z_ib² ≤ T_ib · w_i          (rotated cones, one per (i, b))
 *              Σ_i T_ib ≤ J_bb             (b = 1..r)
 *              Σ_i w_i = 1,  w ≥ 0
 * </pre>
 * Its optimal value is (det V(w*))^{1/r}: for fixed w, Cauchy–Schwarz gives Π J_bb ≤ det V(w), with equality at
 * J = L·diag(L), Z_i = w_i·(L⁻¹y_i)ᵀ·diag(L) for V(w) = L·Lᵀ ({@link #pointAt}). Sizes: K(2r+1) + r(r+1)/2 scalar
 * variables, K·r rotated cones of dimension 3, r² + r + 1 linear rows.
 */
public final class DOptimalModel implements DesignModel {
    private final Model model;
    private final double[] y;
    private final int k, r;
    private final DFormulation formulation;
    private final Variable w, z, t, j, mean;
    private final GeometricMean tree;

    private DOptimalModel(double[] y, int k, int r, DFormulation formulation) {
        this.y = y;
        this.k = k;
        this.r = r;
        this.formulation = formulation;
        model = new Model("d_optimal_design");
        w = model.variable("w", k, Domain.greaterThan(0.0));
        z = model.variable("Z", k * r, Domain.unbounded());
        t = model.variable("T", k * r, Domain.unbounded());
        j = model.variable("J", Layouts.packedSize(r), Domain.unbounded());
        model.constraint("simplex", Expr.sum(w), Domain.equalsTo(1.0));
        model.constraint("moments", Expr.sub(Expr.mul(Layouts.moment(y, k, r), z), Expr.mul(Layouts.lowerPlacement(r), j)),
                Domain.equalsTo(0.0));
        model.constraint("budget", Expr.sub(Expr.mul(Layouts.columnSums(k, r), t), Expr.mul(Layouts.diagonalPick(r), j)),
                Domain.lessThan(0.0));
        for (int i = 0; i < k; i++)
            for (int b = 0; b < r; b++) {
                int p = i * r + b;
                model.constraint("cone_" + i + "_" + b, Expr.vstack(t.index(p).toExpr().mul(0.5), w.index(i), z.index(p)),
                        Domain.inRotatedQCone());
            }
        Expr diag = Expr.mul(Layouts.diagonalPick(r), j);
        if (formulation == DFormulation.GEOMEAN_SOC) {
            mean = model.variable("geomean", 1, Domain.unbounded());
            tree = GeometricMean.atMost(model, mean, diag);
            model.objective(ObjectiveSense.MAXIMIZE, mean);
        } else {
            mean = model.variable("logdiag", r, Domain.unbounded());
            tree = null;
            for (int b = 0; b < r; b++)
                model.constraint("log_" + b, Expr.vstack(diag.index(b), Expr.constTerm(1.0), mean.index(b)), Domain.inPExpCone());
            model.objective(ObjectiveSense.MAXIMIZE, Expr.sum(mean));
        }
    }

    /** Builds the model for points {@code y} (K×r row-major, spanning R^r). */
    public static DOptimalModel build(double[] y, int k, int r, DFormulation formulation) {
        Information.requirePoints(y, k, r);
        return new DOptimalModel(y.clone(), k, r, formulation);
    }

    @Override public Criterion criterion() { return Criterion.D; }
    @Override public Model model() { return model; }
    @Override public Variable weights() { return w; }
    public DFormulation formulation() { return formulation; }

    /** log det V from the objective: r·log(geometric mean), or the sum of logs itself. */
    @Override public double criterionValue(double objective) {
        return formulation == DFormulation.GEOMEAN_SOC ? r * Math.log(objective) : objective;
    }

    @Override public double[] pointAt(double[] wv) {
        Cholesky f = Information.factorForPoint(y, k, r, wv);
        double[] l = f.lower();
        double[] x = new double[model.toData().numVars()];
        int[] wi = w.indices(), zi = z.indices(), ti = t.indices(), ji = j.indices(), mi = mean.indices();
        double[] diag = new double[r];
        for (int b = 0; b < r; b++) {
            diag[b] = l[b * r + b] * l[b * r + b];
            for (int a = b; a < r; a++) x[ji[Layouts.packed(a, b, r)]] = l[a * r + b] * l[b * r + b];
        }
        double[] s = new double[r];
        for (int i = 0; i < k; i++) {
            x[wi[i]] = wv[i];
            if (wv[i] == 0) continue; // Z_i = T_i = 0
            f.forwardSolve(y, i * r, s);
            for (int b = 0; b < r; b++) {
                double zib = wv[i] * s[b] * l[b * r + b];
                x[zi[i * r + b]] = zib;
                x[ti[i * r + b]] = zib * zib / wv[i];
            }
        }
        if (formulation == DFormulation.GEOMEAN_SOC) {
            double gm = Math.exp(f.logDet() / r);
            x[mi[0]] = gm;
            tree.fill(x, diag, gm);
        } else {
            for (int b = 0; b < r; b++) x[mi[b]] = Math.log(diag[b]);
        }
        return x;
    }
}
