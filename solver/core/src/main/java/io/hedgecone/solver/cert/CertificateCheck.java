package io.hedgecone.solver.cert;

import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;

/**
 * Verifies infeasibility certificates of a linear-block model, independently of how they were found.
 *
 * <p><b>Farkas certificate</b> (primal infeasibility), in the sign convention of {@link ModelData} (for
 * maximization all signs flip, as for every dual): writing ŷ = y, ẑ = z for minimization and ŷ = −y, ẑ = −z for
 * maximization, and with row bounds moved onto Ax (lo' = lo − g, hi' = hi − g),
 * <pre>
 *   Aᵀŷ + ẑ = 0,   ŷ_i &gt; 0 only where lo'_i is finite, ŷ_i &lt; 0 only where hi'_i is finite (same for ẑ, lb, ub),
 *   S(ŷ, ẑ) = Σ_i (ŷ_i &gt; 0 ? lo'_i : hi'_i) ŷ_i + Σ_j (ẑ_j &gt; 0 ? lb_j : ub_j) ẑ_j  &gt;  0.
 * </pre>
 * Any feasible x would give 0 = ŷᵀAx + ẑᵀx ≥ S &gt; 0, a contradiction.
 *
 * <p><b>Improving ray</b> d (dual infeasibility): with σ = +1 for minimization and −1 for maximization,
 * <pre>
 *   σ cᵀd &lt; 0,   Qd = 0,   (Ad)_i ≥ 0 where lo'_i is finite, (Ad)_i ≤ 0 where hi'_i is finite,
 *   d_j ≥ 0 where lb_j is finite, d_j ≤ 0 where ub_j is finite.
 * </pre>
 * From any feasible point the objective then improves without bound along d.
 *
 * <p>Both checks first scale the certificate to ‖·‖∞ = 1, so the tolerances are dimensionless.
 */
public final class CertificateCheck {
    private CertificateCheck() { }

    /**
     * Outcome of a check.
     *
     * @param valid     whether the certificate passes at the tolerance given
     * @param value     Farkas: the support value S of the normalized certificate (must be &gt; 0);
     *                  ray: σcᵀd of the normalized ray (must be &lt; 0)
     * @param violation the largest relative violation of the linear conditions (normalized certificate)
     * @param reason    why it fails, empty when valid
     */
    public record Result(boolean valid, double value, double violation, String reason) { }

    /** Checks a Farkas certificate (y over rows, z over variables) at relative tolerance {@code tol}. */
    public static Result farkas(ModelData data, double[] y, double[] z, double tol) {
        LinearView v = LinearView.of(data);
        int n = data.numVars(), m = data.numRows();
        if (y == null || z == null || y.length != m || z.length != n)
            return new Result(false, Double.NaN, Double.NaN, "certificate missing or of wrong dimension");
        double s = Math.max(LinearView.infNorm(y), LinearView.infNorm(z));
        if (!(s > 0) || !Double.isFinite(s)) return new Result(false, 0, Double.NaN, "certificate is zero or not finite");
        double[] yh = LinearView.scaled(y, v.sense / s);
        double[] zh = LinearView.scaled(z, v.sense / s);
        double support = 0, supportAbs = 0, violation = 0;
        String reason = "";
        for (int i = 0; i < m; i++) {
            double t = term(yh[i], v.rowLo[i], v.rowHi[i], tol);
            if (Double.isNaN(t)) { violation = Math.max(violation, Math.abs(yh[i])); reason = "row " + data.rowNames().get(i) + ": multiplier sign points at an infinite bound"; }
            else { support += t; supportAbs += Math.abs(t); }
        }
        for (int j = 0; j < n; j++) {
            double t = term(zh[j], data.lb()[j], data.ub()[j], tol);
            if (Double.isNaN(t)) { violation = Math.max(violation, Math.abs(zh[j])); reason = "variable " + data.varNames().get(j) + ": multiplier sign points at an infinite bound"; }
            else { support += t; supportAbs += Math.abs(t); }
        }
        double[] res = zh.clone();
        data.a().transposeMultiplyAdd(1.0, yh, res);
        double[] colNorm = data.a().colInfNorms();
        for (int j = 0; j < n; j++) {
            double rel = Math.abs(res[j]) / (1 + colNorm[j]);
            if (rel > violation) { violation = rel; if (rel > tol) reason = "Aᵀy + z ≠ 0 at variable " + data.varNames().get(j); }
        }
        // S is a sum of bound-sized terms: it must stand out against their rounding, not just be > 0
        double minSupport = tol * (1 + supportAbs);
        if (reason.isEmpty() && !(support > minSupport)) reason = "support value " + support + " is not clearly positive";
        boolean valid = violation <= tol && support > minSupport;
        return new Result(valid, support, violation, valid ? "" : reason);
    }

