package io.hedgecone.solver.linalg;

import java.util.Arrays;

/**
 * Sparse LDLᵀ factorization without pivoting of a symmetric quasi-definite matrix, by the up-looking method
 * (scalar, no dense blocks). Simpler than {@link SparseLdl} and as fast when L is very sparse; slower (about 2× on
 * CBLIB-sized KKT systems) when L has dense parts. Used as a second, independent implementation in tests.
 * Row k of L is found by a sparse triangular solve whose pattern is the reach of column k in the elimination tree
 * (walked once, at construction).
 * Quasi-definite matrices are strongly factorizable, so any symmetric permutation (chosen for fill) is stable
 * enough; tiny or wrong-signed pivots are replaced by dynamic regularisation.
 *
 * <p>Analysis ({@link #analyze}) is done once per pattern; {@link #factor} and {@link #solve} allocate nothing.
 * An instance holds work arrays and is therefore not thread-safe; to factor the same pattern on several threads
 * create one instance per thread from a shared {@link LdlSymbolic} with {@link #of(LdlSymbolic)}.
 */
public final class UpLookingLdl implements QuasiDefiniteLdl {
    private final LdlSymbolic sym;
    private final int n;
    private final double[] lx;      // values of L, aligned with sym.li
    private final double[] d, dinv; // pivots and their reciprocals, permuted order
    private final double[] cx;      // permuted strictly-upper values
    private final double[] cdiag;   // permuted diagonal
    private final int[] sign;       // expected pivot signs, permuted order
    private final double[] y;       // dense accumulator of row k, all zero between uses
    private final double[] work;    // permuted right-hand side in solve
    private final int[] fillCount;
    private final int[] rowPtr, rowIdx; // pattern of each row of L, topologically ordered
    private boolean factored;

    private UpLookingLdl(LdlSymbolic sym) {
        this.sym = sym;
        this.n = sym.n;
        this.lx = new double[sym.li.length];
        this.d = new double[n];
        this.dinv = new double[n];
        this.cx = new double[sym.ci.length];
        this.cdiag = new double[n];
        this.sign = new int[n];
        this.y = new double[n];
        this.work = new double[n];
        this.fillCount = new int[n];
        int[] flag = new int[n], stack = new int[n], pattern = new int[n];
        // row k of L's pattern, in the topological order the triangular solve needs: found once here by walking the
        // elimination tree, instead of again in every numeric factorization
        this.rowPtr = new int[n + 1];
        this.rowIdx = new int[(int) sym.factorNonzeros()];
        int[] cp = sym.cp, ci = sym.ci, parent = sym.parent;
        Arrays.fill(flag, -1);
        int q = 0;
        for (int k = 0; k < n; k++) {
            int top = n;
            flag[k] = k;
            for (int p = cp[k]; p < cp[k + 1]; p++) {
                int len = 0;
                for (int i = ci[p]; flag[i] != k; i = parent[i]) { stack[len++] = i; flag[i] = k; }
                while (len > 0) pattern[--top] = stack[--len];
            }
            for (int t = top; t < n; t++) rowIdx[q++] = pattern[t];
            rowPtr[k + 1] = q;
        }
    }

    /**
     * Analyses an n×n upper-triangle pattern with AMD, postordered; see {@link SparseLdl#analyze(CscMatrix)}.
     */
    public static UpLookingLdl analyze(CscMatrix upperPattern) {
        return new UpLookingLdl(LdlSymbolic.analyzeWithAmd(upperPattern));
    }

    /**
     * Analyses an n×n upper-triangle pattern under exactly the given ordering (perm[k] = original index
     * eliminated k-th, length n; null = natural order).
     */
    public static UpLookingLdl analyze(CscMatrix upperPattern, int[] perm) {
        return new UpLookingLdl(LdlSymbolic.analyze(upperPattern, perm));
    }

    /** A fresh numeric factorization object sharing an existing analysis. */
    public static UpLookingLdl of(LdlSymbolic symbolic) { return new UpLookingLdl(symbolic); }

    /** The symbolic analysis (immutable, shareable). */
    public LdlSymbolic symbolic() { return sym; }

