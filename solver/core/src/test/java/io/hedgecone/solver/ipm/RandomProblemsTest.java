package io.hedgecone.solver.ipm;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.QuadExpr;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.api.Variable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random problems that are feasible and bounded by construction (a known interior-ish point x₀, a box
 * around it), so every one must end OPTIMAL with a verified solution: a check of generality beyond the benchmark
 * instances. Rows and columns are scaled by 10^U(−s, s). Families: LPs (half with x ≥ 0, degenerate points with
 * zeros), convex QPs (½‖Fx‖² + cᵀx with F of random rank, so P is often singular), SOCPs (up to five cones
 * ‖F x‖ ≤ t, some tight at x₀), SOCPs with up to twenty cones of dimension 33 to 80 (the sparse and lifted KKT
 * forms of large cones), exponential-cone programs (u ≥ exp(gᵀx) priced in the objective) and power-cone programs
 * (|t| ≤ u^α w^(1−α) with u, w affine in x, t rewarded in the objective). The same problems with one
 * contradicting row added must be reported primal infeasible with a ray that the independent verifier accepts.
 */
class RandomProblemsTest {
    private static final int CASES = 100;

    @ParameterizedTest(name = "{0}, scale 10^±{1}")
    @CsvSource({"lp, 0", "lp, 1", "qp, 0", "qp, 1", "soc, 0", "soc, 1", "socbig, 0", "socbig, 1", "exp, 0", "pow, 0", "pow, 1"})
    void everyRandomFeasibleProblemIsSolvedAndVerified(String family, double scale) {
        solveAll(family, scale, false, 0, RandomProblemsTest::optimalAndVerified);
    }

    /**
     * Rows and columns scaled by up to 10^±2.5, so that entries of A span ten orders of magnitude and those of P
     * twenty: equilibration cannot undo this (P and A are scaled independently), and some of these end short of
     * optimal. The allowance records where the solver stands, so that a regression shows: qp 93 of 100 before the
     * static regularisation was lowered on stalled refinement, 98 after, 97 once ‖Fx‖² was summed per pair of
     * variables (the same P up to rounding: at this scaling single outcomes follow rounding-level changes), 98 since
     * a run short of full accuracy is repeated with weaker static regularisation.
     */
    @ParameterizedTest(name = "{0}, scale 10^±{1}, at most {2} failures")
    @CsvSource({"lp, 2.5, 0", "qp, 2.5, 3"})
    void badlyScaledProblemsAreSolvedAlmostAlways(String family, double scale, int allowed) {
        solveAll(family, scale, false, allowed, RandomProblemsTest::optimalAndVerified);
    }

    private static boolean optimalAndVerified(Solution s) {
        return s.status() == ProblemStatus.OPTIMAL && s.verify().solutionVerified(1e-7);
    }

    /**
     * Infeasible variants: each must be reported primal infeasible, at full or reduced accuracy, and every
     * full-accuracy claim must carry a Farkas ray that the independent verifier accepts (reduced-accuracy rays must
     * hold to 1e-4). At most {@code maxAlmost} may stop at reduced accuracy (the ray's accuracy stalling between
     * the two tiers). Before the static regularisation was lowered on stalled refinement, lp at 10^±1 had 18 such
     * cases, soc 19 plus 3 numerical errors, qp 52 plus 5 failures; then 3, 2 and 10; 2, 1 and 7 since a run short
     * of full accuracy is repeated with weaker static regularisation.
     */
    @ParameterizedTest(name = "{0}, scale 10^±{1}, at most {2} almost_primal_infeasible")
    @CsvSource({"lp, 0, 2", "lp, 1, 5", "qp, 0, 2", "qp, 1, 15", "soc, 0, 2", "soc, 1, 5"})
    void everyRandomInfeasibleProblemIsReportedWithAVerifiedRay(String family, double scale, int maxAlmost) {
        int almost = solveAll(family, scale, true, 0, s -> switch (s.status()) {
            case PRIMAL_INFEASIBLE -> s.verify().certificateValid();
            case ALMOST_PRIMAL_INFEASIBLE -> s.verify().certificateResidual() <= 1e-4;
            default -> false;
        });
        System.out.printf("%s scale %s infeasible: %d of %d reported almost_primal_infeasible%n", family, scale, almost, CASES);
        assertTrue(almost <= maxAlmost, family + " scale " + scale + ": " + almost + " almost_primal_infeasible, at most " + maxAlmost + " expected");
    }

