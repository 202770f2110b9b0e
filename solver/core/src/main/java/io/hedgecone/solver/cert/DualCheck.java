package io.hedgecone.solver.cert;

import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.form.ModelData;

/**
 * Checks multipliers of a linear-block model against the dual convention of {@link ModelData}:
 * {@code c + Qx = Aᵀy + z}; for minimization y_i &gt; 0 only at an active lower row bound and y_i &lt; 0 only at an
 * active upper one (the same for z and the variable bounds); all signs flipped for maximization.
 *
 * <p>Backends use it to refuse multipliers that do not fit a solution (for example a solver that reports
 * "optimal" on an unbounded QP) rather than pass on numbers that are not duals.
 */
public final class DualCheck {
    private DualCheck() { }

    /**
     * Violations, each relative and dimensionless.
     *
     * @param stationarity    max over j of |c + Qx − Aᵀy − z|_j / (1 + |c_j| + |(Qx)_j| + Σ_i |A_ij y_i| + |z_j|)
     * @param complementarity max over rows and variables of min(|multiplier| / (1 + ‖c‖∞), slack / (1 + |bound|)),
     *                        where slack is the distance to the bound the multiplier's sign points at (∞ if that
     *                        bound is infinite)
     */
    public record Report(double stationarity, double complementarity) {
        public boolean ok(double tol) { return stationarity <= tol && complementarity <= tol; }
    }

    /** z = c + Qx − Aᵀy: the bound multipliers that make stationarity hold exactly for given x and y. */
    public static double[] stationarityZ(ModelData data, double[] x, double[] y) {
        double[] z = data.c().clone();
        ConicProblem.symMultiplyAdd(data.qUpper(), x, z);
        data.a().transposeMultiplyAdd(-1.0, y, z);
        return z;
    }

    /** Checks (x, y, z); every array must be non-null and of the model's dimensions. */
    public static Report check(ModelData data, double[] x, double[] y, double[] z) {
        LinearView v = LinearView.of(data);
        int n = data.numVars(), m = data.numRows();
        if (x.length != n || z.length != n || y.length != m)
            throw new IllegalArgumentException("dimension mismatch: x " + x.length + ", z " + z.length + ", y " + y.length
                    + " for " + n + " variables and " + m + " rows");
        double[] qx = new double[n];
        ConicProblem.symMultiplyAdd(data.qUpper(), x, qx);
        double[] aty = new double[n];
        double[] atyAbs = new double[n];
        int[] cp = data.a().colPtr(), ri = data.a().rowIdx();
        double[] av = data.a().values();
        for (int j = 0; j < n; j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                aty[j] += av[k] * y[ri[k]];
                atyAbs[j] += Math.abs(av[k] * y[ri[k]]);
            }
        double stat = 0;
        for (int j = 0; j < n; j++) {
            double res = data.c()[j] + qx[j] - aty[j] - z[j];
            double scale = 1 + Math.abs(data.c()[j]) + Math.abs(qx[j]) + atyAbs[j] + Math.abs(z[j]);
            stat = Math.max(stat, Math.abs(res) / scale);
        }
        double cScale = 1 + LinearView.infNorm(data.c()) + LinearView.infNorm(qx);
        double comp = 0;
        double[] r = data.a().multiply(x);
        for (int i = 0; i < m; i++) comp = Math.max(comp, violation(v.sense * y[i], r[i], v.rowLo[i], v.rowHi[i], cScale));
        for (int j = 0; j < n; j++) comp = Math.max(comp, violation(v.sense * z[j], x[j], data.lb()[j], data.ub()[j], cScale));
        return new Report(stat, comp);
    }

    /** Multiplier {@code w} in minimization convention of the constraint lo ≤ value ≤ hi. */
    private static double violation(double w, double value, double lo, double hi, double wScale) {
        if (w == 0) return 0;
        double slack = w > 0 ? value - lo : hi - value; // +inf when the pointed-at bound is infinite
        double bound = w > 0 ? lo : hi;
        double relSlack = Double.isFinite(bound) ? Math.max(0, slack) / (1 + Math.abs(bound)) : Double.POSITIVE_INFINITY;
        return Math.min(Math.abs(w) / wScale, relSlack);
    }
}