    @Override
    public int factor(double[] upperValues, int[] signs, double dynamicThreshold, double dynamicDelta) {
        if (upperValues.length != sym.nnzPattern)
            throw new IllegalArgumentException("value array length " + upperValues.length + " != analysed pattern nnz " + sym.nnzPattern);
        if (signs.length != n) throw new IllegalArgumentException("signs length " + signs.length + " != dimension " + n);
        factored = false;
        for (int k = 0; k < n; k++) {
            int s = signs[sym.perm[k]];
            if (s != 1 && s != -1) throw new IllegalArgumentException("signs[" + sym.perm[k] + "] = " + s + ", expected +1 or -1");
            sign[k] = s;
        }
        scatterValues(upperValues);

        final int[] cp = sym.cp, ci = sym.ci, lp = sym.lp, li = sym.li, rowPtr = this.rowPtr, rowIdx = this.rowIdx;
        final int[] fillCount = this.fillCount;
        final double[] y = this.y, lx = this.lx, cx = this.cx, dinv = this.dinv;
        Arrays.fill(fillCount, 0);
        int regularised = 0;
        for (int k = 0; k < n; k++) {
            // scatter column k of the upper pattern (= row k of the lower)
            for (int p = cp[k]; p < cp[k + 1]; p++) y[ci[p]] += cx[p];
            double dk = cdiag[k];
            // sparse triangular solve over row k's pattern, topologically ordered (descendants first)
            for (int t = rowPtr[k]; t < rowPtr[k + 1]; t++) {
                int i = rowIdx[t];
                double yi = y[i];
                y[i] = 0.0;
                int p0 = lp[i], p1 = p0 + fillCount[i];
                for (int p = p0; p < p1; p++) y[li[p]] -= lx[p] * yi;
                double lki = yi * dinv[i];
                dk -= lki * yi;
                lx[p1] = lki;
                fillCount[i]++;
            }
            int s = sign[k];
            if (!(s * dk >= dynamicThreshold)) { // also catches NaN
                dk = s * dynamicDelta;
                regularised++;
            }
            if (dk == 0.0 || !Double.isFinite(dk))
                throw new ArithmeticException("pivot " + dk + " at original index " + sym.perm[k]
                        + " (dynamic threshold " + dynamicThreshold + ", delta " + dynamicDelta + ")");
            d[k] = dk;
            dinv[k] = 1.0 / dk;
        }
        factored = true;
        return regularised;
    }

    private void scatterValues(double[] upperValues) {
        Arrays.fill(cdiag, 0.0);
        int[] map = sym.valueMap;
        for (int p = 0; p < upperValues.length; p++) {
            double v = upperValues[p];
            if (!Double.isFinite(v)) throw new IllegalArgumentException("non-finite KKT value " + v + " at pattern position " + p);
            int q = map[p];
            if (q >= 0) cx[q] = v;
            else cdiag[-1 - q] = v;
        }
    }

    @Override
    public void solve(double[] b) {
        if (!factored) throw new IllegalStateException("solve called before a successful factor");
        if (b.length != n) throw new IllegalArgumentException("right-hand side length " + b.length + " != dimension " + n);
        final int[] perm = sym.perm, lp = sym.lp, li = sym.li;
        final double[] x = work, lx = this.lx, dinv = this.dinv;
        for (int k = 0; k < n; k++) x[k] = b[perm[k]];
        for (int j = 0; j < n; j++) {
            double xj = x[j];
            if (xj != 0.0) for (int p = lp[j]; p < lp[j + 1]; p++) x[li[p]] -= lx[p] * xj;
        }
        for (int j = 0; j < n; j++) x[j] *= dinv[j];
        for (int j = n - 1; j >= 0; j--) {
            double s = x[j];
            for (int p = lp[j]; p < lp[j + 1]; p++) s -= lx[p] * x[li[p]];
            x[j] = s;
        }
        for (int k = 0; k < n; k++) b[perm[k]] = x[k];
    }

    @Override public int dimension() { return n; }

    @Override public long factorNonzeros() { return sym.factorNonzeros(); }

    /** Pivots D in elimination order (perm[k] ↦ d[k]), as a copy; for diagnostics. */
    public double[] pivots() { return d.clone(); }
}
