package io.hedgecone.solver.form;

import io.hedgecone.solver.linalg.CscMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A model flattened to arrays: what backends, file writers and the verifier consume.
 * <pre>
 *   minimize/maximize  c0 + cᵀx + ½ xᵀQx
 *   subject to         r = A x + g,  r[block] ∈ block's domain for every block,
 *                      lb ≤ x ≤ ub,  x_j integer where integer[j]
 * </pre>
 * The blocks partition the m rows of A in order. Q is symmetric, stored as its upper triangle (diagonal
 * included), positive semidefinite for minimization and negative semidefinite for maximization.
 *
 * <p>Dual convention (the same for every backend): at a primal-dual solution the Lagrange multipliers
 * y (one per row) and z (one per variable bound) satisfy {@code c + Qx = Aᵀy + z}. For minimization y lies in
 * the dual cone of each cone block, and for a linear row y ≥ 0 when its lower bound is active and y ≤ 0 when its
 * upper bound is active (the same for z and the variable bounds). For maximization all signs flip.
 */
public record ModelData(
        String name,
        boolean maximize,
        List<String> varNames,
        double[] lb,
        double[] ub,
        boolean[] integer,
        double[] c,
        double c0,
        CscMatrix qUpper,
        CscMatrix a,
        double[] g,
        List<Block> blocks,
        List<String> rowNames) {

    /** Rows {@code [start, start+size)} of A with one domain. {@code lo}/{@code hi} only for LINEAR; {@code alpha} only for PPOW. */
    public record Block(String name, int start, int size, BlockKind kind, double[] lo, double[] hi, double alpha) {
        public Block {
            if (size < 1) throw new IllegalArgumentException("block '" + name + "' has size " + size);
            switch (kind) {
                case LINEAR -> {
                    if (lo == null || hi == null || lo.length != size || hi.length != size)
                        throw new IllegalArgumentException("linear block '" + name + "' needs lo/hi of length " + size);
                    for (int i = 0; i < size; i++) {
                        if (Double.isNaN(lo[i]) || Double.isNaN(hi[i]) || lo[i] == Double.POSITIVE_INFINITY || hi[i] == Double.NEGATIVE_INFINITY)
                            throw new IllegalArgumentException("block '" + name + "' row " + i + " has invalid bounds [" + lo[i] + ", " + hi[i] + "]");
                    }
                }
                case QCONE -> { }
                case RQCONE -> { if (size < 2) throw new IllegalArgumentException("rotated cone '" + name + "' needs size >= 2, got " + size); }
                case PEXP -> { if (size != 3) throw new IllegalArgumentException("exponential cone '" + name + "' needs size 3, got " + size); }
                case PPOW -> {
                    if (size < 2) throw new IllegalArgumentException("power cone '" + name + "' needs size >= 2, got " + size);
                    if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("power cone '" + name + "' exponent must lie in (0,1), got " + alpha);
                }
            }
        }

        /** A linear block lo ≤ r ≤ hi. */
        public static Block linear(String name, int start, double[] lo, double[] hi) {
            return new Block(name, start, lo.length, BlockKind.LINEAR, lo, hi, 0);
        }

        /** A cone block (QCONE, RQCONE, PEXP). */
        public static Block cone(String name, int start, int size, BlockKind kind) {
            if (kind == BlockKind.LINEAR || kind == BlockKind.PPOW) throw new IllegalArgumentException("use linear()/power() for " + kind);
            return new Block(name, start, size, kind, null, null, 0);
        }

        /** A power-cone block. */
        public static Block power(String name, int start, int size, double alpha) {
            return new Block(name, start, size, BlockKind.PPOW, null, null, alpha);
        }

        public int end() { return start + size; }

        @Override public boolean equals(Object o) {
            return o instanceof Block b && name.equals(b.name) && start == b.start && size == b.size && kind == b.kind
                    && Arrays.equals(lo, b.lo) && Arrays.equals(hi, b.hi) && Double.compare(alpha, b.alpha) == 0;
        }

        @Override public int hashCode() { return name.hashCode() * 31 + start; }

        @Override public String toString() {
            return "Block[" + name + ", rows " + start + ".." + (end() - 1) + ", " + kind + (kind == BlockKind.PPOW ? "(" + alpha + ")" : "") + "]";
        }
    }

    public ModelData {
        int n = c.length;
        int m = g.length;
        if (varNames.size() != n || lb.length != n || ub.length != n || integer.length != n)
            throw new IllegalArgumentException("variable arrays disagree: c has " + n + ", names " + varNames.size()
                    + ", lb " + lb.length + ", ub " + ub.length + ", integer " + integer.length);
        if (qUpper.rows() != n || qUpper.cols() != n)
            throw new IllegalArgumentException("Q is " + qUpper.rows() + "x" + qUpper.cols() + ", expected " + n + "x" + n);
        if (a.rows() != m || a.cols() != n)
            throw new IllegalArgumentException("A is " + a.rows() + "x" + a.cols() + ", expected " + m + "x" + n);
        if (rowNames.size() != m) throw new IllegalArgumentException("row names: " + rowNames.size() + ", rows: " + m);
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(c[j])) throw new IllegalArgumentException("objective coefficient of '" + varNames.get(j) + "' is " + c[j]);
            if (Double.isNaN(lb[j]) || Double.isNaN(ub[j]) || lb[j] == Double.POSITIVE_INFINITY || ub[j] == Double.NEGATIVE_INFINITY)
                throw new IllegalArgumentException("variable '" + varNames.get(j) + "' has invalid bounds [" + lb[j] + ", " + ub[j] + "]");
        }
        for (int i = 0; i < m; i++)
            if (!Double.isFinite(g[i])) throw new IllegalArgumentException("constant of row '" + rowNames.get(i) + "' is " + g[i]);
        if (!Double.isFinite(c0)) throw new IllegalArgumentException("objective constant is " + c0);
        int[] qp = qUpper.colPtr(), qr = qUpper.rowIdx();
        for (int j = 0; j < n; j++)
            for (int k = qp[j]; k < qp[j + 1]; k++)
                if (qr[k] > j) throw new IllegalArgumentException("Q must be given as its upper triangle; entry below the diagonal at ("
                        + varNames.get(qr[k]) + ", " + varNames.get(j) + ")");
        int next = 0;
        for (Block b : blocks) {
            if (b.start != next) throw new IllegalArgumentException("block '" + b.name + "' starts at row " + b.start + ", expected " + next);
            next = b.end();
        }
        if (next != m) throw new IllegalArgumentException("blocks cover " + next + " rows but A has " + m);
        varNames = List.copyOf(varNames);
        blocks = List.copyOf(blocks);
        if (!(rowNames instanceof BlockRowNames)) rowNames = List.copyOf(rowNames); // already immutable
    }

    public int numVars() { return c.length; }
    public int numRows() { return g.length; }

    public boolean hasQuadraticObjective() { return qUpper.nnz() > 0; }

    public boolean hasIntegers() {
        for (boolean b : integer) if (b) return true;
        return false;
    }

    /** The distinct block kinds used (LINEAR included when there is any linear row). */
    public List<BlockKind> kindsUsed() {
        List<BlockKind> out = new ArrayList<>();
        for (Block b : blocks) if (!out.contains(b.kind)) out.add(b.kind);
        return out;
    }

    /** c0 + cᵀx + ½xᵀQx. */
    public double objective(double[] x) {
        double v = c0;
        for (int j = 0; j < x.length; j++) v += c[j] * x[j];
        return v + 0.5 * ConicProblem.quadForm(qUpper, x);
    }

    /** Row values r = A x + g. */
    public double[] rowValues(double[] x) {
        double[] r = g.clone();
        a.multiplyAdd(1.0, x, r);
        return r;
    }

    /** Structural and numerical equality (arrays by content), for round-trip tests. */
    public boolean sameAs(ModelData o) {
        return maximize == o.maximize && varNames.equals(o.varNames) && Arrays.equals(lb, o.lb) && Arrays.equals(ub, o.ub)
                && Arrays.equals(integer, o.integer) && Arrays.equals(c, o.c) && Double.compare(c0, o.c0) == 0
                && qUpper.equals(o.qUpper) && a.equals(o.a) && Arrays.equals(g, o.g) && blocks.equals(o.blocks)
                && rowNames.equals(o.rowNames);
    }

    @Override public String toString() {
        return "ModelData[" + name + ", " + numVars() + " vars, " + numRows() + " rows, " + blocks.size() + " blocks"
                + (hasQuadraticObjective() ? ", quadratic objective" : "") + (hasIntegers() ? ", integers" : "") + "]";
    }
}