    /** Checks an improving ray d at relative tolerance {@code tol}; Qd = 0 is part of the conditions. */
    public static Result ray(ModelData data, double[] d, double tol) {
        LinearView v = LinearView.of(data);
        int n = data.numVars();
        if (d == null || d.length != n) return new Result(false, Double.NaN, Double.NaN, "ray missing or of wrong dimension");
        double s = LinearView.infNorm(d);
        if (!(s > 0) || !Double.isFinite(s)) return new Result(false, 0, Double.NaN, "ray is zero or not finite");
        double[] dh = LinearView.scaled(d, 1.0 / s);
        double value = 0;
        for (int j = 0; j < n; j++) value += v.sense * data.c()[j] * dh[j];
        double violation = 0;
        String reason = "";
        double[] ad = data.a().multiply(dh);
        double[] rowNorm = data.a().rowInfNorms();
        for (int i = 0; i < ad.length; i++) {
            double bad = Math.max(Double.isFinite(v.rowLo[i]) ? -ad[i] : 0, Double.isFinite(v.rowHi[i]) ? ad[i] : 0) / (1 + rowNorm[i]);
            if (bad > violation) { violation = bad; if (bad > tol) reason = "A d leaves the recession cone at row " + data.rowNames().get(i); }
        }
        for (int j = 0; j < n; j++) {
            double bad = Math.max(Double.isFinite(data.lb()[j]) ? -dh[j] : 0, Double.isFinite(data.ub()[j]) ? dh[j] : 0);
            if (bad > violation) { violation = bad; if (bad > tol) reason = "d leaves the recession cone of the bounds of " + data.varNames().get(j); }
        }
        CscMatrix q = data.qUpper();
        if (q.nnz() > 0) {
            double[] qd = new double[n];
            ConicProblem.symMultiplyAdd(q, dh, qd);
            double[] qNorm = symRowNorms(q);
            for (int j = 0; j < n; j++) {
                double bad = Math.abs(qd[j]) / (1 + qNorm[j]);
                if (bad > violation) { violation = bad; if (bad > tol) reason = "Q d ≠ 0 at " + data.varNames().get(j); }
            }
        }
        double cScale = 1 + LinearView.infNorm(data.c());
        if (reason.isEmpty() && !(value < -tol * cScale)) reason = "objective does not improve along the ray (σcᵀd = " + value + ")";
        boolean valid = violation <= tol && value < -tol * cScale;
        return new Result(valid, value, violation, valid ? "" : reason);
    }

    /** Term of the support function; NaN when the sign points at an infinite bound (beyond tol, else 0). */
    private static double term(double w, double lo, double hi, double tol) {
        if (w == 0) return 0;
        double bound = w > 0 ? lo : hi;
        if (Double.isInfinite(bound)) return Math.abs(w) <= tol ? 0 : Double.NaN;
        return bound * w;
    }

    /** Max |entry| of each row of the symmetric matrix given by its upper triangle. */
    static double[] symRowNorms(CscMatrix upper) {
        double[] r = new double[upper.rows()];
        int[] cp = upper.colPtr(), ri = upper.rowIdx();
        double[] vals = upper.values();
        for (int j = 0; j < upper.cols(); j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                double a = Math.abs(vals[k]);
                r[ri[k]] = Math.max(r[ri[k]], a);
                r[j] = Math.max(r[j], a);
            }
        return r;
    }
}
