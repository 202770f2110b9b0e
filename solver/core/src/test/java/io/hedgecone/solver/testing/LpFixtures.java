package io.hedgecone.solver.testing;

import io.hedgecone.solver.form.ModelData;

import java.util.Random;

import static io.hedgecone.solver.testing.LpBuilder.INF;

/** Small models with hand-computed solutions, shared by the backend tests. */
public final class LpFixtures {
    private LpFixtures() { }

    /**
     * <pre>
     * minimize  −x1 − x2 − 3x3 + 2x4 + x5 + 0.5
     *   r0: x1 + 2x2 + x4 + 1 ≤ 6     (active, y = −0.4)
     *   r1: 3x1 + x2 ≤ 6              (active, y = −0.2)
     *   r2: x5 − x3 ≥ 1               (active, y = 1)
     *   x1, x2 ≥ 0;  0 ≤ x3 ≤ 1 (at upper, z = −2);  1 ≤ x4 ≤ 5 (at lower, z = 2.4);  x5 free
     * </pre>
     * Optimum x = (1.6, 1.2, 1, 1, 2), objective −1.3. Nondegenerate, so the duals are unique. With
     * {@code maximize} the objective is negated: same x, objective 1.3, and y, z negated.
     */
    public static ModelData signLp(boolean maximize) {
        double s = maximize ? -1 : 1;
        LpBuilder b = maximize ? LpBuilder.maximize("sign-max") : LpBuilder.minimize("sign-min");
        b.var("x1", 0, INF, -s);
        b.var("x2", 0, INF, -s);
        b.var("x3", 0, 1, -3 * s);
        b.var("x4", 1, 5, 2 * s);
        b.var("x5", -INF, INF, s);
        b.objectiveConstant(0.5 * s);
        b.rowWithConstant("r0", 1.0, -INF, 6, 1, 2, 0, 1, 0);
        b.row("r1", -INF, 6, 3, 1);
        b.row("r2", 1, INF, 0, 0, -1, 0, 1);
        return b.build();
    }

    public static final double[] SIGN_X = {1.6, 1.2, 1, 1, 2};
    public static final double[] SIGN_Y_MIN = {-0.4, -0.2, 1};
    public static final double[] SIGN_Z_MIN = {0, 0, -2, 2.4, 0};
    public static final double SIGN_OBJ_MIN = -1.3;

    /**
     * Ranged and equality rows, free variables: optimize x1 + 2x2 s.t. 1 ≤ x1 − x2 ≤ 3, x1 + x2 = 2.
     * Minimum at x = (2.5, −0.5) (upper side of the range active), value 1.5; maximum at x = (1.5, 0.5) (lower
     * side active), value 2.5. In both cases y = (−0.5, 1.5) and z = 0 (A is square and invertible).
     */
    public static ModelData rangedLp(boolean maximize) {
        LpBuilder b = maximize ? LpBuilder.maximize("ranged-max") : LpBuilder.minimize("ranged-min");
        b.var("x1", -INF, INF, 1);
        b.var("x2", -INF, INF, 2);
        b.row("range", 1, 3, 1, -1);
        b.row("eq", 2, 2, 1, 1);
        return b.build();
    }

    /** Infeasible: x1 + x2 ≥ 3 with x1 − x2 = 0 and 0 ≤ x ≤ 1. */
    public static ModelData infeasibleLp(boolean maximize) {
        LpBuilder b = maximize ? LpBuilder.maximize("infeasible-max") : LpBuilder.minimize("infeasible-min");
        b.var("x1", 0, 1, 1);
        b.var("x2", 0, 1, -1);
        b.row("sum", 3, INF, 1, 1);
        b.row("diff", 0, 0, 1, -1);
        return b.build();
    }

    /** Infeasible through rows only, free variables: x1 − x2 ≥ 2, x2 ≥ 0, x1 ≤ 0.5 (and a redundant x1 + x2 ≤ 1). */
    public static ModelData infeasibleRowsLp() {
        LpBuilder b = LpBuilder.minimize("infeasible-rows");
        b.var("x1", -INF, INF, 0);
        b.var("x2", -INF, INF, 0);
        b.row("a", -INF, 1, 1, 1);
        b.row("b", 2, INF, 1, -1);
        b.row("c", 0, INF, 0, 1);
        b.row("d", -INF, 0.5, 1, 0);
        return b.build();
    }

    /** Unbounded: minimize −x1 − x2 (maximize x1 + x2) s.t. x1 − x2 ≤ 1, x ≥ 0; improving ray (1, 1). */
    public static ModelData unboundedLp(boolean maximize) {
        double s = maximize ? -1 : 1;
        LpBuilder b = maximize ? LpBuilder.maximize("unbounded-max") : LpBuilder.minimize("unbounded-min");
        b.var("x1", 0, INF, -s);
        b.var("x2", 0, INF, -s);
        b.row("r", -INF, 1, 1, -1);
        return b.build();
    }