    /**
     * Solves the CASES seeds of a family, asserts that all but at most {@code allowed} solutions pass {@code ok};
     * returns how many were almost_*.
     */
    private static int solveAll(String family, double scale, boolean infeasible, int allowed, Predicate<Solution> ok) {
        List<String> failures = new ArrayList<>();
        int almost = 0;
        for (int seed = 0; seed < CASES; seed++) {
            try (Model m = build(family, scale, seed, infeasible)) {
                Solution s = m.solve();
                if (s.status().label().startsWith("almost_")) almost++;
                if (!ok.test(s)) failures.add("seed " + seed + ": " + s.status() + " " + s.verify().summary());
            }
        }
        if (!failures.isEmpty()) System.out.printf("%s scale %s: %d of %d failed (%d allowed)%n", family, scale, failures.size(), CASES, allowed);
        assertTrue(failures.size() <= allowed, family + " scale " + scale + ": " + failures.size() + " of " + CASES + " failed:\n"
                + String.join("\n", failures));
        return almost;
    }

    static Model build(String family, double scale, int seed) { return build(family, scale, seed, false); }

    /**
     * With {@code infeasible}, one more row asks yᵀAx ≥ yᵀb + 1 for a random y ≥ 0: a nonnegative combination of
     * the rows Ax ≤ b contradicts it, so the problem is primal infeasible (the rest is unchanged).
     */
    static Model build(String family, double scale, int seed, boolean infeasible) {
        Random r = new Random(seed * 7919L + family.hashCode());
        Model md = new Model(family + "-" + seed);
        boolean big = family.equals("socbig");
        int n = big ? 40 + r.nextInt(40) : 5 + r.nextInt(40), m = 3 + r.nextInt(30);
        boolean nonneg = family.equals("lp") && r.nextBoolean();
        Variable x = md.variable("x", n, nonneg ? Domain.greaterThan(0) : Domain.unbounded());
        double[] x0 = new double[n];
        for (int j = 0; j < n; j++) {
            x0[j] = r.nextDouble() < 0.3 ? 0 : r.nextGaussian();
            if (nonneg) x0[j] = Math.abs(x0[j]);
        }
        Matrix a = sparse(r, m, n, 0.3, scale);
        double[] b = times(a, x0);
        for (int i = 0; i < m; i++) b[i] += r.nextDouble() < 0.5 ? 0 : r.nextDouble(); // half of the rows tight at x₀
        md.constraint("lin", Expr.mul(a, x), Domain.lessThan(b));
        if (infeasible) {
            double[] y = new double[m];
            y[r.nextInt(m)] = 1;
            for (int i = 0; i < m; i++) if (r.nextBoolean()) y[i] += r.nextDouble();
            double[] aty = new double[n];
            a.csc().transposeMultiplyAdd(1.0, y, aty);
            double ytb = 0;
            for (int i = 0; i < m; i++) ytb += y[i] * b[i];
            md.constraint("contradiction", Expr.dot(aty, x), Domain.greaterThan(ytb + 1));
        }
        double[] box = new double[n];
        for (int j = 0; j < n; j++) box[j] = Math.max(10 * factor(r, scale), 2 * Math.abs(x0[j]) + 1);
        md.constraint("upper", x, Domain.lessThan(box));
        md.constraint("lower", Expr.neg(x), Domain.lessThan(box));
        double[] c = new double[n];
        for (int j = 0; j < n; j++) c[j] = r.nextGaussian() * factor(r, scale);
        switch (family) {
            case "lp" -> md.objective(r.nextBoolean() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE, Expr.dot(c, x));
            case "qp" -> {
                Matrix f = sparse(r, 1 + r.nextInt(n), n, 0.4, scale); // P = FᵀF, singular when F has fewer rows than n
                md.objective(ObjectiveSense.MINIMIZE, QuadExpr.sumOfSquares(Expr.mul(f, x)).mul(0.5).add(Expr.dot(c, x)));
            }
            case "soc", "socbig" -> {
                int k = big ? 1 + r.nextInt(20) : 1 + r.nextInt(5);
                for (int q = 0; q < k; q++) {
                    int d = big ? 33 + r.nextInt(n - 32) : 2 + r.nextInt(Math.min(n, 12));
                    Matrix f = sparse(r, d, n, 0.5, scale);
                    double norm = 0;
                    for (double v : times(f, x0)) norm += v * v;
                    double t = Math.sqrt(norm) + (r.nextBoolean() ? 0 : r.nextDouble());
                    md.constraint("q" + q, Expr.vstack(Expr.constTerm(t), Expr.mul(f, x)), Domain.inQCone());
                }
                md.objective(r.nextBoolean() ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE, Expr.dot(c, x));
            }
            case "exp" -> {
                int k = 1 + r.nextInt(6);
                Variable u = md.variable("u", k, Domain.unbounded());
                for (int q = 0; q < k; q++) {
                    Matrix g = sparse(r, 1, n, 0.5, scale);
                    md.constraint("e" + q, Expr.vstack(u.index(q), Expr.constTerm(1.0), Expr.mul(g, x)), Domain.inPExpCone());
                }
                double[] cu = new double[k];
                for (int q = 0; q < k; q++) cu[q] = r.nextDouble() * factor(r, scale);
                md.objective(ObjectiveSense.MINIMIZE, Expr.add(Expr.dot(cu, u), Expr.dot(c, x)));
            }
            case "pow" -> {
                // maximize Σ w_q t_q with |t_q| ≤ u_q^α w_q^(1−α), u_q and w_q affine in x and ≥ 0.5 at x₀
                int k = 1 + r.nextInt(6);
                Variable t = md.variable("t", k, Domain.unbounded());
                double[] ct = new double[k];
                for (int q = 0; q < k; q++) {
                    Expr[] uw = new Expr[2];
                    for (int h = 0; h < 2; h++) {
                        Matrix g = sparse(r, 1, n, 0.5, scale);
                        double gx0 = times(g, x0)[0];
                        uw[h] = Expr.mul(g, x).add(Math.abs(gx0) - gx0 + 0.5 + r.nextDouble());
                    }
                    md.constraint("p" + q, Expr.vstack(uw[0], uw[1], t.index(q)), Domain.inPPowerCone(0.1 + 0.8 * r.nextDouble()));
                    ct[q] = -(0.1 + r.nextDouble()) * factor(r, scale);
                }
                md.objective(ObjectiveSense.MINIMIZE, Expr.add(Expr.dot(ct, t), Expr.dot(c, x)));
            }
            default -> throw new IllegalArgumentException(family);
        }
        return md;
    }

