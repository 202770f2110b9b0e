package io.hedgecone.solver.api;

import java.util.Arrays;

/**
 * A scalar quadratic expression xᵀQx + linear, for objectives. Q is kept as coordinate terms over the model's
 * scalar variables (symmetrised when the model is flattened). Immutable.
 */
public final class QuadExpr {
    private final Expr linear;   // size 1
    private final int[] qi, qj;  // terms qv[k]·x[qi[k]]·x[qj[k]]
    private final double[] qv;

    private QuadExpr(Expr linear, int[] qi, int[] qj, double[] qv) {
        if (linear.size() != 1) throw new IllegalArgumentException("a quadratic expression's linear part must have size 1, got " + linear.size());
        this.linear = linear;
        this.qi = qi;
        this.qj = qj;
        this.qv = qv;
    }

    /** xᵀQx for a variable (or view) x of size n and an n×n matrix Q (need not be symmetric). */
    public static QuadExpr quadForm(Variable x, Matrix q) {
        if (q.rows() != x.size() || q.cols() != x.size())
            throw new IllegalArgumentException("quadForm: matrix is " + q.rows() + "x" + q.cols() + " but variable '" + x.name() + "' has " + x.size() + " elements");
        var m = q.csc();
        int[] cp = m.colPtr(), ri = m.rowIdx();
        double[] v = m.values();
        int nz = m.nnz();
        int[] a = new int[nz], b = new int[nz];
        double[] w = new double[nz];
        for (int j = 0; j < m.cols(); j++)
            for (int k = cp[j]; k < cp[j + 1]; k++) { a[k] = x.globalIndex(ri[k]); b[k] = x.globalIndex(j); w[k] = v[k]; }
        return new QuadExpr(new Expr(x.model(), new int[]{0, 0}, new int[0], new double[0], new double[]{0}), a, b, w);
    }

    /** ‖e‖₂² = Σ_i e_i² for an affine expression e = Fx + f (expanded into FᵀF, 2fᵀF and fᵀf). */
    public static QuadExpr sumOfSquares(Expression e) {
        Expr x = e.toExpr();
        int[] p = x.ptr(), var = x.vars();
        double[] val = x.vals(), c = x.constants();
        int count = 0;
        for (int i = 0; i < x.size(); i++) { int r = p[i + 1] - p[i]; count += r * r; }
        int[] a = new int[count], b = new int[count];
        double[] w = new double[count];
        double[] lin = new double[x.size()];
        int z = 0;
        double cst = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int k = p[i]; k < p[i + 1]; k++)
                for (int l = p[i]; l < p[i + 1]; l++) { a[z] = var[k]; b[z] = var[l]; w[z] = val[k] * val[l]; z++; }
            lin[i] = 2 * c[i];
            cst += c[i] * c[i];
        }
        Expr linear = Expr.dot(lin, Expr.sub(x, Expr.constTerm(c))).add(cst); // 2fᵀ(Fx) + fᵀf
        return new QuadExpr(linear, a, b, w);
    }

    /** A purely linear quadratic expression (size-1 expression). */
    public static QuadExpr of(Expression linear) { return new QuadExpr(linear.toExpr(), new int[0], new int[0], new double[0]); }

    /** this + other. */
    public QuadExpr add(QuadExpr o) {
        int n = qv.length, m = o.qv.length;
        int[] a = Arrays.copyOf(qi, n + m), b = Arrays.copyOf(qj, n + m);
        double[] w = Arrays.copyOf(qv, n + m);
        System.arraycopy(o.qi, 0, a, n, m);
        System.arraycopy(o.qj, 0, b, n, m);
        System.arraycopy(o.qv, 0, w, n, m);
        return new QuadExpr(linear.add(o.linear), a, b, w);
    }

    /** this + a linear size-1 expression. */
    public QuadExpr add(Expression lin) { return new QuadExpr(linear.add(lin), qi, qj, qv); }

    /** s · this. */
    public QuadExpr mul(double s) {
        double[] w = qv.clone();
        for (int k = 0; k < w.length; k++) w[k] *= s;
        return new QuadExpr(linear.mul(s), qi, qj, w);
    }

    Expr linear() { return linear; }
    int[] qi() { return qi; }
    int[] qj() { return qj; }
    double[] qv() { return qv; }
}
