package io.hedgecone.solver.verify;

import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.SolutionStatus;
import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.BackendResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes, from the original model only, how good a backend's answer is: primal residual (rows, bounds, cones,
 * integrality), dual residual (stationarity c + Qx = Aᵀy + z plus dual sign/cone feasibility), the Lagrangian dual
 * objective and the relative gap; or, for infeasibility outcomes, the certificate conditions:
 * <ul>
 *   <li>primal infeasible — a Farkas ray (y, z), independent of the objective sense: Aᵀy + z = 0, y in the dual
 *   cones (y_i ≥ 0 needs a finite lower row bound, y_i ≤ 0 a finite upper one; likewise z), and strength
 *   S = Σ y_i·(bound_i − g_i) + Σ z_j·bound_j − Σ_cones y_bᵀg_b &gt; 0 (bound = lower if positive, upper if negative).
 *   Then every x satisfies zᵀx + yᵀAx ≥ S, so no feasible x has ‖x‖₁ &lt; S / ‖Aᵀy + z‖∞;</li>
 *   <li>dual infeasible — an improving ray d: Qd = 0, cᵀd &lt; 0 (minimize; &gt; 0 maximize), Ad in the recession cone
 *   of every row domain and d in that of the bounds.</li>
 * </ul>
 * A certificate is valid when its violations divided by its strength are at most {@link #CERTIFICATE_TOL}.
 */
public final class SolutionVerifier {
    /** Relative tolerance for certificate conditions. */
    public static final double CERTIFICATE_TOL = 1e-6;

    private SolutionVerifier() { }

    public static VerificationReport verify(ModelData d, BackendResult r) {
        if (r.status().hasFarkasRay() && r.y() != null)
            return farkas(d, r.y(), r.z() == null ? new double[d.numVars()] : r.z());
        if (r.status().hasImprovingRay() && r.x() != null && r.primalStatus() == SolutionStatus.CERTIFICATE)
            return ray(d, r.x());
        if (r.x() == null || r.primalStatus() == SolutionStatus.CERTIFICATE || r.primalStatus() == SolutionStatus.UNDEFINED)
            return new VerificationReport(VerificationReport.Kind.NOTHING_TO_CHECK, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false,
                    List.of("status " + r.status().label() + " came without " + (r.status().hasFarkasRay()
                            || r.status().hasImprovingRay() ? "a certificate" : "a primal point")));
        boolean hasDuals = r.y() != null && r.z() != null && r.dualStatus() != SolutionStatus.UNDEFINED
                && r.dualStatus() != SolutionStatus.CERTIFICATE;
        return solution(d, r.x(), hasDuals ? r.y() : null, hasDuals ? r.z() : null);
    }

    /** Checks a primal point and, when y and z are given, the duals and the gap. */
    public static VerificationReport solution(ModelData d, double[] x, double[] y, double[] z) {
        List<String> notes = new ArrayList<>();
        int n = d.numVars();
        double[] ax = d.a().multiply(x);
        double pViol = 0, pScale = 0;
        String worst = null;
        for (int i = 0; i < ax.length; i++) pScale = Math.max(pScale, Math.max(Math.abs(ax[i]), Math.abs(d.g()[i])));
        for (ModelData.Block b : d.blocks()) {
            if (b.kind() == BlockKind.LINEAR) {
                for (int i = 0; i < b.size(); i++) {
                    int row = b.start() + i;
                    double v = ax[row] + d.g()[row];
                    double viol = Math.max(0, Math.max(b.lo()[i] - v, v - b.hi()[i]));
                    if (viol > pViol) { pViol = viol; worst = "row '" + d.rowNames().get(row) + "'"; }
                    pScale = Math.max(pScale, finiteAbs(b.lo()[i], b.hi()[i]));
                }
            } else {
                double[] rv = new double[b.size()];
                for (int i = 0; i < b.size(); i++) rv[i] = ax[b.start() + i] + d.g()[b.start() + i];
                double viol = ConeMembership.primalViolation(b.kind(), b.alpha(), rv, 0, b.size());
                if (viol > pViol) { pViol = viol; worst = "cone '" + b.name() + "'"; }
            }
        }
        double integrality = 0;
        for (int j = 0; j < n; j++) {
            double viol = Math.max(0, Math.max(d.lb()[j] - x[j], x[j] - d.ub()[j]));
            if (viol > pViol) { pViol = viol; worst = "bound of '" + d.varNames().get(j) + "'"; }
            pScale = Math.max(pScale, Math.max(Math.abs(x[j]), finiteAbs(d.lb()[j], d.ub()[j])));
            if (d.integer()[j]) integrality = Math.max(integrality, Math.abs(x[j] - Math.rint(x[j])));
        }
        if (worst != null) notes.add(String.format("largest primal violation %.2e at %s", pViol, worst));
        double pObj = d.objective(x);
        if (y == null) {
            if (!d.hasIntegers()) notes.add("no dual values: dual residual and gap not checked");
            return new VerificationReport(VerificationReport.Kind.SOLUTION, pViol, pViol / (1 + pScale), Double.NaN, Double.NaN,
                    integrality, pObj, Double.NaN, Double.NaN, Double.NaN, false, notes);
        }
        // Stationarity: c + Qx − Aᵀy − z.
        double[] qx = new double[n];
        ConicProblem.symMultiplyAdd(d.qUpper(), x, qx);
        double[] aty = d.a().transposeMultiply(y);
        double dScale = 0, stat = 0;
        for (int j = 0; j < n; j++) {
            double res = d.c()[j] + qx[j] - aty[j] - z[j];
            stat = Math.max(stat, Math.abs(res));
            dScale = Math.max(dScale, Math.max(Math.max(Math.abs(d.c()[j]), Math.abs(qx[j])), Math.max(Math.abs(aty[j]), Math.abs(z[j]))));
        }
        // Dual feasibility and the dual objective, in the minimization orientation (σ flips maximization).
        double sigma = d.maximize() ? -1 : 1;
        Support s = support(d, scaled(y, sigma), scaled(z, sigma));
        double dViol = Math.max(stat, s.violation);
        if (s.violation > 0) notes.add(String.format("dual sign/cone violation %.2e at %s", s.violation, s.where));
        double xqx = ConicProblem.quadForm(d.qUpper(), x);
        double dObj = sigma * (sigma * d.c0() - 0.5 * sigma * xqx + s.value);
        double gapRel = Math.abs(pObj - dObj) / Math.max(1, Math.min(Math.abs(pObj), Math.abs(dObj)));
        return new VerificationReport(VerificationReport.Kind.SOLUTION, pViol, pViol / (1 + pScale), dViol, dViol / (1 + dScale),
                integrality, pObj, dObj, gapRel, Double.NaN, false, notes);
    }

    /** Checks a Farkas ray (y, z) for primal infeasibility (orientation independent of the objective sense). */
    public static VerificationReport farkas(ModelData d, double[] y, double[] z) {
        List<String> notes = new ArrayList<>();
        double[] res = d.a().transposeMultiply(y);
        double e = 0;
        for (int j = 0; j < res.length; j++) e = Math.max(e, Math.abs(res[j] + z[j]));
        Support s = support(d, y, z);
        double viol = Math.max(e, s.violation);
        double ratio = s.value > 0 ? viol / s.value : Double.POSITIVE_INFINITY;
        boolean valid = s.value > 0 && ratio <= CERTIFICATE_TOL;
        if (s.value <= 0) notes.add("certificate strength " + s.value + " is not positive");
        if (s.violation > 0) notes.add(String.format("sign/cone violation %.2e at %s", s.violation, s.where));
        notes.add(String.format("‖Aᵀy + z‖∞ = %.2e, strength %.6g", e, s.value));
        return new VerificationReport(VerificationReport.Kind.PRIMAL_INFEASIBILITY_CERTIFICATE, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, ratio, valid, notes);
    }

    /** Checks an improving ray d for dual infeasibility (unboundedness). */
    public static VerificationReport ray(ModelData d, double[] dir) {
        List<String> notes = new ArrayList<>();
        double sigma = d.maximize() ? -1 : 1;
        double slope = 0;
        for (int j = 0; j < dir.length; j++) slope += sigma * d.c()[j] * dir[j];
        double[] qd = new double[dir.length];
        ConicProblem.symMultiplyAdd(d.qUpper(), dir, qd);
        double viol = 0;
        for (double v : qd) viol = Math.max(viol, Math.abs(v));
        double[] ad = d.a().multiply(dir);
        for (ModelData.Block b : d.blocks()) {
            if (b.kind() == BlockKind.LINEAR) {
                for (int i = 0; i < b.size(); i++) viol = Math.max(viol, recession(ad[b.start() + i], b.lo()[i], b.hi()[i]));
            } else {
                viol = Math.max(viol, ConeMembership.primalViolation(b.kind(), b.alpha(), ad, b.start(), b.size()));
            }
        }
        for (int j = 0; j < dir.length; j++) viol = Math.max(viol, recession(dir[j], d.lb()[j], d.ub()[j]));
        double strength = -slope;
        double ratio = strength > 0 ? viol / strength : Double.POSITIVE_INFINITY;
        boolean valid = strength > 0 && ratio <= CERTIFICATE_TOL;
        if (strength <= 0) notes.add("the ray does not improve the objective (slope " + slope + ")");
        notes.add(String.format("recession violation %.2e, improvement per unit %.6g", viol, strength));
        return new VerificationReport(VerificationReport.Kind.DUAL_INFEASIBILITY_CERTIFICATE, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, ratio, valid, notes);
    }

    /** Violation of v being a recession direction of [lo, hi]. */
    private static double recession(double v, double lo, double hi) {
        double viol = 0;
        if (hi != Double.POSITIVE_INFINITY) viol = Math.max(viol, v);
        if (lo != Double.NEGATIVE_INFINITY) viol = Math.max(viol, -v);
        return viol;
    }

    private record Support(double value, double violation, String where) { }

    /**
     * Σ over rows and bounds of the support term min over the domain of (y·(r − g)) — with sign violations (a
     * multiplier pushing against an infinite bound, or outside a dual cone) measured instead of added.
     */
    private static Support support(ModelData d, double[] y, double[] z) {
        double value = 0, viol = 0;
        String where = "";
        for (ModelData.Block b : d.blocks()) {
            if (b.kind() == BlockKind.LINEAR) {
                for (int i = 0; i < b.size(); i++) {
                    int row = b.start() + i;
                    double t = term(y[row], b.lo()[i] - d.g()[row], b.hi()[i] - d.g()[row]);
                    if (Double.isNaN(t)) {
                        if (Math.abs(y[row]) > viol) { viol = Math.abs(y[row]); where = "row '" + d.rowNames().get(row) + "'"; }
                    } else value += t;
                }
            } else {
                double v = ConeMembership.dualViolation(b.kind(), b.alpha(), y, b.start(), b.size());
                if (v > viol) { viol = v; where = "cone '" + b.name() + "'"; }
                for (int i = 0; i < b.size(); i++) value -= y[b.start() + i] * d.g()[b.start() + i];
            }
        }
        for (int j = 0; j < z.length; j++) {
            double t = term(z[j], d.lb()[j], d.ub()[j]);
            if (Double.isNaN(t)) {
                if (Math.abs(z[j]) > viol) { viol = Math.abs(z[j]); where = "bound of '" + d.varNames().get(j) + "'"; }
            } else value += t;
        }
        return new Support(value, viol, where);
    }

    /** min over v in [lo, hi] of m·v; NaN when unbounded below (m pushes towards an infinite bound). */
    private static double term(double m, double lo, double hi) {
        if (m > 0) return lo == Double.NEGATIVE_INFINITY ? Double.NaN : m * lo;
        if (m < 0) return hi == Double.POSITIVE_INFINITY ? Double.NaN : m * hi;
        return 0;
    }

    private static double[] scaled(double[] v, double s) {
        if (s == 1) return v;
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = s * v[i];
        return r;
    }

    private static double finiteAbs(double lo, double hi) {
        double m = 0;
        if (Double.isFinite(lo)) m = Math.abs(lo);
        if (Double.isFinite(hi)) m = Math.max(m, Math.abs(hi));
        return m;
    }
}
