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
        int rows = x.size(), nzF = p[rows];
        // FᵀF accumulated per variable a over the rows that use it (one term per pair a ≤ b, not one per row and
        // pair): a dense F of m rows and n columns gives n(n+1)/2 terms instead of m·n²
        int nv = 0;
        for (int k = 0; k < nzF; k++) nv = Math.max(nv, var[k] + 1);
        int[] colPtr = new int[nv + 1], colRow = new int[nzF];
        double[] colVal = new double[nzF];
        for (int k = 0; k < nzF; k++) colPtr[var[k] + 1]++;
        for (int a = 0; a < nv; a++) colPtr[a + 1] += colPtr[a];
        int[] fill = Arrays.copyOf(colPtr, nv);
        for (int i = 0; i < rows; i++)
            for (int k = p[i]; k < p[i + 1]; k++) { int q = fill[var[k]]++; colRow[q] = i; colVal[q] = val[k]; }
        double[] acc = new double[nv];
        boolean[] seen = new boolean[nv];
        int[] touched = new int[nv];
        int[] qa = new int[16], qb = new int[16];
        double[] qw = new double[16];
        int z = 0;
        for (int a = 0; a < nv; a++) {
            int nt = 0;
            for (int t = colPtr[a]; t < colPtr[a + 1]; t++) {
                int i = colRow[t];
                double va = colVal[t];
                for (int k = p[i]; k < p[i + 1]; k++) {
                    int b = var[k];
                    if (b < a) continue;
                    if (!seen[b]) { seen[b] = true; touched[nt++] = b; }
                    acc[b] += va * val[k];
                }
            }
            Arrays.sort(touched, 0, nt);
            if (z + nt > qw.length) {
                int cap = Math.max(z + nt, 2 * qw.length);
                qa = Arrays.copyOf(qa, cap); qb = Arrays.copyOf(qb, cap); qw = Arrays.copyOf(qw, cap);
            }
            for (int t = 0; t < nt; t++) {
                int b = touched[t];
                qa[z] = a; qb[z] = b; qw[z] = b == a ? acc[b] : 2 * acc[b]; z++; // x_a x_b and x_b x_a
                acc[b] = 0;
                seen[b] = false;
            }
        }
        double[] lin = new double[rows];
        double cst = 0;
        for (int i = 0; i < rows; i++) {
            lin[i] = 2 * c[i];
            cst += c[i] * c[i];
        }
        Expr linear = Expr.dot(lin, Expr.sub(x, Expr.constTerm(c))).add(cst); // 2fᵀ(Fx) + fᵀf
        return new QuadExpr(linear, Arrays.copyOf(qa, z), Arrays.copyOf(qb, z), Arrays.copyOf(qw, z));
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
