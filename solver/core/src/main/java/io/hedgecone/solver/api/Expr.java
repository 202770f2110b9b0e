package io.hedgecone.solver.api;

import io.hedgecone.solver.linalg.CscMatrix;

import java.util.Arrays;

/**
 * An immutable affine expression e = F x + f of size r over a model's scalar variables x, shaped like MOSEK
 * Fusion's {@code Expr}. Stored row-compressed: row i is Σ_k val[k]·x[var[k]] over ptr[i] ≤ k &lt; ptr[i+1],
 * plus the constant f[i]. Static factories mirror Fusion ({@code Expr.add(a, b)}); instance methods chain.
 */
public final class Expr implements Expression {
    private final Model owner; // null for a constant expression
    private final int[] ptr;
    private final int[] var;
    private final double[] val;
    private final double[] cst;

    Expr(Model owner, int[] ptr, int[] var, double[] val, double[] cst) {
        this.owner = owner;
        this.ptr = ptr;
        this.var = var;
        this.val = val;
        this.cst = cst;
    }

    @Override public int size() { return cst.length; }
    @Override public Expr toExpr() { return this; }

    Model owner() { return owner; }
    int[] ptr() { return ptr; }
    int[] vars() { return var; }
    double[] vals() { return val; }
    double[] constants() { return cst; }

    // ---------------------------------------------------------------- construction

    /** A constant expression with the given values. */
    public static Expr constTerm(double... values) {
        for (int i = 0; i < values.length; i++)
            if (!Double.isFinite(values[i])) throw new IllegalArgumentException("constant term " + i + " is " + values[i]);
        return new Expr(null, new int[values.length + 1], new int[0], new double[0], values.clone());
    }

    /** A constant expression of {@code size} copies of {@code value}. */
    public static Expr constTerm(int size, double value) {
        double[] v = new double[size];
        Arrays.fill(v, value);
        return constTerm(v);
    }

    /** The zero expression of a size. */
    public static Expr zeros(int size) { return constTerm(size, 0.0); }

    // ---------------------------------------------------------------- arithmetic

    /** a + b (same size). */
    public static Expr add(Expression a, Expression b) { return combine(1.0, a.toExpr(), 1.0, b.toExpr(), "add"); }

    /** a − b (same size). */
    public static Expr sub(Expression a, Expression b) { return combine(1.0, a.toExpr(), -1.0, b.toExpr(), "sub"); }

    /** −a. */
    public static Expr neg(Expression a) { return mul(-1.0, a); }

    /** Sum of several expressions of one size. */
    public static Expr add(Expression... terms) {
        if (terms.length == 0) throw new IllegalArgumentException("add() of no expressions");
        Expr r = terms[0].toExpr();
        for (int i = 1; i < terms.length; i++) r = add(r, terms[i]);
        return r;
    }

    /** s · a. */
    public static Expr mul(double s, Expression a) {
        requireFinite(s, "scalar factor");
        Expr e = a.toExpr();
        double[] v = e.val.clone();
        double[] c = e.cst.clone();
        for (int k = 0; k < v.length; k++) v[k] *= s;
        for (int k = 0; k < c.length; k++) c[k] *= s;
        return new Expr(e.owner, e.ptr, e.var, v, c);
    }

    /** a · s. */
    public static Expr mul(Expression a, double s) { return mul(s, a); }

    /** Elementwise d ∘ a. */
    public static Expr mulElm(double[] d, Expression a) {
        Expr e = a.toExpr();
        requireSize(d.length, e.size(), "mulElm");
        double[] v = e.val.clone();
        double[] c = e.cst.clone();
        for (int i = 0; i < c.length; i++) {
            requireFinite(d[i], "mulElm factor " + i);
            c[i] *= d[i];
            for (int k = e.ptr[i]; k < e.ptr[i + 1]; k++) v[k] *= d[i];
        }
        return new Expr(e.owner, e.ptr, e.var, v, c);
    }

