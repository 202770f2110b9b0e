package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.cone.SocCone;
import io.hedgecone.solver.linalg.Amd;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.linalg.LdlSymbolic;
import io.hedgecone.solver.linalg.Parallel;
import io.hedgecone.solver.linalg.QuasiDefiniteLdl;
import io.hedgecone.solver.linalg.SparseLdl;
import io.hedgecone.solver.linalg.UpLookingLdl;

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
    static final Settings.LdlFactory DEFAULT_LDL = new Settings.LdlFactory() {
        @Override public QuasiDefiniteLdl analyze(CscMatrix upperPattern) { return analyze(upperPattern, null); }

        @Override public QuasiDefiniteLdl analyze(CscMatrix upperPattern, int[] groupOf) {
            return engineFor(LdlSymbolic.analyzeWithAmd(upperPattern, groupOf));
        }
    };

    /**
     * Factors with at most this many entries per column of L, and at most twice as many per supernode (most LPs and
     * small QPs), go to the scalar up-looking engine: supernodes that narrow cost the supernodal engine more in
     * per-supernode work than its dense kernels save (NETLIB, Maros–Mészáros: about 12 % less solve time). Denser
     * factors (qssp30: 27 entries per supernode) stay supernodal.
     */
    static final int SPARSE_FACTOR_DENSITY = 10;
    /**
     * ... and only for systems up to this dimension, where that overhead dominates: on CBLIB chainsing-10000-2
     * (dimension 300k) the up-looking engine's different rounding left the end game at a gap of 2e-8
     * (ALMOST_SOLVED) where the supernodal one reaches 1e-8.
     */
    static final int SPARSE_FACTOR_MAX_DIM = 20_000;

    static QuasiDefiniteLdl engineFor(LdlSymbolic sym) {
        long nnz = sym.factorNonzeros();
        boolean sparse = sym.dimension() <= SPARSE_FACTOR_MAX_DIM && nnz <= (long) SPARSE_FACTOR_DENSITY * sym.dimension()
                && nnz <= 2L * SPARSE_FACTOR_DENSITY * sym.supernodeCount();
        if (DEBUG) System.out.printf("    LDL engine: dim %d nnzL %d supernodes %d -> %s%n", sym.dimension(), nnz, sym.supernodeCount(), sparse ? "up-looking" : "supernodal");
        return sparse ? UpLookingLdl.of(sym) : SparseLdl.of(sym);
    }

    private final int n, m, dimK;
    private final List<Cone> cones;
    private final Settings settings;
    private final CscMatrix pattern;      // the analysed upper-triangle pattern (values unused)
    private final double[] values;        // current (regularised) values
    private final int[] signs;
    private final int[] xDiag;            // KKT index of each x diagonal
    private final double[] pDiagValues;   // P_jj (0 when structurally absent)
    private final int[] zDiag;            // KKT index of each z diagonal (incl. extra rows, indices n..dimK-1)
    private final int[] liveDiag;         // indices j of zDiag that are factorized (not an eliminated cone's row)
    private final int[][] coneMaps;
    private final double[] regDiag;       // signed static regularisation currently on the diagonal
    private final QuasiDefiniteLdl ldl;
    // work
    private final double[] rhs, sol, res;
    private int lastDynamicRegs;
    private int lastRefinementSteps;
    private double tolX = 1, tolZ = 1;
    private double accuracyLevel = 0;
    private static final double ACC_FACTOR = 1e-8;
    private final CscMatrix pMat, aMat;
    private int[][] scaledUnion, scaledIdx;   // SCALED cones: union columns, KKT index of (row, union column)
    private double[][] scaledA;               // SCALED cones: their rows of A as a dense dim × |union| block
    private double[] colBuf;
    private int[][] liftIdx, liftPos;         // LIFTED_SOC cones: KKT index of the λ–x entries; union slot of each entry
    private CscMatrix aT;
    private final double[] xbuf, zbuf, tmpN, tmpM;
    private final SocCone[] scaledSocs, socs;
    private final Cone[] otherCones;
    private final Parallel par;
    private final ConeElimination elimination;  // null when no cone is eliminated
    private final BoundElimination bounds;      // null without eliminated cones, or without single-entry nonnegative rows
    private final ReducedSystem reduced;        // the factorized system without the eliminated rows

    KktSolver(int n, int m, CscMatrix pUpper, CscMatrix a, List<Cone> cones, Settings settings) {
        this.n = n;
        this.m = m;
        this.cones = cones;
        this.settings = settings;
        this.pMat = pUpper;
        this.aMat = a;
        xbuf = new double[n];
        tmpN = new double[n];
        zbuf = new double[m];
        tmpM = new double[m];
        CscMatrix at = a.transpose(); // column i of Aᵀ = row i of A
        par = Parallel.of(settings.threads());
        for (Cone c : cones) if (c instanceof SocCone soc) soc.useEliminatedKkt(false); // decided afresh below
        elimination = settings.coneElimination() ? ConeElimination.choose(n, at, cones, par) : null;
        // bound rows only alongside eliminated cones: elsewhere they saved no measurable time on NETLIB, and on CBLIB
        // sched_*_orig the changed ordering met a dynamically regularised pivot in the end game
        bounds = elimination != null ? BoundElimination.choose(at, cones) : null;
        // rows left out of the factorized system (eliminated cones, bounds): a placeholder diagonal in the full pattern
        boolean[] eliminatedRow = new boolean[m];
        if (bounds != null) bounds.mark(eliminatedRow);
        for (Cone c : cones)
            if (c.kktShape() == Cone.KktShape.ELIMINATED) Arrays.fill(eliminatedRow, c.offset(), c.offset() + c.dim(), true);
        chooseScaledForms(a, at, cones);
        CscMatrix xBlock = elimination == null ? pUpper : elimination.xBlockPattern(pUpper);
        int extra = 0;
        for (Cone c : cones) extra += c.extraKktDim();
        this.dimK = n + m + extra;

        // ---- count entries per column
        int[] aToAt = transposeMap(a);
        int[] colCount = new int[dimK];
        int[] pcp = xBlock.colPtr(), pri = xBlock.rowIdx();
        for (int j = 0; j < n; j++) {
            int cnt = pcp[j + 1] - pcp[j];
            boolean hasDiag = cnt > 0 && pri[pcp[j + 1] - 1] == j;
            colCount[j] = cnt + (hasDiag ? 0 : 1);
        }
        int[] atcp = at.colPtr();
        int extraPos = n + m;
        int[] extraStart = new int[cones.size()];
        int[] atriAll = at.rowIdx();
        scaledUnion = new int[cones.size()][];
        int[] mark = new int[Math.max(n, 1)];
        Arrays.fill(mark, -1);
        for (int k = 0; k < cones.size(); k++) {
            Cone c = cones.get(k);
            int o = c.offset(), d = c.dim();
            boolean lifted = c.kktShape() == Cone.KktShape.LIFTED_SOC;
            if (c.kktShape() == Cone.KktShape.ELIMINATED) {
                for (int i = 0; i < d; i++) colCount[n + o + i] = 1; // a placeholder diagonal, left out of the factorization
                continue;
            }
            if (c.kktShape() == Cone.KktShape.SCALED || lifted) {
                // union of the columns used by the cone's rows
                int cnt = 0;
                for (int i = 0; i < d; i++)
                    for (int t = atcp[o + i]; t < atcp[o + i + 1]; t++)
                        if (mark[atriAll[t]] != k) { mark[atriAll[t]] = k; cnt++; }
                int[] u = new int[cnt];
                int q = 0;
                for (int i = 0; i < d; i++)
                    for (int t = atcp[o + i]; t < atcp[o + i + 1]; t++)
                        if (mark[atriAll[t]] == k) { mark[atriAll[t]] = -2 - k; u[q++] = atriAll[t]; }
                for (int i = 0; i < d; i++)
                    for (int t = atcp[o + i]; t < atcp[o + i + 1]; t++) mark[atriAll[t]] = -1;
                Arrays.sort(u);
                scaledUnion[k] = u;
                if (!lifted) {
                    for (int i = 0; i < d; i++) colCount[n + o + i] = u.length + 1;
                    continue;
                }
            }
            for (int i = 0; i < d; i++) {
                int row = o + i;
                if (eliminatedRow[row]) { colCount[n + row] = 1; continue; } // a bound: a placeholder diagonal, as above
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
            if (lifted) {
                extraStart[k] = extraPos;
                colCount[extraPos] = d + 1;       // θ₀: ζ rows, diagonal
                colCount[extraPos + 1] = d + 1;   // θ₁
                colCount[extraPos + 2] = scaledUnion[k].length + 2; // λ₀: x rows (union), θ₀, diagonal
                colCount[extraPos + 3] = scaledUnion[k].length + 2; // λ₁
                extraPos += 4;
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
        double[] pv = xBlock.values();
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
        liftIdx = new int[cones.size()][];
        liftPos = new int[cones.size()][];
        scaledIdx = new int[cones.size()][];
        scaledA = new double[cones.size()][];
        for (int k = 0; k < cones.size(); k++) {
            Cone c = cones.get(k);
            int o = c.offset(), d = c.dim();
            int[] map = new int[c.kktMapLength()];
            if (c.kktShape() == Cone.KktShape.ELIMINATED) {
                for (int i = 0; i < d; i++) map[i] = placeholderDiagonal(n + o + i, cp, ri);
                coneMaps[k] = map;
                continue;
            }
            if (c.kktShape() == Cone.KktShape.SCALED) {
                int[] u = scaledUnion[k];
                int[] idx = new int[d * u.length];
                double[] blk = new double[d * u.length];
                for (int i = 0; i < d; i++) {
                    int row = o + i, col = n + row;
                    int q = cp[col];
                    for (int cc = 0; cc < u.length; cc++) {
                        ri[q] = u[cc];
                        idx[i * u.length + cc] = q;
                        q++;
                    }
                    for (int t = atcp[row]; t < atcp[row + 1]; t++) {
                        int cc = Arrays.binarySearch(u, atriAll[t]);
                        blk[i * u.length + cc] = at.values()[t];
                    }
                    ri[q] = col;
                    map[i] = q;
                    zDiag[col] = q;
                    signs[col] = -1;
                }
                scaledIdx[k] = idx;
                scaledA[k] = blk;
                coneMaps[k] = map;
                continue;
            }
            int mk = 0;
            for (int i = 0; i < d; i++) {
                int row = o + i, col = n + row;
                int q = cp[col];
                if (eliminatedRow[row]) { // a bound
                    map[i] = placeholderDiagonal(col, cp, ri);
                    continue;
                }
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
            if (c.kktShape() == Cone.KktShape.LIFTED_SOC) {
                int[] u = scaledUnion[k];
                int e = extraStart[k];
                for (int j = 0; j < 2; j++) {
                    int th = e + j;
                    int q = cp[th];
                    for (int i = 0; i < d; i++) { ri[q] = n + o + i; map[d + j * d + i] = q; q++; }
                    ri[q] = th; map[3 * d + j] = q; zDiag[th] = q; signs[th] = 1;
                }
                int[] idx = new int[2 * u.length];
                for (int j = 0; j < 2; j++) {
                    int th = e + j, la = e + 2 + j;
                    int q = cp[la];
                    for (int cc = 0; cc < u.length; cc++) { ri[q] = u[cc]; idx[j * u.length + cc] = q; q++; }
                    ri[q] = th; map[3 * d + 2 + j] = q; q++;
                    ri[q] = la; map[3 * d + 4 + j] = q; zDiag[la] = q; signs[la] = -1;
                }
                liftIdx[k] = idx;
                int base = atcp[o];
                int[] pos = new int[atcp[o + d] - base];
                for (int t = base; t < atcp[o + d]; t++) pos[t - base] = Arrays.binarySearch(u, atriAll[t]);
                liftPos[k] = pos;
            }
            coneMaps[k] = map;
        }
        // A values into the z columns: entry t of A (CSC) lands at position aToAt[t] of Aᵀ, i.e. in column
        // n + row at offset (aToAt[t] − atcp[row]) from the column start.
        int[] acp = a.colPtr(), ari = a.rowIdx();
        boolean[] scaledRow = eliminatedRow.clone(); // rows whose A entries are not stored as they are
        for (Cone c : cones)
            if (c.kktShape() == Cone.KktShape.SCALED) Arrays.fill(scaledRow, c.offset(), c.offset() + c.dim(), true);
        for (int j = 0; j < a.cols(); j++)
            for (int t = acp[j]; t < acp[j + 1]; t++) {
                int row = ari[t];
                if (!scaledRow[row]) values[cp[n + row] + (aToAt[t] - atcp[row])] = av[t];
            }
        aT = at;
        int maxD = 1;
        for (Cone c : cones) maxD = Math.max(maxD, c.dim());
        colBuf = new double[maxD];
        for (int j = 0; j < n; j++) zDiag[j] = xDiag[j];
        liveDiag = liveDiagonals(cones);
        pattern = new CscMatrix(dimK, dimK, cp, ri, new double[nnz]);
        int[] groups = liftedGroups(extraStart);
        if (elimination != null) {
            elimination.bind(cp, ri, values);
            boolean[] drop = new boolean[dimK];
            System.arraycopy(eliminatedRow, 0, drop, n, m);
            reduced = new ReducedSystem(pattern, signs, drop);
            ldl = settings.ldlFactory().analyze(reduced.pattern(), reduced.gather(groups));
        } else {
            reduced = null;
            ldl = settings.ldlFactory().analyze(pattern, groups);
        }
        ldl.useParallel(par);
        // the cones whose KKT rows are scaled (only second-order cones take those forms), and all cones by kind
        scaledSocs = cones.stream().filter(c -> c.kktShape() == Cone.KktShape.SCALED || c.kktShape() == Cone.KktShape.LIFTED_SOC)
                .map(c -> (SocCone) c).toArray(SocCone[]::new);
        socs = cones.stream().filter(c -> c instanceof SocCone && c.kktShape() != Cone.KktShape.ELIMINATED)
                .map(c -> (SocCone) c).toArray(SocCone[]::new);
        otherCones = cones.stream().filter(c -> !(c instanceof SocCone)).toArray(Cone[]::new);
        rhs = new double[dimK];
        sol = new double[dimK];
        res = new double[dimK];
    }

    /**
     * Column col of an eliminated row holds only its diagonal (sign −1), which the factorization never sees: writes it
     * and returns its value position.
     */
    private int placeholderDiagonal(int col, int[] cp, int[] ri) {
        ri[cp[col]] = col;
        zDiag[col] = cp[col];
        signs[col] = -1;
        return cp[col];
    }

    /**
     * Second-order cones of dimension in ({@link SocCone#DENSE_MAX_DIM}, {@link SocCone#SCALED_MAX_DIM}] enter the KKT
     * matrix in scaled form instead of the sparse expansion, whose rank-one terms lose the small eigenvalues of H
     * near the end of a run, when that costs little fill: the scaled rows fill the cone's dim × |columns used| block, accepted when it is at most
     * twice the entries of the explicit form (the cone's nonzeros of A plus its H block).
     */
    private static void chooseScaledForms(CscMatrix a, CscMatrix at, List<Cone> cones) {
        int[] atcp = at.colPtr(), atri = at.rowIdx();
        int[] mark = new int[Math.max(a.cols(), 1)];
        Arrays.fill(mark, -1);
        for (int k = 0; k < cones.size(); k++) {
            if (!(cones.get(k) instanceof SocCone soc) || soc.dim() > SocCone.SCALED_MAX_DIM || soc.dim() <= SocCone.DENSE_MAX_DIM)
                continue;
            int o = soc.offset(), d = soc.dim();
            int union = 0, nnz = 0;
            for (int i = 0; i < d; i++)
                for (int t = atcp[o + i]; t < atcp[o + i + 1]; t++) {
                    nnz++;
                    if (mark[atri[t]] != k) { mark[atri[t]] = k; union++; }
                }
            int explicit = nnz + (d <= SocCone.DENSE_MAX_DIM ? d * (d + 1) / 2 : 3 * d + 2);
            soc.useScaledKkt((long) d * union <= 2L * explicit);
        }
        // Large cones take the lifted form as long as its θ rows (dim + 1 entries) stay below AMD's dense-row threshold
        // for a KKT system of about n + m rows; a bigger cone keeps the sparse H form (a single cone's few lost
        // directions are repaired by the refinement): on CBLIB sched_100_50_orig / sched_200_100_orig, one cone of
        // dimension 4,741 in about 20k rows, the lifted form picked up dynamic regularisations and ended ALMOST_SOLVED
        int denseRow = (int) Math.max(16, Amd.DEFAULT_DENSE_FACTOR * Math.sqrt(a.rows() + (double) a.cols()));
        for (Cone c : cones) if (c instanceof SocCone soc && soc.dim() + 1 > denseRow) soc.useLiftedKkt(false);
    }

    /**
     * Ordering groups: the rows of each lifted cone (its dim rows and 4 extra rows), which the factorization
     * eliminates as one block whatever the ordering, so that AMD need not work through them row by row.
     */
    private int[] liftedGroups(int[] extraStart) {
        int[] groupOf = new int[dimK];
        Arrays.fill(groupOf, -1);
        for (int k = 0; k < cones.size(); k++) {
            Cone c = cones.get(k);
            if (c.kktShape() != Cone.KktShape.LIFTED_SOC) continue;
            Arrays.fill(groupOf, n + c.offset(), n + c.offset() + c.dim(), k);
            Arrays.fill(groupOf, extraStart[k], extraStart[k] + 4, k);
        }
        return groupOf;
    }

    /**
     * The KKT diagonals other than the eliminated cones' placeholders (a quarter of a million on a linear bandit):
     * those are never factorized, so they are neither written nor regularised. (They used to count as 1 in the
     * largest diagonal, which moves the proportional regularisation by less than a rounding of the constant one.)
     */
    private int[] liveDiagonals(List<Cone> cones) {
        boolean[] placeholder = new boolean[dimK];
        for (Cone c : cones)
            if (c.kktShape() == Cone.KktShape.ELIMINATED) Arrays.fill(placeholder, n + c.offset(), n + c.offset() + c.dim(), true);
        int[] live = new int[dimK];
        int cnt = 0;
        for (int j = 0; j < dimK; j++) if (!placeholder[j]) live[cnt++] = j;
        return Arrays.copyOf(live, cnt);
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

    /** Triangular solve pairs (LDLᵀ applications) performed so far. */
    private long triangularSolves;

    long triangularSolves() { return triangularSolves + (fallback == null ? 0 : fallback.triangularSolves()); }

    int dimension() {
        if (fallback != null) return fallback.dimension();
        return reduced == null ? dimK : reduced.pattern().cols();
    }

    /**
     * The augmented system that replaced this one after its eliminated cones failed (a factorization breaking
     * down, a non-finite solve, or numerical difficulty of the method); every call is passed on to it from then on.
     * A stalled refinement is handled as in the augmented system (lowered static regularisation): on randomly
     * scaled shared-cone SOCPs that did as well as returning to the augmented system, at a fraction of the cost.
     */
    private KktSolver fallback;

    private boolean abandoned;

    /**
     * Returns every eliminated cone to the augmented system from the next {@link #update} on: called when the
     * method runs into numerical difficulty, which the normal-equations form may have caused.
     */
    void abandonElimination() {
        if (fallback != null) fallback.abandonElimination();
        else if (elimination != null) abandoned = true;
    }

    /**
     * Returns the eliminated cones to the augmented system (with the static regularisation reached so far) and
     * factors it at the current scalings; false if that fails.
     */
    private boolean fallBack() {
        if (settings.verbose())
            settings.out().printf("  (%d eliminated cones and %d bounds returned to the KKT system)%n",
                    elimination.count(), bounds == null ? 0 : bounds.count());
        fallback = new KktSolver(n, m, pMat, aMat, cones, settings.toBuilder().coneElimination(false).build());
        fallback.setAccuracyLevel(accuracyLevel);
        fallback.regBoost = regBoost;
        return fallback.update();
    }

    /**
     * Sets how far the iterate still is from optimal (a number in [0, 1] like the largest of μ and the relative
     * residuals): solves are refined only to 1e-8 of that level (never below the refinement tolerances), since a
     * Newton step needs no more accuracy than the progress it is meant to make. 0 asks for full accuracy.
     */
    void setAccuracyLevel(double level) {
        accuracyLevel = Math.max(0, Math.min(1, level));
        if (fallback != null) fallback.setAccuracyLevel(level);
    }
    int lastDynamicRegularisations() { return fallback != null ? fallback.lastDynamicRegularisations() : lastDynamicRegs; }
    int lastRefinementSteps() { return fallback != null ? fallback.lastRefinementSteps() : lastRefinementSteps; }
    long factorNonzeros() { return fallback != null ? fallback.factorNonzeros() : ldl.factorNonzeros(); }
    /** Whether the current factorization's later solves skip the residual check (see {@link #TRUSTED_ERROR}). */
    boolean trustsFactorization() { return fallback != null ? fallback.trustsFactorization() : trusted; }

    int eliminatedCones() { return fallback != null || elimination == null ? 0 : elimination.count(); }
    int eliminatedBounds() { return fallback != null || bounds == null ? 0 : bounds.count(); }

    /**
     * Factor on the static regularisation: raised when a factorization breaks down, lowered (while none has) when
     * refinement cannot remove the regularisation's error, as happens when some entries of H fall far below it.
     */
    private double regBoost = 1;
    private boolean strengthened, stalled;
    private static final double REG_BOOST_STEP = 100, REG_BOOST_MAX = 1e6, REG_BOOST_MIN = 1e-4;
    /** A solve whose refined residual stays this many times above its tolerance counts as stalled. */
    private static final double STALL_FACTOR = 100;
    /**
     * A factorization whose first solve (the constant right-hand side of an iteration) met the refinement tolerance
     * a thousand times over, with no refinement, is trusted for the iteration's other solves: they skip the
     * residual check against the exact operator, which costs as much as the solve itself (on a linear bandit's
     * eliminated cones the first solves are within 1e-4 of the tolerance for most of the run). Over the 75
     * NETLIB, Maros–Mészáros and CBLIB instances no first solve comes this close, so nothing changes there.
     */
    private static final double TRUSTED_ERROR = 1e-3;
    private boolean solvedOnFactor; // a solve has used the current factorization
    private boolean trusted;
    private double initialError;   // of the last refined solve, in units of the strict tolerance
    private double tolScale = 1;   // multiplies the refinement tolerances of the current solve
    /** A refined solve this many times above its tolerance, after dynamic regularisation, counts as failed. */
    private static final double BROKEN_FACTOR = 1e12;

    double regularisationBoost() { return fallback != null ? fallback.regularisationBoost() : regBoost; }

    /**
     * Raises the static regularisation (for the rest of the run) and refactors; false when it is already at its
     * cap or the factorization fails again.
     */
    boolean strengthenRegularisation() {
        if (fallback != null) return fallback.strengthenRegularisation();
        if (regBoost >= REG_BOOST_MAX) return false;
        regBoost *= REG_BOOST_STEP;
        strengthened = true;
        return update();
    }

    /** Writes the current cone scalings, regularises and factors. Returns false on numerical failure. */
    boolean update() {
        solvedOnFactor = false;
        trusted = false;
        if (fallback != null) return fallback.update();
        if (abandoned && elimination != null) return fallBack();
        if (stalled && !strengthened && regBoost > REG_BOOST_MIN) regBoost /= REG_BOOST_STEP;
        stalled = false;
        for (int k = 0; k < cones.size(); k++) {
            Cone c = cones.get(k);
            if (c.kktShape() == Cone.KktShape.ELIMINATED) continue; // only a placeholder diagonal in the pattern
            c.writeKkt(values, coneMaps[k]);
            if (c.kktShape() == Cone.KktShape.SCALED) {
                // rows of A multiplied by W⁻ᵀ, column by column of the cone's union pattern
                int d = c.dim(), nu = scaledUnion[k].length;
                double[] blk = scaledA[k];
                int[] idx = scaledIdx[k];
                for (int cc = 0; cc < nu; cc++) {
                    for (int i = 0; i < d; i++) colBuf[i] = blk[i * nu + cc];
                    c.scaleRows(colBuf, 0);
                    for (int i = 0; i < d; i++) values[idx[i * nu + cc]] = colBuf[i];
                }
            } else if (c.kktShape() == Cone.KktShape.LIFTED_SOC) {
                // λ rows: FᵀA_k over the cone's union of columns (e₀ᵀA_k: the head row; ŵᵀA_k: the tail rows)
                int o = c.offset(), d = c.dim(), nu = scaledUnion[k].length;
                int[] idx = liftIdx[k], pos = liftPos[k];
                for (int q : idx) values[q] = 0.0;
                c.liftDirection(colBuf);
                int[] atcp = aT.colPtr();
                double[] atv = aT.values();
                int base = atcp[o];
                for (int i = 0; i < d; i++) {
                    int slot = i == 0 ? 0 : nu;
                    double f = i == 0 ? 1.0 : colBuf[i];
                    for (int t = atcp[o + i]; t < atcp[o + i + 1]; t++) values[idx[slot + pos[t - base]]] += f * atv[t];
                }
            }
        }
        for (int j = 0; j < n; j++) values[xDiag[j]] = pDiagValues[j];
        if (elimination != null) elimination.accumulate(values);
        if (bounds != null) bounds.accumulate(values, xDiag);
        double maxDiag = 0;
        for (int j : liveDiag) maxDiag = Math.max(maxDiag, Math.abs(values[zDiag[j]]));
        double eps = (settings.staticRegConstant() + settings.staticRegProportional() * maxDiag) * regBoost;
        for (int j = 0; j < dimK; j++) regDiag[j] = signs[j] * eps;
        for (int j : liveDiag) values[zDiag[j]] += regDiag[j];
        if (!allFinite(values, values.length)) return false;
        try {
            long t0 = System.nanoTime();
            lastDynamicRegs = reduced == null
                    ? ldl.factor(values, signs, settings.dynamicRegEps(), settings.dynamicRegDelta())
                    : ldl.factor(reduced.values(values), reduced.signs(), settings.dynamicRegEps(), settings.dynamicRegDelta());
            if (DEBUG) System.out.printf("    factor: %.1f ms%n", (System.nanoTime() - t0) * 1e-6);
        } catch (ArithmeticException | IllegalStateException e) {
            return elimination != null && fallBack();
        }
        return true;
    }

    /**
     * Solves K [x; z] = [bx; bz] (extra rows get a zero right-hand side); returns false when the result is not
     * finite.
     */
    boolean solve(double[] bx, double[] bz, double[] outX, double[] outZ) {
        return solveFrom(bx, bz, outX, outZ, false);
    }

    /**
     * Like {@link #solve} with the refinement tolerances multiplied by {@code looseness} (≥ 1): for a solve whose
     * error a later, strictly refined solve absorbs. Whether the factorization is trusted is still judged on the
     * strict tolerance.
     */
    boolean solve(double[] bx, double[] bz, double[] outX, double[] outZ, double looseness) {
        if (!(looseness >= 1)) throw new IllegalArgumentException("looseness " + looseness + " < 1");
        tolScale = looseness;
        try {
            return solveFrom(bx, bz, outX, outZ, false);
        } finally {
            tolScale = 1;
        }
    }

    /**
     * Like {@link #solve} but, when {@code warm}, starts the refinement from the given (outX, outZ) instead of a
     * fresh factorization solve: used to polish a direction assembled from several solves.
     */
    boolean solveFrom(double[] bx, double[] bz, double[] outX, double[] outZ, boolean warm) {
        if (fallback != null) return fallback.solveFrom(bx, bz, outX, outZ, warm);
        boolean first = !solvedOnFactor && !warm;
        solvedOnFactor = true;
        if (warm && trusted) return true; // nothing to polish: the direction's solves were accurate
        boolean refining = settings.refinementEnabled() && !trusted;
        if (warm) {
            System.arraycopy(bx, 0, rhs, 0, n);
            System.arraycopy(bz, 0, rhs, n, m);
            Arrays.fill(rhs, n + m, dimK, 0.0);
            System.arraycopy(outX, 0, sol, 0, n);
            System.arraycopy(outZ, 0, sol, n, m);
            Arrays.fill(sol, n + m, dimK, 0.0);
        } else {
            System.arraycopy(bx, 0, sol, 0, n);
            System.arraycopy(bz, 0, sol, n, m);
            Arrays.fill(sol, n + m, dimK, 0.0);
            if (refining || DEBUG) System.arraycopy(sol, 0, rhs, 0, dimK); // only the refinement reads rhs
            long t0 = System.nanoTime();
            precondition(sol);
            if (DEBUG) System.out.printf("    one solve: %.1f ms%n", (System.nanoTime() - t0) * 1e-6);
        }
        lastRefinementSteps = 0;
        if (refining) {
            double err = refine();
            if (first) trusted = initialError <= TRUSTED_ERROR;
            if (err > STALL_FACTOR) stalled = true;
            // dynamically regularised pivots the refinement could not repair leave the factorization useless in
            // their directions: refactor once with stronger static regularisation (which later stalls may lower
            // again) and solve afresh
            if (err > BROKEN_FACTOR && lastDynamicRegs > 0 && !warm && regBoost < REG_BOOST_MAX) {
                regBoost *= REG_BOOST_STEP;
                stalled = false;
                if (!update()) return false;
                return solveFrom(bx, bz, outX, outZ, false);
            }
        }
        if (DEBUG) {
            residual();
            double rxn = 0, rzn = 0, bxn = 0, bzn = 0;
            for (int i = 0; i < n; i++) { rxn = Math.max(rxn, Math.abs(res[i])); bxn = Math.max(bxn, Math.abs(rhs[i])); }
            for (int i = n; i < dimK; i++) { rzn = Math.max(rzn, Math.abs(res[i])); bzn = Math.max(bzn, Math.abs(rhs[i])); }
            System.out.printf("    kkt solve: dynreg=%d refine=%d res x %.2e (rhs %.2e)  z %.2e (rhs %.2e)%n", lastDynamicRegs, lastRefinementSteps, rxn, bxn, rzn, bzn);
        }
        if (!allFinite(sol, dimK)) return elimination != null && fallBack() && fallback.solveFrom(bx, bz, outX, outZ, warm);
        System.arraycopy(sol, 0, outX, 0, n);
        System.arraycopy(sol, n, outZ, 0, m);
        return true;
    }

    /**
     * GMRES-accelerated iterative refinement: right-preconditioned restarted GMRES on the row-weighted reduced
     * system ω∘(K₀ x) = ω∘b (ω = 1/tolX on x rows, 1/tolZ on z rows) with the regularised LDLᵀ as preconditioner;
     * returns the final {@link #residual} measure (≤ 1 when the tolerance is met).
     * When the factorization is accurate this is one refinement step; when the stored KKT entries or the
     * regularisation misrepresent K₀ in a few directions (large cones near the end of a run, dynamically
     * regularised pivots), GMRES removes those few outlying eigenvalues in a few iterations where plain
     * refinement would stall or diverge.
     */
    private double refine() {
        double bx = 0, bz = 0;
        for (int i = 0; i < n; i++) bx = Math.max(bx, Math.abs(rhs[i]));
        for (int i = n; i < n + m; i++) bz = Math.max(bz, Math.abs(rhs[i]));
        double absTol = Math.max(settings.refinementAbsTol(), accuracyLevel * ACC_FACTOR);
        double relTol = Math.max(settings.refinementRelTol(), accuracyLevel * ACC_FACTOR);
        tolX = (absTol + relTol * bx) * tolScale;
        tolZ = (absTol + relTol * bz) * tolScale;
        double err = residual();
        initialError = err * tolScale;
        int budget = settings.refinementMaxIter();
        int nn = n + m;
        for (int cycle = 0; cycle < 3 && budget > 0 && err > 1; cycle++) {
            ensureKrylov();
            double beta = 0;
            scaleRange(res, kv[0], 1 / tolX, 1 / tolZ);
            for (int i = 0; i < nn; i++) beta += kv[0][i] * kv[0][i];
            beta = Math.sqrt(beta);
            if (!(beta > 0) || !Double.isFinite(beta)) return err;
            for (int i = 0; i < nn; i++) kv[0][i] /= beta;
            Arrays.fill(kg, 0.0);
            kg[0] = beta;
            int cols = 0;
            double est = beta;
            while (cols < KRYLOV && budget > 0) {
                int j = cols;
                // z_j = M⁻¹ ω⁻¹ v_j
                if (kz[j] == null) { kz[j] = new double[nn]; kv[j + 1] = new double[nn]; }
                double[] zj = kz[j];
                scaleRange(kv[j], pre, tolX, tolZ);
                Arrays.fill(pre, nn, dimK, 0.0);
                precondition(pre);
                System.arraycopy(pre, 0, zj, 0, nn);
                // w = ω∘K₀ z_j
                double[] w = kv[j + 1];
                applyReduced(zj, w, 1 / tolX, 1 / tolZ);
                for (int i = 0; i <= j; i++) {
                    double h = 0;
                    double[] vi = kv[i];
                    for (int k = 0; k < nn; k++) h += w[k] * vi[k];
                    kh[i][j] = h;
                    for (int k = 0; k < nn; k++) w[k] -= h * vi[k];
                }
                double hn = 0;
                for (int k = 0; k < nn; k++) hn += w[k] * w[k];
                hn = Math.sqrt(hn);
                kh[j + 1][j] = hn;
                if (hn > 0) for (int k = 0; k < nn; k++) w[k] /= hn;
                for (int i = 0; i < j; i++) {
                    double t = kcs[i] * kh[i][j] + ksn[i] * kh[i + 1][j];
                    kh[i + 1][j] = -ksn[i] * kh[i][j] + kcs[i] * kh[i + 1][j];
                    kh[i][j] = t;
                }
                double r = Math.hypot(kh[j][j], kh[j + 1][j]);
                if (!(r > 0)) break;
                kcs[j] = kh[j][j] / r;
                ksn[j] = kh[j + 1][j] / r;
                kh[j][j] = r;
                kh[j + 1][j] = 0;
                kg[j + 1] = -ksn[j] * kg[j];
                kg[j] = kcs[j] * kg[j];
                cols++;
                budget--;
                lastRefinementSteps++;
                double newEst = Math.abs(kg[j + 1]);
                if (newEst <= 0.5 || hn == 0) break;              // weighted 2-norm ≤ ½: ∞-norm criterion met
                if (cols > 1 && newEst > STAGNATION * est) break;  // stagnation (rounding level or slow progress)
                est = newEst;
            }
            // a (numerically) singular K₀ — dependent equality rows, say — shows as a tiny diagonal of R: keep only
            // the well-conditioned leading part, so that refinement never chases an inconsistent system to infinity
            double r0 = Math.abs(kh[0][0]);
            for (int i = 1; i < cols; i++) if (!(Math.abs(kh[i][i]) > 1e-8 * r0)) { cols = i; break; }
            if (cols == 0 || !(r0 > 0)) return err;
            // y = R⁻¹ g, correction Σ y_j z_j
            for (int i = cols - 1; i >= 0; i--) {
                double t = kg[i];
                for (int k = i + 1; k < cols; k++) t -= kh[i][k] * ky[k];
                ky[i] = t / kh[i][i];
            }
            System.arraycopy(sol, 0, saved, 0, nn);
            for (int j = 0; j < cols; j++) {
                double yj = ky[j];
                double[] zj = kz[j];
                for (int i = 0; i < nn; i++) sol[i] += yj * zj[i];
            }
            double newErr = residual();
            double corr = 0, base = 1;
            for (int i = 0; i < nn; i++) {
                corr = Math.max(corr, Math.abs(sol[i] - saved[i]));
                base = Math.max(base, Math.abs(saved[i]));
            }
            if (!(newErr < err) || corr > 10 * base) {
                System.arraycopy(saved, 0, sol, 0, nn);
                residual();
                return err;
            }
            err = newErr;
        }
        return err;
    }

    private static final int KRYLOV = 8;
    private static final double STAGNATION = 0.5; // a GMRES iteration must at least halve the residual estimate
    private double[][] kv, kz, kh;
    private double[] kg, kcs, ksn, ky, pre, saved;

    private void ensureKrylov() {
        if (kv != null) return;
        int nn = n + m;
        // the Krylov vectors themselves as GMRES reaches them: most solves need one or two
        kv = new double[KRYLOV + 1][];
        kz = new double[KRYLOV][];
        kv[0] = new double[nn];
        saved = new double[nn];
        kh = new double[KRYLOV + 1][KRYLOV];
        kg = new double[KRYLOV + 1];
        kcs = new double[KRYLOV];
        ksn = new double[KRYLOV];
        ky = new double[KRYLOV];
        pre = new double[dimK];
    }

    /**
     * v ← M⁻¹ v for a right-hand side in the original variables: rows of SCALED cones are multiplied by W⁻ᵀ, the
     * factorization is applied, and the cones' solution entries are mapped back by W⁻¹.
     */
    private void precondition(double[] v) {
        for (SocCone c : scaledSocs) c.scaleRows(v, n + c.offset());
        if (reduced == null) ldl.solve(v);
        else {
            elimination.fold(v, n);
            if (bounds != null) bounds.fold(v, n);
            double[] r = reduced.rhs(v);
            solveReduced(r);
            reduced.scatter(r, v);
            elimination.recover(v, n);
            if (bounds != null) bounds.recover(v, n);
        }
        triangularSolves++;
        for (SocCone c : scaledSocs) c.unscaleSolution(v, n + c.offset());
    }

    /**
     * r ← (K − D)⁻¹ r on the reduced system, D its static regularisation: the factorization's solve with one step of
     * refinement against the stored matrix, unless its residual is already at rounding level. The step costs a
     * product with the reduced matrix only — no cone or A products — and leaves the refinement against the exact
     * operator ({@link #refine}) only the clique's rounding to repair: on a linear bandit's union-bound cones 85 of
     * the 98 KKT solves of a run then need no GMRES step (against 23 without this step).
     */
    private void solveReduced(double[] r) {
        int d = r.length;
        if (redB == null) { redB = new double[d]; redRes = new double[d]; }
        System.arraycopy(r, 0, redB, 0, d);
        ldl.solve(r);
        double bound = REDUCED_ROUNDING * infNorm(redB);
        double e = reduced.residual(redB, r, regDiag, redRes);
        if (!(e > bound)) return;
        ldl.solve(redRes);
        for (int q = 0; q < d; q++) r[q] += redRes[q];
    }

    private static final double REDUCED_ROUNDING = 1e-14;
    private double[] redB, redRes;

    /**
     * y = H x for all cones at the scalings of the last {@link #update}: the eliminated cones from their flat copies
     * (one pass over contiguous arrays instead of thousands of small objects), the other second-order cones in chunks.
     */
    void mulHAll(double[] y, double[] x) {
        if (fallback != null) fallback.mulHAll(y, x);
        else mulH(y, x);
    }

    /** H·x for all cones, the second-order ones in a loop of their own (a direct, inlinable call on many cones). */
    private void mulH(double[] y, double[] x) {
        if (elimination != null) elimination.mulH(y, x);
        par.forRange(socs.length, ConicSolver.PARALLEL_CONES, (ch, from, to) -> {
            for (int k = from; k < to; k++) socs[k].mulH(y, x);
        });
        for (Cone c : otherCones) c.mulH(y, x);
    }

    /** out = in scaled by fx on the x rows and fz on the z rows (the reduced system's n + m entries). */
    private void scaleRange(double[] in, double[] out, double fx, double fz) {
        for (int i = 0; i < n; i++) out[i] = in[i] * fx;
        for (int i = n, nn = n + m; i < nn; i++) out[i] = in[i] * fz;
    }

    /** out = K₀ in on the reduced (x, z) space, [P x + Aᵀ z; A x − H z], with its x rows scaled by fx, z rows by fz. */
    private void applyReduced(double[] in, double[] out, double fx, double fz) {
        productInto(in);
        for (int i = 0; i < n; i++) out[i] = tmpN[i] * fx;
        for (int i = 0; i < m; i++) out[n + i] = -tmpM[i] * fz;
    }

    /** tmpN = P x + Aᵀ z and tmpM = H z − A x (the z rows of K₀ in, negated) for in = (x, z). */
    private void productInto(double[] in) {
        System.arraycopy(in, 0, xbuf, 0, n);
        System.arraycopy(in, n, zbuf, 0, m);
        Arrays.fill(tmpN, 0.0);
        io.hedgecone.solver.form.ConicProblem.symMultiplyAdd(pMat, xbuf, tmpN);
        mulH(tmpM, zbuf);
        aMat.multiplyAddBoth(-1.0, xbuf, tmpM, 1.0, zbuf, tmpN);
    }

    /**
     * res = rhs − K₀ sol for the reduced system K₀ = [P Aᵀ; A −H] with the cones' own (accurate) products H·z
     * rather than the stored, rounded matrix entries (and without the auxiliary rows of large second-order cones,
     * whose residual is set to zero). Refining against this operator makes the solution consistent with
     * Δs = −r − HΔz computed by the cones, so that the primal residual decreases as predicted even when H has a
     * huge dynamic range. Returns max(‖res_x‖∞/tolX, ‖res_z‖∞/tolZ): the x rows (dual residual) are refined to
     * their own scale even when the z rows carry much larger numbers.
     */
    private double residual() {
        productInto(sol);
        double ex = 0, ez = 0;
        for (int i = 0; i < n; i++) {
            res[i] = rhs[i] - tmpN[i];
            ex = Math.max(ex, Math.abs(res[i]));
        }
        for (int i = 0; i < m; i++) {
            res[n + i] = rhs[n + i] + tmpM[i];
            ez = Math.max(ez, Math.abs(res[n + i]));
        }
        Arrays.fill(res, n + m, dimK, 0.0);
        return Math.max(ex / tolX, ez / tolZ);
    }

    /**
     * Whether v[0, len) holds only finite numbers: 0·v is NaN exactly for NaN and ±∞, and four independent sums
     * (no branch per entry) let the loop run at memory speed.
     */
    static boolean allFinite(double[] v, int len) {
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            a0 += 0.0 * v[i];
            a1 += 0.0 * v[i + 1];
            a2 += 0.0 * v[i + 2];
            a3 += 0.0 * v[i + 3];
        }
        for (; i < len; i++) a0 += 0.0 * v[i];
        return !Double.isNaN(a0 + a1 + a2 + a3);
    }

    private static double infNorm(double[] v) {
        double s = 0;
        for (double x : v) s = Math.max(s, Math.abs(x));
        return s;
    }
}
