package io.hedgecone.solver.testing;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Variable;

import java.util.SplittableRandom;

/**
 * The second-order cone program of BRMOB's union bound, as a fixture for the solver's regression tests and the JMH
 * benchmarks of the tests module (shared through solver-core's test-jar):
 * <pre>
 *   minimize t  over π ∈ Δ_k, y = LᵀΦᵀπ ∈ R^d, v = (Φμ)ᵀπ
 *   subject to  ((t − φ_aᵀμ + v)/z, Lᵀφ_a − y) ∈ Q^{d+1}   for every arm a
 * </pre>
 * so that each cone touches only t, v and y (d + 2 variables) whatever k is. Data are random with a fixed seed:
 * μ ~ N(0, 1), Σ = BBᵀ/d + 0.1·I with B Gaussian, Φ Gaussian (or I for the multi-armed case), z = 2.326 (δ = 0.01).
 */
public final class BrmobSocp {
    private BrmobSocp() { }

    /** Builds the model; {@code multiArmed} means Φ = I (d = k). */
    public static Model build(int k, int d, boolean multiArmed, long seed) {
        return build(k, d, multiArmed, seed, Double.POSITIVE_INFINITY);
    }

    /**
     * The linear model with the extra constraint t ≤ tMax: infeasible for tMax &lt; 0, since the bound t is at least
     * the regret φ_aᵀμ − (Φμ)ᵀπ of the best arm a, which is nonnegative.
     */
    public static Model withBoundBelow(int k, int d, long seed, double tMax) { return build(k, d, false, seed, tMax); }

    private static Model build(int k, int d, boolean multiArmed, long seed, double tMax) {
        SplittableRandom rnd = new SplittableRandom(seed);
        if (multiArmed) d = k;
        double[][] phi = new double[k][d];
        for (int a = 0; a < k; a++)
            for (int j = 0; j < d; j++) phi[a][j] = multiArmed ? (a == j ? 1 : 0) : gauss(rnd) / Math.sqrt(d);
        double[] mu = new double[d];
        for (int j = 0; j < d; j++) mu[j] = gauss(rnd);
        double[][] l = cholesky(covariance(d, rnd));
        double z = 2.326;
        // Lᵀφ_a for each arm (rows) and Φμ
        double[][] ltPhi = new double[k][d];
        double[] phiMu = new double[k];
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < d; i++) {
                double s = 0;
                for (int j = i; j < d; j++) s += l[j][i] * phi[a][j]; // (Lᵀφ)_i = Σ_j L_ji φ_j
                ltPhi[a][i] = s;
                phiMu[a] += phi[a][i] * mu[i];
            }
        }
        Model m = new Model("brmob-k" + k + "-d" + d);
        Variable pi = m.variable("pi", k, Domain.greaterThan(0));
        Variable t = m.variable("t", 1);
        Variable v = m.variable("v", 1);
        Variable y = m.variable("y", d);
        m.constraint("simplex", Expr.sum(pi), Domain.equalsTo(1));
        // y = LᵀΦᵀπ: (LᵀΦᵀ) is d×k with column a = Lᵀφ_a
        double[][] ltPhiT = new double[d][k];
        for (int a = 0; a < k; a++) for (int i = 0; i < d; i++) ltPhiT[i][a] = ltPhi[a][i];
        m.constraint("y-def", Expr.sub(Expr.mul(Matrix.dense(ltPhiT), pi), y), Domain.equalsTo(0));
        m.constraint("v-def", Expr.sub(Expr.dot(phiMu, pi), v), Domain.equalsTo(0));
        for (int a = 0; a < k; a++) {
            Expr head = Expr.mul(1 / z, Expr.add(t, v)).add(-phiMu[a] / z);
            Expr tail = Expr.neg(y).add(ltPhi[a]);
            m.constraint("arm" + a, Expr.vstack(head, tail), Domain.inQCone());
        }
        if (tMax < Double.POSITIVE_INFINITY) m.constraint("t-max", t, Domain.lessThan(tMax));
        m.objective(ObjectiveSense.MINIMIZE, t);
        return m;
    }

    private static double[][] covariance(int d, SplittableRandom rnd) {
        double[][] b = new double[d][d];
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) b[i][j] = gauss(rnd);
        double[][] s = new double[d][d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j <= i; j++) {
                double v = 0;
                for (int r = 0; r < d; r++) v += b[i][r] * b[j][r];
                s[i][j] = s[j][i] = v / d + (i == j ? 0.1 : 0);
            }
        return s;
    }

    /** Lower-triangular L with LLᵀ = s. */
    private static double[][] cholesky(double[][] s) {
        int n = s.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = s[j][j];
            for (int r = 0; r < j; r++) d -= l[j][r] * l[j][r];
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double v = s[i][j];
                for (int r = 0; r < j; r++) v -= l[i][r] * l[j][r];
                l[i][j] = v / l[j][j];
            }
        }
        return l;
    }

    private static double gauss(SplittableRandom r) {
        // Box–Muller; one of the pair is enough here
        double u = r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** The multi-armed model (k dense cones of dimension k + 1) in the solver's conic form. */
    public static io.hedgecone.solver.form.ConicProblem multiArmed(int k, long seed) {
        return io.hedgecone.solver.bridge.CanonicalBridge.toConic(build(k, 0, true, seed).toData()).problem();
    }
}