    /** M · a for a constant rows×cols matrix M and an expression of size cols. */
    public static Expr mul(Matrix m, Expression a) {
        Expr e = a.toExpr();
        CscMatrix mm = m.csc();
        if (mm.cols() != e.size())
            throw new IllegalArgumentException("mul: matrix is " + mm.rows() + "x" + mm.cols() + " but the expression has " + e.size() + " elements");
        // Row i of the result is Σ_j M[i][j]·row_j(a): walk M row-wise through its transpose.
        CscMatrix mt = mm.transpose();
        Accumulator acc = new Accumulator(mm.rows());
        double[] c = new double[mm.rows()];
        int[] tp = mt.colPtr(), tr = mt.rowIdx();
        double[] tv = mt.values();
        for (int i = 0; i < mm.rows(); i++) {
            for (int q = tp[i]; q < tp[i + 1]; q++) {
                int j = tr[q];
                double mij = tv[q];
                c[i] += mij * e.cst[j];
                for (int k = e.ptr[j]; k < e.ptr[j + 1]; k++) acc.add(e.var[k], mij * e.val[k]);
            }
            acc.endRow();
        }
        return acc.build(e.owner, c);
    }

    /** dᵀa as a size-1 expression. */
    public static Expr dot(double[] d, Expression a) {
        Expr e = a.toExpr();
        requireSize(d.length, e.size(), "dot");
        Accumulator acc = new Accumulator(1);
        double c = 0;
        for (int i = 0; i < d.length; i++) {
            requireFinite(d[i], "dot coefficient " + i);
            if (d[i] == 0.0) continue;
            c += d[i] * e.cst[i];
            for (int k = e.ptr[i]; k < e.ptr[i + 1]; k++) acc.add(e.var[k], d[i] * e.val[k]);
        }
        acc.endRow();
        return acc.build(e.owner, new double[]{c});
    }

    /** Σ_i a_i as a size-1 expression. */
    public static Expr sum(Expression a) {
        double[] ones = new double[a.size()];
        Arrays.fill(ones, 1.0);
        return dot(ones, a);
    }

    /** Stacks expressions vertically: sizes add up. */
    public static Expr vstack(Expression... parts) {
        if (parts.length == 0) throw new IllegalArgumentException("vstack() of no expressions");
        Model owner = null;
        int rows = 0, nnz = 0;
        Expr[] es = new Expr[parts.length];
        for (int p = 0; p < parts.length; p++) {
            es[p] = parts[p].toExpr();
            owner = sameOwner(owner, es[p].owner, "vstack");
            rows += es[p].size();
            nnz += es[p].var.length;
        }
        int[] ptr = new int[rows + 1];
        int[] var = new int[nnz];
        double[] val = new double[nnz];
        double[] cst = new double[rows];
        int r = 0, z = 0;
        for (Expr e : es) {
            for (int i = 0; i < e.size(); i++, r++) {
                cst[r] = e.cst[i];
                for (int k = e.ptr[i]; k < e.ptr[i + 1]; k++, z++) { var[z] = e.var[k]; val[z] = e.val[k]; }
                ptr[r + 1] = z;
            }
        }
        return new Expr(owner, ptr, var, val, cst);
    }

    /** Element i as a size-1 expression. */
    public Expr index(int i) { return pick(i); }

    /** Elements [from, to). */
    public Expr slice(int from, int to) {
        if (from < 0 || to > size() || from > to) throw new IndexOutOfBoundsException("slice [" + from + "," + to + ") of an expression of size " + size());
        int[] idx = new int[to - from];
        for (int i = 0; i < idx.length; i++) idx[i] = from + i;
        return pick(idx);
    }

    /** The listed elements, in order. */
    public Expr pick(int... idx) {
        int nnz = 0;
        for (int i : idx) {
            if (i < 0 || i >= size()) throw new IndexOutOfBoundsException("index " + i + " of an expression of size " + size());
            nnz += ptr[i + 1] - ptr[i];
        }
        int[] p = new int[idx.length + 1];
        int[] v = new int[nnz];
        double[] w = new double[nnz];
        double[] c = new double[idx.length];
        int z = 0;
        for (int r = 0; r < idx.length; r++) {
            int i = idx[r];
            c[r] = cst[i];
            for (int k = ptr[i]; k < ptr[i + 1]; k++, z++) { v[z] = var[k]; w[z] = val[k]; }
            p[r + 1] = z;
        }
        return new Expr(owner, p, v, w, c);
    }

