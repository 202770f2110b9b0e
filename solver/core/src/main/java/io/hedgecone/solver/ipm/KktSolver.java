package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.linalg.QuasiDefiniteLdl;
import io.hedgecone.solver.linalg.SparseLdl;

import java.util.Arrays;
import java.util.List;

/**
 * The quasi-definite KKT system of the interior-point method,
 * <pre>
 *   [ P + εI     Aᵀ       ]
 *   [ A       −H − εI     ]   (plus two extra rows/columns per large second-order cone)
 * </pre>
 * assembled once (upper triangle, CSC), analysed once, then refreshed in place every iteration through index
 * maps: only the cone blocks and the regularised diagonal change. Solves are refined iteratively against the
 * unregularised matrix.
 */
final class KktSolver {
    /** The LDLᵀ used when the settings do not name one. */
    static final boolean DEBUG = Boolean.getBoolean("hedgecone.ipm.debug");
    static final Settings.LdlFactory DEFAULT_LDL = SparseLdl::analyze;

    private final int n, m, dimK;
    private final List<Cone> cones;
    private final Settings settings;
    private final CscMatrix pattern;      // the analysed upper-triangle pattern (values unused)
    private final double[] values;        // current (regularised) values
    private final int[] signs;
    private final int[] xDiag;            // KKT index of each x diagonal
    private final double[] pDiagValues;   // P_jj (0 when structurally absent)
    private final int[] zDiag;            // KKT index of each z diagonal (incl. extra rows, indices n..dimK-1)
    private final int[][] coneMaps;
    private final double[] regDiag;       // signed static regularisation currently on the diagonal
    private final QuasiDefiniteLdl ldl;
    // work
    private final double[] rhs, sol, res, corr, saved;
    private int lastDynamicRegs;
    private int lastRefinementSteps;
    private double tolX = 1, tolZ = 1;

    KktSolver(int n, int m, CscMatrix pUpper, CscMatrix a, List<Cone> cones, Settings settings) {
        this.n = n;
        this.m = m;
        this.cones = cones;
        this.settings = settings;
        int extra = 0;
        for (Cone c : cones) extra += c.extraKktDim();
        this.dimK = n + m + extra;

        // ---- count entries per column
        CscMatrix at = a.transpose(); // column i of Aᵀ = row i of A
        int[] aToAt = transposeMap(a);
        int[] colCount = new int[dimK];
        int[] pcp = pUpper.colPtr(), pri = pUpper.rowIdx();
        for (int j = 0; j < n; j++) {
            int cnt = pcp[j + 1] - pcp[j];
            boolean hasDiag = cnt > 0 && pri[pcp[j + 1] - 1] == j;
            colCount[j] = cnt + (hasDiag ? 0 : 1);
        }
        int[] atcp = at.colPtr();
        int extraPos = n + m;
        int[] extraStart = new int[cones.size()];
        for (int k = 0; k < cones.size(); k++) {
            Cone c = cones.get(k);
            int o = c.offset(), d = c.dim();
            for (int i = 0; i < d; i++) {
                int row = o + i;
                int aCnt = atcp[row + 1] - atcp[row];
                int hCnt = c.kktShape() == Cone.KktShape.DENSE ? i + 1 : 1;
                colCount[n + row] = aCnt + hCnt;
            }
            if (c.kktShape() == Cone.KktShape.SPARSE_SOC) {
                extraStart[k] = extraPos;
                colCount[extraPos] = d + 1;
                colCount[extraPos + 1] = d + 1;
                extraPos += 2;
            }
        }
        int[] cp = new int[dimK + 1];
        for (int j = 0; j < dimK; j++) cp[j + 1] = cp[j] + colCount[j];
        int nnz = cp[dimK];
        int[] ri = new int[nnz];
        values = new double[nnz];
        xDiag = new int[n];
        pDiagValues = new double[n];
        zDiag = new int[dimK];
        Arrays.fill(zDiag, -1);
        signs = new int[dimK];
        regDiag = new double[dimK];

        // ---- x columns: P
        double[] pv = pUpper.values();
        for (int j = 0; j < n; j++) {
            int q = cp[j];
            for (int k = pcp[j]; k < pcp[j + 1]; k++) {
                ri[q] = pri[k];
                values[q] = pv[k];
                if (pri[k] == j) { xDiag[j] = q; pDiagValues[j] = pv[k]; }
                q++;
            }
            if (q < cp[j + 1]) { ri[q] = j; values[q] = 0; xDiag[j] = q; }
            signs[j] = 1;
        }
        // ---- z columns: Aᵀ then the cone block
        double[] av = a.values();
        int[] atri = at.rowIdx();
        coneMaps = new int[cones.size()][];
        for (int k = 0; k < cones.size(); k++) {
            Cone c = cones.get(k);
            int o = c.offset(), d = c.dim();
            int[] map = new int[c.kktMapLength()];
            int mk = 0;
            for (int i = 0; i < d; i++) {
                int row = o + i, col = n + row;
                int q = cp[col];
                for (int t = atcp[row]; t < atcp[row + 1]; t++) {
                    ri[q] = atri[t];
                    q++;
                }
                if (c.kktShape() == Cone.KktShape.DENSE) {
                    for (int r = 0; r <= i; r++) {
                        ri[q] = n + o + r;
                        map[mk++] = q;
                        q++;
                    }
                } else {
                    ri[q] = col;
                    map[i] = q;
                    q++;
                }
                zDiag[col] = q - 1;
                signs[col] = -1;
            }
            if (c.kktShape() == Cone.KktShape.SPARSE_SOC) {
                int ev = extraStart[k], eu = ev + 1;
                int q = cp[ev];
                for (int i = 0; i < d; i++) { ri[q] = n + o + i; map[d + i] = q; q++; }
                ri[q] = ev; map[3 * d] = q; zDiag[ev] = q; signs[ev] = -1;
                q = cp[eu];
                for (int i = 0; i < d; i++) { ri[q] = n + o + i; map[2 * d + i] = q; q++; }
                ri[q] = eu; map[3 * d + 1] = q; zDiag[eu] = q; signs[eu] = 1;
            }
            coneMaps[k] = map;
        }
        // A values into the z columns: entry t of A (CSC) lands at position aToAt[t] of Aᵀ, i.e. in column
        // n + row at offset (aToAt[t] − atcp[row]) from the column start.
        int[] acp = a.colPtr(), ari = a.rowIdx();
        for (int j = 0; j < a.cols(); j++)
            for (int t = acp[j]; t < acp[j + 1]; t++) {
                int row = ari[t];
                values[cp[n + row] + (aToAt[t] - atcp[row])] = av[t];
            }
        for (int j = 0; j < n; j++) zDiag[j] = xDiag[j];
        pattern = new CscMatrix(dimK, dimK, cp, ri, new double[nnz]);
        ldl = settings.ldlFactory().analyze(pattern);
        rhs = new double[dimK];
        sol = new double[dimK];
        res = new double[dimK];
        corr = new double[dimK];
        saved = new double[dimK];
    }

