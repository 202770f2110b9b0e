package io.hedgecone.solver.testing;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: builds small {@link ModelData} directly, one block per row (or per cone).
 * <pre>
 *   LpBuilder b = LpBuilder.minimize("demo");
 *   int x = b.var("x", 0, 10, 1.0), y = b.var("y", 0, INF, 2.0);
 *   b.row("r0", 1, INF, 1, 1);              // 1 ≤ x + y
 *   ModelData d = b.build();
 * </pre>
 */
public final class LpBuilder {
    public static final double INF = Double.POSITIVE_INFINITY;

    private final String name;
    private final boolean maximize;
    private final List<String> varNames = new ArrayList<>();
    private final List<double[]> varData = new ArrayList<>(); // lb, ub, c, integer(0/1)
    private final List<double[]> rows = new ArrayList<>();   // dense coefficients (padded on build)
    private final List<Double> rowConst = new ArrayList<>();
    private final List<ModelData.Block> blocks = new ArrayList<>();
    private final List<String> rowNames = new ArrayList<>();
    private final List<double[]> qEntries = new ArrayList<>(); // i, j, value (upper triangle)
    private double c0;

    private LpBuilder(String name, boolean maximize) { this.name = name; this.maximize = maximize; }

    public static LpBuilder minimize(String name) { return new LpBuilder(name, false); }
    public static LpBuilder maximize(String name) { return new LpBuilder(name, true); }

    /** Continuous variable lb ≤ x ≤ ub with objective coefficient c; returns its index. */
    public int var(String n, double lb, double ub, double c) { return add(n, lb, ub, c, false); }

    /** Integer variable. */
    public int intVar(String n, double lb, double ub, double c) { return add(n, lb, ub, c, true); }

    private int add(String n, double lb, double ub, double c, boolean integer) {
        varNames.add(n);
        varData.add(new double[] {lb, ub, c, integer ? 1 : 0});
        return varNames.size() - 1;
    }

    public LpBuilder objectiveConstant(double v) { c0 = v; return this; }

    /** Adds v to Q(i, j) and Q(j, i) (for i ≠ j) of the objective ½xᵀQx; stored as the upper triangle. */
    public LpBuilder q(int i, int j, double v) {
        qEntries.add(new double[] {Math.min(i, j), Math.max(i, j), v});
        return this;
    }

    /** Linear row lo ≤ coef·x ≤ hi (coef over the variables declared so far; missing ones are 0). */
    public LpBuilder row(String n, double lo, double hi, double... coef) { return rowWithConstant(n, 0.0, lo, hi, coef); }

    /** Linear row lo ≤ coef·x + g ≤ hi. */
    public LpBuilder rowWithConstant(String n, double g, double lo, double hi, double... coef) {
        blocks.add(ModelData.Block.linear(n, rows.size(), new double[] {lo}, new double[] {hi}));
        rows.add(coef);
        rowConst.add(g);
        rowNames.add(n);
        return this;
    }

    /** Cone block (QCONE, RQCONE, PEXP) whose rows are coef[k]·x. */
    public LpBuilder cone(String n, BlockKind kind, double[]... coef) {
        blocks.add(ModelData.Block.cone(n, rows.size(), coef.length, kind));
        for (int k = 0; k < coef.length; k++) { rows.add(coef[k]); rowConst.add(0.0); rowNames.add(n + "[" + k + "]"); }
        return this;
    }

    /** Power-cone block with exponent alpha whose rows are coef[k]·x. */
    public LpBuilder power(String n, double alpha, double[]... coef) {
        blocks.add(ModelData.Block.power(n, rows.size(), coef.length, alpha));
        for (int k = 0; k < coef.length; k++) { rows.add(coef[k]); rowConst.add(0.0); rowNames.add(n + "[" + k + "]"); }
        return this;
    }

    public ModelData build() {
        int n = varNames.size(), m = rows.size();
        double[] lb = new double[n], ub = new double[n], c = new double[n];
        boolean[] integer = new boolean[n];
        for (int j = 0; j < n; j++) {
            double[] d = varData.get(j);
            lb[j] = d[0]; ub[j] = d[1]; c[j] = d[2]; integer[j] = d[3] != 0;
        }
        CscMatrix.TripletBuilder a = new CscMatrix.TripletBuilder(m, n);
        for (int i = 0; i < m; i++) {
            double[] r = rows.get(i);
            if (r.length > n) throw new IllegalArgumentException("row " + rowNames.get(i) + " has " + r.length + " coefficients for " + n + " variables");
            for (int j = 0; j < r.length; j++) if (r[j] != 0) a.add(i, j, r[j]);
        }
        CscMatrix.TripletBuilder q = new CscMatrix.TripletBuilder(n, n);
        for (double[] e : qEntries) q.add((int) e[0], (int) e[1], e[2]);
        double[] g = new double[m];
        for (int i = 0; i < m; i++) g[i] = rowConst.get(i);
        return new ModelData(name, maximize, varNames, lb, ub, integer, c, c0, q.build(), a.build(), g, blocks, rowNames);
    }
}