    // ---------------------------------------------------------------- chaining

    public Expr add(Expression b) { return add(this, b); }
    public Expr sub(Expression b) { return sub(this, b); }
    public Expr mul(double s) { return mul(s, this); }
    public Expr neg() { return neg(this); }
    /** Adds a constant vector (same size). */
    public Expr add(double... constant) { return add(this, constTerm(constant)); }

    // ---------------------------------------------------------------- internals

    private static Expr combine(double sa, Expr a, double sb, Expr b, String op) {
        requireSize(a.size(), b.size(), op);
        Model owner = sameOwner(a.owner, b.owner, op);
        Accumulator acc = new Accumulator(a.size());
        double[] c = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            c[i] = sa * a.cst[i] + sb * b.cst[i];
            for (int k = a.ptr[i]; k < a.ptr[i + 1]; k++) acc.add(a.var[k], sa * a.val[k]);
            for (int k = b.ptr[i]; k < b.ptr[i + 1]; k++) acc.add(b.var[k], sb * b.val[k]);
            acc.endRow();
        }
        return acc.build(owner, c);
    }

    static Model sameOwner(Model a, Model b, String op) {
        if (a != null && b != null && a != b)
            throw new IllegalArgumentException(op + ": the expressions belong to different models ('" + a.name() + "' and '" + b.name() + "')");
        return a != null ? a : b;
    }

    private static void requireSize(int a, int b, String op) {
        if (a != b) throw new IllegalArgumentException(op + ": sizes differ (" + a + " and " + b + ")");
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(what + " is " + v);
    }

    /** Builds rows, merging repeated variables within a row by sorting each (short) row at its end. */
    static final class Accumulator {
        private final int[] ptr;
        private int[] var = new int[16];
        private double[] val = new double[16];
        private int nnz, row, rowStart;

        Accumulator(int rows) { ptr = new int[rows + 1]; }

        void add(int v, double w) {
            if (nnz == var.length) { var = Arrays.copyOf(var, nnz * 2); val = Arrays.copyOf(val, nnz * 2); }
            var[nnz] = v;
            val[nnz] = w;
            nnz++;
        }

        void endRow() {
            sortSegment(rowStart, nnz);
            int w = rowStart;
            for (int k = rowStart; k < nnz; k++) {
                if (w > rowStart && var[w - 1] == var[k]) val[w - 1] += val[k];
                else { var[w] = var[k]; val[w] = val[k]; w++; }
            }
            int kept = rowStart;
            for (int k = rowStart; k < w; k++) if (val[k] != 0.0) { var[kept] = var[k]; val[kept] = val[k]; kept++; }
            nnz = kept;
            ptr[++row] = nnz;
            rowStart = nnz;
        }

        /** Insertion sort for short rows, otherwise sort index pairs. */
        private void sortSegment(int from, int to) {
            int len = to - from;
            if (len < 32) {
                for (int i = from + 1; i < to; i++) {
                    int vi = var[i];
                    double wi = val[i];
                    int k = i - 1;
                    while (k >= from && var[k] > vi) { var[k + 1] = var[k]; val[k + 1] = val[k]; k--; }
                    var[k + 1] = vi;
                    val[k + 1] = wi;
                }
                return;
            }
            long[] keys = new long[len];
            for (int i = 0; i < len; i++) keys[i] = ((long) var[from + i] << 32) | i;
            Arrays.sort(keys);
            double[] w = Arrays.copyOfRange(val, from, to);
            for (int i = 0; i < len; i++) {
                var[from + i] = (int) (keys[i] >>> 32);
                val[from + i] = w[(int) keys[i]];
            }
        }

        Expr build(Model owner, double[] cst) {
            return new Expr(owner, ptr, Arrays.copyOf(var, nnz), Arrays.copyOf(val, nnz), cst);
        }
    }

    @Override public String toString() { return "Expr[size=" + size() + ", nnz=" + var.length + "]"; }
}