    /** For each entry t of A (CSC order), its index in Aᵀ's CSC arrays. */
    private static int[] transposeMap(CscMatrix a) {
        int[] cnt = new int[a.rows() + 1];
        int[] ari = a.rowIdx();
        int nz = a.nnz();
        for (int t = 0; t < nz; t++) cnt[ari[t] + 1]++;
        for (int i = 0; i < a.rows(); i++) cnt[i + 1] += cnt[i];
        int[] map = new int[nz];
        int[] acp = a.colPtr();
        for (int j = 0; j < a.cols(); j++)
            for (int t = acp[j]; t < acp[j + 1]; t++) map[t] = cnt[ari[t]]++;
        return map;
    }

    int dimension() { return dimK; }
    int lastDynamicRegularisations() { return lastDynamicRegs; }
    int lastRefinementSteps() { return lastRefinementSteps; }
    long factorNonzeros() { return ldl.factorNonzeros(); }

    /** Writes the current cone scalings, regularises and factors. Returns false on numerical failure. */
    boolean update() {
        for (int k = 0; k < cones.size(); k++) cones.get(k).writeKkt(values, coneMaps[k]);
        for (int j = 0; j < n; j++) values[xDiag[j]] = pDiagValues[j];
        double maxDiag = 0;
        for (int j = 0; j < dimK; j++) maxDiag = Math.max(maxDiag, Math.abs(values[zDiag[j]]));
        double eps = settings.staticRegConstant() + settings.staticRegProportional() * maxDiag;
        for (int j = 0; j < dimK; j++) {
            regDiag[j] = signs[j] * eps;
            values[zDiag[j]] += regDiag[j];
        }
        for (double v : values) if (!Double.isFinite(v)) return false;
        try {
            long t0 = System.nanoTime();
            lastDynamicRegs = ldl.factor(values, signs, settings.dynamicRegEps(), settings.dynamicRegDelta());
            if (DEBUG) System.out.printf("    factor: %.1f ms%n", (System.nanoTime() - t0) * 1e-6);
        } catch (ArithmeticException | IllegalStateException e) {
            return false;
        }
        return true;
    }