    private static double factor(Random r, double scale) { return Math.pow(10, (2 * r.nextDouble() - 1) * scale); }

    /** Random sparse matrix with row and column scales 10^U(−s, s); every row has at least one entry. */
    private static Matrix sparse(Random r, int rows, int cols, double density, double scale) {
        double[] rs = new double[rows], cs = new double[cols];
        for (int i = 0; i < rows; i++) rs[i] = factor(r, scale);
        for (int j = 0; j < cols; j++) cs[j] = factor(r, scale);
        List<int[]> at = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean any = false;
            for (int j = 0; j < cols; j++)
                if (r.nextDouble() < density || (j == cols - 1 && !any)) {
                    any = true;
                    at.add(new int[]{i, j});
                    vals.add(r.nextGaussian() * rs[i] * cs[j]);
                }
        }
        int[] ii = new int[at.size()], jj = new int[at.size()];
        double[] vv = new double[at.size()];
        for (int t = 0; t < at.size(); t++) { ii[t] = at.get(t)[0]; jj[t] = at.get(t)[1]; vv[t] = vals.get(t); }
        return Matrix.sparse(rows, cols, ii, jj, vv);
    }

    private static double[] times(Matrix a, double[] x) {
        var c = a.csc();
        double[] y = new double[a.rows()];
        c.multiplyAdd(1.0, x, y);
        return y;
    }
}
