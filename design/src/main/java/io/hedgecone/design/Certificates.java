package io.hedgecone.design;

import io.hedgecone.design.algebra.Cholesky;
import io.hedgecone.design.algebra.Information;

/**
 * Recomputes criterion values, leverages and certificates from a weight vector and the candidates, with a fresh
 * factorization of V(w) in the projected (orthonormal-basis) coordinates: independent of the whitened
 * coordinates, inverse updates and solver output that produced the weights.
 */
public final class Certificates {
    /** Weights may miss the simplex by this much (rounding in a solver's or a file's numbers). */
    public static final double WEIGHT_TOL = 1e-9;

    private Certificates() { }

    /** A certificate with the leverages it was computed from (K values). */
    public record Evaluation(Certificate certificate, double[] leverages) { }

    /** Evaluates weights {@code w} (length K, on the simplex to {@link #WEIGHT_TOL}) for {@code criterion}. */
    public static Evaluation evaluate(Candidates c, double[] w, Criterion criterion) {
        checkWeights(w, c.count());
        int k = c.count(), r = c.rank();
        double[] z = c.projected();
        Cholesky f = Cholesky.factor(Information.matrix(z, k, r, w), r);
        if (f == null) {
            double[] g = new double[k];
            java.util.Arrays.fill(g, Double.POSITIVE_INFINITY);
            double obj = criterion.maximizes() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return new Evaluation(new Certificate(criterion, r, obj, criterion == Criterion.G ? r : Double.NaN,
                    Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, -1, Double.NaN), g);
        }
        double[] g = new double[k];
        double[] work = new double[r], sol = new double[r];
        double gmax = Double.NEGATIVE_INFINITY, amax = 0, wg = 0;
        int arg = -1;
        for (int i = 0; i < k; i++) {
            g[i] = f.leverage(z, i * r, work);
            wg += w[i] * g[i];
            if (g[i] > gmax) { gmax = g[i]; arg = i; }
            if (criterion == Criterion.A) {
                f.solve(z, i * r, sol);
                double a = 0;
                for (double s : sol) a += s * s;
                amax = Math.max(amax, a);
            }
        }
        double identity = Math.abs(wg - r);
        Certificate cert = switch (criterion) {
            case D -> {
                double obj = f.logDet();
                double gap = r * Math.log(Math.max(gmax, r) / r);
                yield new Certificate(criterion, r, obj, obj + gap, gap, gmax, arg, identity);
            }
            case G -> new Certificate(criterion, r, gmax, r, Math.max(0, gmax - r), gmax, arg, identity);
            case A -> {
                double t = traceInverse(f, r);
                double bound = t * t / Math.max(amax, t);
                yield new Certificate(criterion, r, t, bound, t - bound, gmax, arg, identity);
            }
        };
        return new Evaluation(cert, g);
    }

    /** trace V⁻¹ = ‖L⁻¹‖_F². */
    static double traceInverse(Cholesky f, int r) {
        double[] e = new double[r], col = new double[r];
        double t = 0;
        for (int j = 0; j < r; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            f.forwardSolve(e, 0, col);
            for (double v : col) t += v * v;
        }
        return t;
    }

    /** Throws unless w has length K, finite entries ≥ −tol and sum 1 ± tol. */
    public static void checkWeights(double[] w, int k) {
        if (w.length != k) throw new IllegalArgumentException(w.length + " weights for " + k + " candidates");
        double s = 0;
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(w[i]) || w[i] < -WEIGHT_TOL) throw new IllegalArgumentException("weight " + i + " is " + w[i]);
            s += w[i];
        }
        if (Math.abs(s - 1) > WEIGHT_TOL) throw new IllegalArgumentException("weights sum to " + s + ", not 1");
    }
}