    /**
     * Solves K [x; z] = [bx; bz] (extra rows get a zero right-hand side); returns false when the result is not
     * finite.
     */
    boolean solve(double[] bx, double[] bz, double[] outX, double[] outZ) {
        System.arraycopy(bx, 0, rhs, 0, n);
        System.arraycopy(bz, 0, rhs, n, m);
        Arrays.fill(rhs, n + m, dimK, 0.0);
        System.arraycopy(rhs, 0, sol, 0, dimK);
        long t0 = System.nanoTime();
        ldl.solve(sol);
        if (DEBUG) System.out.printf("    one solve: %.1f ms%n", (System.nanoTime() - t0) * 1e-6);
        lastRefinementSteps = 0;
        if (settings.refinementEnabled()) refine();
        if (DEBUG) {
            residual();
            double rxn = 0, rzn = 0, bxn = 0, bzn = 0;
            for (int i = 0; i < n; i++) { rxn = Math.max(rxn, Math.abs(res[i])); bxn = Math.max(bxn, Math.abs(rhs[i])); }
            for (int i = n; i < dimK; i++) { rzn = Math.max(rzn, Math.abs(res[i])); bzn = Math.max(bzn, Math.abs(rhs[i])); }
            System.out.printf("    kkt solve: dynreg=%d refine=%d res x %.2e (rhs %.2e)  z %.2e (rhs %.2e)%n", lastDynamicRegs, lastRefinementSteps, rxn, bxn, rzn, bzn);
        }
        for (int i = 0; i < dimK; i++) if (!Double.isFinite(sol[i])) return false;
        System.arraycopy(sol, 0, outX, 0, n);
        System.arraycopy(sol, n, outZ, 0, m);
        return true;
    }

    private void refine() {
        double bx = 0, bz = 0;
        for (int i = 0; i < n; i++) bx = Math.max(bx, Math.abs(rhs[i]));
        for (int i = n; i < dimK; i++) bz = Math.max(bz, Math.abs(rhs[i]));
        tolX = settings.refinementAbsTol() + settings.refinementRelTol() * bx;
        tolZ = settings.refinementAbsTol() + settings.refinementRelTol() * bz;
        double err = residual();
        for (int it = 0; it < settings.refinementMaxIter(); it++) {
            if (!(err > 1)) return;
            System.arraycopy(res, 0, corr, 0, dimK);
            ldl.solve(corr);
            // candidate sol + corr; keep it only if the residual shrinks
            for (int i = 0; i < dimK; i++) corr[i] += sol[i];
            System.arraycopy(sol, 0, saved, 0, dimK);
            System.arraycopy(corr, 0, sol, 0, dimK);
            double newErr = residual();
            lastRefinementSteps++;
            if (!(newErr < err)) {
                System.arraycopy(saved, 0, sol, 0, dimK);
                residual();
                return;
            }
            if (newErr * settings.refinementStopRatio() >= err) return; // stalled
            err = newErr;
        }
    }

    /**
     * res = rhs − K₀ sol with K₀ the unregularised matrix; returns the residual relative to the refinement
     * tolerance of each block, max(‖res_x‖∞/tolX, ‖res_z‖∞/tolZ), so that the x rows (dual residual) are refined
     * to their own scale even when the z rows carry much larger numbers.
     */
    private double residual() {
        System.arraycopy(rhs, 0, res, 0, dimK);
        int[] cp = pattern.colPtr(), ri = pattern.rowIdx();
        for (int j = 0; j < dimK; j++) {
            double xj = sol[j];
            double acc = 0;
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                int i = ri[k];
                double v = values[k];
                if (i == j) {
                    acc += (v - regDiag[j]) * xj;
                } else {
                    res[i] -= v * xj;
                    acc += v * sol[i];
                }
            }
            res[j] -= acc;
        }
        double ex = 0, ez = 0;
        for (int i = 0; i < n; i++) ex = Math.max(ex, Math.abs(res[i]));
        for (int i = n; i < dimK; i++) ez = Math.max(ez, Math.abs(res[i]));
        return Math.max(ex / tolX, ez / tolZ);
    }

    private static double infNorm(double[] v) {
        double s = 0;
        for (double x : v) s = Math.max(s, Math.abs(x));
        return s;
    }
}