    /** Unbounded with a free variable: minimize x1 s.t. x1 − x2 ≥ 0, x2 ≤ 3 as a row, both free; ray (−1, −1). */
    public static ModelData unboundedFreeLp() {
        LpBuilder b = LpBuilder.minimize("unbounded-free");
        b.var("x1", -INF, INF, 1);
        b.var("x2", -INF, INF, 0);
        b.row("r", 0, INF, 1, -1);
        b.row("cap", -INF, 3, 0, 1);
        return b.build();
    }

    /** 0/1 knapsack: values (10, 13, 7, 8, 5), weights (5, 6, 3, 4, 2), capacity 10; unique optimum {0, 2, 4}, value 22. */
    public static ModelData knapsack() {
        double[] v = {10, 13, 7, 8, 5}, w = {5, 6, 3, 4, 2};
        LpBuilder b = LpBuilder.maximize("knapsack");
        for (int j = 0; j < v.length; j++) b.intVar("x" + j, 0, 1, v[j]);
        b.row("capacity", -INF, 10, w);
        return b.build();
    }

    public static final double[] KNAPSACK_X = {1, 0, 1, 0, 1};

    /**
     * Market split (Cornuéjols–Dawande) with slacks: minimize Σ (s⁺_i + s⁻_i) s.t. Σ_j a_ij x_j + s⁺_i − s⁻_i =
     * ⌊Σ_j a_ij / 2⌋, x binary, a_ij uniform in 0..99, 0 ≤ s± ≤ Σ_j a_ij (integer when {@code integerSlacks}, so that
     * CP-SAT accepts it). Any 0/1 point is feasible (an incumbent is found at once) but proving optimality takes
     * branch-and-bound far longer than a fraction of a second for m = 4, n = 30.
     */
    public static ModelData marketSplit(int m, int n, long seed, boolean integerSlacks) {
        Random r = new Random(seed);
        LpBuilder b = LpBuilder.minimize("market-split-" + m + "x" + n);
        int[][] a = new int[m][n];
        int[] sum = new int[m];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) { a[i][j] = r.nextInt(100); sum[i] += a[i][j]; }
        for (int j = 0; j < n; j++) b.intVar("x" + j, 0, 1, 0);
        for (int i = 0; i < m; i++) {
            if (integerSlacks) { b.intVar("sp" + i, 0, sum[i], 1); b.intVar("sm" + i, 0, sum[i], 1); }
            else { b.var("sp" + i, 0, sum[i], 1); b.var("sm" + i, 0, sum[i], 1); }
        }
        for (int i = 0; i < m; i++) {
            double[] coef = new double[n + 2 * m];
            for (int j = 0; j < n; j++) coef[j] = a[i][j];
            coef[n + 2 * i] = 1;
            coef[n + 2 * i + 1] = -1;
            b.row("split" + i, sum[i] / 2, sum[i] / 2, coef);
        }
        return b.build();
    }

    /** A model with a quadratic-cone block: t ≥ ‖(x1, x2)‖ — only conic backends accept it. */
    public static ModelData withQuadraticCone() {
        LpBuilder b = LpBuilder.minimize("soc");
        b.var("t", -INF, INF, 1);
        b.var("x1", 1, 1, 0);
        b.var("x2", 2, 2, 0);
        b.cone("soc", io.hedgecone.solver.form.BlockKind.QCONE, new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0, 1});
        return b.build();
    }

    /**
     * Random small LP (3–5 variables, 2–4 rows), mixing lower, upper, ranged and equality rows, bounded, half-bounded
     * and free variables and both senses; it may be feasible, infeasible or unbounded.
     */
    public static ModelData randomLp(Random rnd, int id) {
        int n = 3 + rnd.nextInt(3), m = 2 + rnd.nextInt(3);
        LpBuilder b = rnd.nextBoolean() ? LpBuilder.maximize("random-" + id) : LpBuilder.minimize("random-" + id);
        for (int j = 0; j < n; j++) {
            double lb = -3 + rnd.nextInt(3), ub = 1 + rnd.nextInt(3);
            if (rnd.nextInt(4) == 0) lb = -INF;
            if (rnd.nextInt(6) == 0) ub = INF;
            b.var("x" + j, lb, ub, rnd.nextInt(7) - 3);
        }
        for (int i = 0; i < m; i++) {
            double[] coef = new double[n];
            for (int j = 0; j < n; j++) coef[j] = rnd.nextInt(5) - 2;
            double lo = -1 - rnd.nextInt(3), hi = rnd.nextInt(3);
            switch (rnd.nextInt(4)) {
                case 0 -> b.row("r" + i, lo, INF, coef);
                case 1 -> b.row("r" + i, -INF, hi, coef);
                case 2 -> b.row("r" + i, lo, hi, coef);
                default -> b.row("r" + i, 0.5 * (lo + hi), 0.5 * (lo + hi), coef);
            }
        }
        return b.build();
    }
}
