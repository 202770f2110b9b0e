package io.hedgecone.solver.ortools;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.spi.UnsupportedModelException;

/**
 * Exact integer form of a pure integer model for CP-SAT, or a refusal.
 *
 * <p>CP-SAT works over integers; MPSolver would otherwise scale real coefficients itself with a tolerance, i.e.
 * approximately. Here each row is multiplied by the smallest power of ten 10^k (k ≤ 6) that makes all its
 * coefficients integers (to 1e-9 relative); its bounds, which an integer activity can only meet at integers, are
 * then rounded inward (⌈lo⌉, ⌊hi⌋) — an exact reformulation. The objective is scaled the same way (a positive factor
 * does not move the optimum; the reported objective is recomputed from x). Variable bounds are rounded inward too.
 *
 * <p>Refused, with {@link UnsupportedModelException}: continuous variables; a coefficient that is not a decimal
 * with at most 6 digits after the point; a scaled coefficient beyond 2^53 (not exact in a double); a variable
 * bound beyond ±10⁷ or infinite (CP-SAT's default {@code mip_max_bound}, which would otherwise clamp domains).
 */
final class CpSatScaling {
    static final double MAX_BOUND = 1e7;
    private static final int MAX_DIGITS = 6;
    private static final double EXACT = 9007199254740992.0; // 2^53

    final double[] rowScale;
    final double objectiveScale;
    final double[] lo, hi, lb, ub;

    private CpSatScaling(double[] rowScale, double objectiveScale, double[] lo, double[] hi, double[] lb, double[] ub) {
        this.rowScale = rowScale;
        this.objectiveScale = objectiveScale;
        this.lo = lo;
        this.hi = hi;
        this.lb = lb;
        this.ub = ub;
    }

    /** @param rowLo, rowHi row bounds on Ax (g already subtracted) */
    static CpSatScaling of(ModelData data, double[] rowLo, double[] rowHi) {
        int n = data.numVars(), m = data.numRows();
        String why = "ortools engine 'cpsat' cannot solve model '" + data.name() + "': ";
        double[] lb = new double[n], ub = new double[n];
        for (int j = 0; j < n; j++) {
            String v = data.varNames().get(j);
            if (!data.integer()[j]) throw new UnsupportedModelException(why + "variable '" + v + "' is continuous (CP-SAT needs all variables integer)");
            if (!(Math.abs(data.lb()[j]) <= MAX_BOUND && Math.abs(data.ub()[j]) <= MAX_BOUND))
                throw new UnsupportedModelException(why + "variable '" + v + "' has bounds [" + data.lb()[j] + ", " + data.ub()[j]
                        + "] beyond ±1e7 (CP-SAT needs finite integer domains)");
            lb[j] = Math.ceil(data.lb()[j] - 1e-9);
            ub[j] = Math.floor(data.ub()[j] + 1e-9);
        }
        // coefficients of each row, through the transpose
        CscMatrix at = data.a().transpose();
        double[] scale = new double[m], lo = new double[m], hi = new double[m];
        for (int i = 0; i < m; i++) {
            int from = at.colPtr()[i], to = at.colPtr()[i + 1];
            double[] coef = java.util.Arrays.copyOfRange(at.values(), from, to);
            Double s = integerScale(coef);
            if (s == null) throw new UnsupportedModelException(why + "row '" + data.rowNames().get(i)
                    + "' has a coefficient that is not a decimal with at most " + MAX_DIGITS + " digits after the point, or too large to scale exactly");
            scale[i] = s;
            lo[i] = Double.isFinite(rowLo[i]) ? Math.ceil(rowLo[i] * s - 1e-9) : Double.NEGATIVE_INFINITY;
            hi[i] = Double.isFinite(rowHi[i]) ? Math.floor(rowHi[i] * s + 1e-9) : Double.POSITIVE_INFINITY;
        }
        Double os = integerScale(data.c());
        if (os == null) throw new UnsupportedModelException(why + "an objective coefficient is not a decimal with at most "
                + MAX_DIGITS + " digits after the point, or too large to scale exactly");
        return new CpSatScaling(scale, os, lo, hi, lb, ub);
    }

    /** Smallest 10^k, k ≤ 6, making every value an integer (relative 1e-9) below 2^53; null if none. */
    static Double integerScale(double[] values) {
        double s = 1;
        for (int k = 0; k <= MAX_DIGITS; k++, s *= 10) {
            boolean ok = true;
            for (double v : values) {
                double w = v * s;
                if (Math.abs(w) >= EXACT || Math.abs(w - Math.rint(w)) > 1e-9 * Math.max(1, Math.abs(w))) { ok = false; break; }
            }
            if (ok) return s;
        }
        return null;
    }

    /** The scaled coefficient, rounded to the integer it represents. */
    static double scaled(double value, double scale) { return Math.rint(value * scale); }
}
