package io.hedgecone.solver.linalg;

import java.util.Arrays;

/**
 * Left-looking supernodal LDLᵀ without pivoting of a symmetric quasi-definite matrix: the KKT solver of the
 * interior-point method. Supernodes (runs of elimination-tree chain columns, see {@link SupernodeStructure}) are
 * dense column-major blocks; each is updated by the earlier supernodes that touch it with dense inner loops over
 * contiguous memory, then factored by a dense LDLᵀ of its panel. Quasi-definite
 * matrices are strongly factorizable, so any symmetric permutation (chosen for fill) is stable enough; tiny or
 * wrong-signed pivots are replaced by dynamic regularisation (signs given in the original order).
 *
 * <p>Analysis ({@link #analyze}) is done once per pattern; {@link #factor} and {@link #solve} allocate nothing.
 * An instance holds work arrays and is therefore not thread-safe; to factor the same pattern on several threads
 * create one instance per thread from a shared {@link LdlSymbolic} with {@link #of(LdlSymbolic)}.
 */
public final class SparseLdl implements QuasiDefiniteLdl {
    private final LdlSymbolic sym;
    private final SupernodeStructure sn;
    private final int n;
    private final double[] lx;       // blocks; the strictly upper part of each diagonal block is unused
    private final double[] d, dinv;  // pivots, permuted order
    private final int[] sign;
    private final int[] relMap;      // row → position in the current target supernode
    // supernodes waiting to update a later supernode, first-in first-out so that descendants are visited in
    // ascending memory order (cheaper cache misses than descending)
    private final int[] linkHead, linkTail, linkNext, linkPos;
    private final int[] rel;         // relative target rows of the current descendant
    private final double[] buf, coef, work; // coef: 4 coefficients per source column of a rank-4 update
    private final double[] acc;      // the rows of x a leaf batch updates, during the forward solve
    /**
     * Runs of single-column supernodes none of which uses another's column ([runs[2r], runs[2r+1]), ascending):
     * the backward solve takes each run's columns in parallel chunks, every column from the same final entries.
     */
    private final int[] runs;
    private Parallel par = Parallel.SEQUENTIAL;
    /**
     * Leaf runs: batchWidth[a] = K > 0 when supernodes a .. a+K−1 are single columns without descendants, with the
     * same rows below their diagonal and consecutive blocks of one height — the π columns of a linear bandit's
     * reduced KKT system. They update their ancestors together, as one supernode of width K would (a rank-K update
     * instead of K rank-one updates), so that the per-column overhead of the update kernels is paid once.
     */
    private final int[] batchWidth;
    private boolean factored;
    private int firstRegularised = -1; // elimination position of the first dynamically regularised pivot

    private SparseLdl(LdlSymbolic sym) {
        this.sym = sym;
        this.sn = sym.supernodes();
        this.n = sym.n;
        this.lx = new double[(int) sn.storedEntries()];
        this.d = new double[n];
        this.dinv = new double[n];
        this.sign = new int[n];
        this.relMap = new int[n];
        this.linkHead = new int[sn.nsuper];
        this.linkTail = new int[sn.nsuper];
        this.linkNext = new int[sn.nsuper];
        this.linkPos = new int[sn.nsuper];
        this.rel = new int[sn.maxRows];
        this.buf = new double[4 * sn.maxRows];
        this.batchWidth = leafBatches(sn, n);
        int maxW = 0, maxPanel = 0;
        for (int s = 0; s < sn.nsuper; s++) {
            maxPanel = Math.max(maxPanel, sn.first[s + 1] - sn.first[s]);
            maxW = Math.max(maxW, Math.max(batchWidth[s], maxPanel));
        }
        this.coef = new double[4 * maxW];
        // only panels wider than a block use it (leaf batches are not panels)
        this.blockCoef = new double[maxPanel > PANEL_BLOCK ? PANEL_BLOCK * maxPanel : 0];
        this.work = new double[n];
        this.acc = new double[sn.maxRows];
        this.runs = independentRuns(sn);
    }

    /** Fewest leaves updating their ancestors together. */
    static final int LEAF_BATCH = 1024;

    private static int[] leafBatches(SupernodeStructure sn, int n) {
        int[] first = sn.first, rowPtr = sn.rowPtr, rows = sn.rows, blockPtr = sn.blockPtr;
        boolean[] updated = new boolean[n]; // columns some earlier supernode updates
        for (int s = 0; s < sn.nsuper; s++)
            for (int p = rowPtr[s] + first[s + 1] - first[s]; p < rowPtr[s + 1]; p++) updated[rows[p]] = true;
        int[] width = new int[sn.nsuper];
        int s = 0;
        while (s < sn.nsuper) {
            if (!batchable(sn, s, updated)) { s++; continue; }
            int a = s, md = rowPtr[a + 1] - rowPtr[a];
            s++;
            while (s < sn.nsuper && batchable(sn, s, updated) && rowPtr[s + 1] - rowPtr[s] == md
                    && blockPtr[s] == blockPtr[a] + (s - a) * md
                    && Arrays.equals(rows, rowPtr[s] + 1, rowPtr[s + 1], rows, rowPtr[a] + 1, rowPtr[a + 1])) s++;
            if (s - a >= LEAF_BATCH) width[a] = s - a;
        }
        return width;
    }

    /** A single-column supernode that no other supernode updates and that updates a later one. */
    private static boolean batchable(SupernodeStructure sn, int s, boolean[] updated) {
        return sn.first[s + 1] - sn.first[s] == 1 && !updated[sn.first[s]] && sn.rowPtr[s + 1] - sn.rowPtr[s] > 1;
    }

    /** Shortest run of independent columns worth handing to other threads in the backward solve. */
    static final int PARALLEL_RUN = 4096;

    private static int[] independentRuns(SupernodeStructure sn) {
        int[] found = new int[0];
        int[] first = sn.first, rowPtr = sn.rowPtr, rows = sn.rows;
        int s = 0;
        while (s < sn.nsuper) {
            if (first[s + 1] - first[s] != 1) { s++; continue; }
            int a = s, runMin = Integer.MAX_VALUE;
            // extend while no column already in the run has the next column among its rows (rows ascend, so the
            // smallest off-diagonal row of each column decides)
            while (s < sn.nsuper && first[s + 1] - first[s] == 1 && runMin > first[s]) {
                if (rowPtr[s + 1] - rowPtr[s] > 1) runMin = Math.min(runMin, rows[rowPtr[s] + 1]);
                s++;
            }
            if (s - a >= PARALLEL_RUN) {
                found = Arrays.copyOf(found, found.length + 2);
                found[found.length - 2] = a;
                found[found.length - 1] = s;
            }
        }
        return found;
    }

    @Override public void useParallel(Parallel p) { par = java.util.Objects.requireNonNull(p); }

    /** Leaves that update their ancestors in batches. */
    int batchedLeaves() {
        int c = 0;
        for (int w : batchWidth) c += w;
        return c;
    }

    /** Columns in runs the backward solve may take in parallel. */
    int parallelColumns() {
        int c = 0;
        for (int r = 0; r < runs.length; r += 2) c += runs[r + 1] - runs[r];
        return c;
    }

    /**
     * Analyses an n×n upper-triangle pattern (diagonal included; absent diagonal entries count as zero) with a
     * fill-reducing approximate-minimum-degree ordering ({@link Amd}), postordered along the elimination tree.
     */
    public static SparseLdl analyze(CscMatrix upperPattern) {
        return new SparseLdl(LdlSymbolic.analyzeWithAmd(upperPattern));
    }

    /**
     * Analyses an n×n upper-triangle pattern under exactly the given ordering (perm[k] = original index
     * eliminated k-th, length n; null = natural order).
     */
    public static SparseLdl analyze(CscMatrix upperPattern, int[] perm) {
        return new SparseLdl(LdlSymbolic.analyze(upperPattern, perm));
    }

    /** A fresh numeric factorization object sharing an existing (immutable) analysis. */
    public static SparseLdl of(LdlSymbolic symbolic) { return new SparseLdl(symbolic); }

    /** The symbolic analysis (immutable, shareable). */
    public LdlSymbolic symbolic() { return sym; }

    /**
     * Original index of the first pivot the last {@link #factor} regularised dynamically (its sign was wrong or it
     * was below the threshold), or −1 if none was.
     */
    public int firstRegularisedIndex() { return firstRegularised < 0 ? -1 : sym.perm[firstRegularised]; }

    /** Pivots D in elimination order (perm[k] ↦ d[k]), as a copy; for diagnostics. */
    public double[] pivots() { return d.clone(); }

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
        for (int p = 0; p < upperValues.length; p++) {
            double v = upperValues[p];
            if (!Double.isFinite(v)) throw new IllegalArgumentException("non-finite KKT value " + v + " at pattern position " + p);
        }
        Arrays.fill(linkHead, -1);
        firstRegularised = -1;
        int regularised = 0;
        for (int s = 0; s < sn.nsuper; s++) {
            int batch = batchWidth[s];
            if (batch > 0) {
                // leaves: nothing updates them; they update their ancestors together (queued as one descendant)
                for (int k = s; k < s + batch; k++) {
                    loadBlock(k, upperValues);
                    regularised += factorPanel(k, dynamicThreshold, dynamicDelta);
                }
                link(s, 1);
                s += batch - 1;
                continue;
            }
            loadBlock(s, upperValues);
            applyUpdates(s);
            regularised += factorPanel(s, dynamicThreshold, dynamicDelta);
            // queue s for the supernode of its first off-diagonal row
            int w = sn.first[s + 1] - sn.first[s], m = sn.rowPtr[s + 1] - sn.rowPtr[s];
            if (m > w) link(s, w);
        }
        factored = true;
        return regularised;
    }

    /**
     * Block s ← its entries of K. Only step s writes to block s (left-looking), so loading it here rather than all
     * blocks up front keeps it in cache for the updates that follow.
     */
    private void loadBlock(int s, double[] upperValues) {
        final double[] lx = this.lx;
        final int[] src = sn.valueSource, dest = sn.valueDest;
        Arrays.fill(lx, sn.blockPtr[s], sn.blockPtr[s + 1], 0.0);
        for (int q = sn.valuePtr[s], end = sn.valuePtr[s + 1]; q < end; q++) lx[dest[q]] += upperValues[src[q]];
    }

    private void link(int s, int pos) {
        int target = sn.snodeOf[sn.rows[sn.rowPtr[s] + pos]];
        linkPos[s] = pos;
        linkNext[s] = -1;
        if (linkHead[target] == -1) linkHead[target] = s;
        else linkNext[linkTail[target]] = s;
        linkTail[target] = s;
    }

    /** Subtracts L_d D_d L_dᵀ restricted to supernode s's columns for every queued descendant d. */
    private void applyUpdates(int s) {
        final int[] rows = sn.rows, rowPtr = sn.rowPtr, first = sn.first, blockPtr = sn.blockPtr;
        final int[] relMap = this.relMap, rel = this.rel;
        int l = first[s + 1] - 1;
        int m = rowPtr[s + 1] - rowPtr[s], base = blockPtr[s];
        for (int i = 0; i < m; i++) relMap[rows[rowPtr[s] + i]] = i;
        int dn = linkHead[s];
        linkHead[s] = -1;
        while (dn != -1) {
            int nextD = linkNext[dn];
            int rp = rowPtr[dn], md = rowPtr[dn + 1] - rp;
            int r1 = linkPos[dn], r2 = r1 + 1;
            while (r2 < md && rows[rp + r2] <= l) r2++;
            // rel is increasing, so the rows r1.. land on consecutive target rows iff the end points are far enough apart
            int rel0 = relMap[rows[rp + r1]];
            if (relMap[rows[rp + md - 1]] - rel0 == md - 1 - r1) {
                updateInPlace(dn, r1, r2, base + rel0 * m + rel0, m);
            } else {
                for (int ii = r1; ii < md; ii++) rel[ii - r1] = relMap[rows[rp + ii]];
                if (width(dn) == 1) updateScatterRank1(dn, r1, r2, base, m);
                else for (int jj = r1; jj < r2; jj += 4) updateColumns(dn, jj, Math.min(4, r2 - jj), r1, base, m);
            }
            if (r2 < md) link(dn, r2);
            dn = nextD;
        }
    }

    /** Columns of descendant dn: a supernode's, or a leaf batch's. */
    private int width(int dn) { return batchWidth[dn] > 0 ? batchWidth[dn] : sn.first[dn + 1] - sn.first[dn]; }

    /** Coefficients coef[4k + q] = d_k · L_d(jj + q, k) of target columns jj..jj+nb−1 (zero for q ≥ nb). */
    private void loadCoefficients(int dn, int jj, int nb) {
        final double[] lx = this.lx, coef = this.coef;
        int fd = sn.first[dn], wd = width(dn), md = sn.rowPtr[dn + 1] - sn.rowPtr[dn], bd = sn.blockPtr[dn];
        for (int k = 0; k < wd; k++) {
            int off = bd + k * md + jj;
            double dk = d[fd + k];
            for (int q = 0; q < 4; q++) coef[4 * k + q] = q < nb ? dk * lx[off + q] : 0.0;
        }
    }

    /**
     * Update by descendant dn whose rows r1.. map to consecutive rows of the target, starting at the target's
     * diagonal entry {@code diag} (column stride m): the dense kernels then write straight into the target, with no
     * buffer or scatter. Rows above a column's diagonal fall in the target's unused upper part.
     */
    private void updateInPlace(int dn, int r1, int r2, int diag, int m) {
        int wd = width(dn), md = sn.rowPtr[dn + 1] - sn.rowPtr[dn], bd = sn.blockPtr[dn];
        for (int jj = r1; jj < r2; jj += 4) {
            int nb = Math.min(4, r2 - jj), dOff = diag + (jj - r1) * (m + 1), len = md - jj;
            loadCoefficients(dn, jj, nb);
            if (nb == 4) DenseKernels.subtractRank4(lx, bd + jj, md, wd, coef, 0, lx, dOff, m, len);
            else for (int q = 0; q < nb; q++)
                DenseKernels.subtractRank1(lx, bd + jj + q, md, wd, coef, q, lx, dOff + q * (m + 1), len - q);
        }
    }

    /** Update by a single-column descendant through the relative rows rel (offset r1), without a buffer. */
    private void updateScatterRank1(int dn, int r1, int r2, int base, int m) {
        final double[] lx = this.lx;
        final int[] rel = this.rel;
        int md = sn.rowPtr[dn + 1] - sn.rowPtr[dn], bd = sn.blockPtr[dn];
        double dk = d[sn.first[dn]];
        for (int jj = r1; jj < r2; jj++) {
            double c = dk * lx[bd + jj];
            if (c == 0.0) continue;
            int colBase = base + rel[jj - r1] * m;
            for (int ii = jj; ii < md; ii++) lx[colBase + rel[ii - r1]] -= lx[bd + ii] * c;
        }
    }

    /**
     * Target columns for rows jj..jj+nb−1 (nb ≤ 4) of descendant dn: buf(:,q) = −L_d(jj:, :) · D_d · L_d(jj+q, :)ᵀ,
     * added into the target block (base, height m) through the relative rows rel (offset r1). A target row in
     * the target's own column range has relative position = its column within the block.
     */
    private void updateColumns(int dn, int jj, int nb, int r1, int base, int m) {
        final double[] lx = this.lx, buf = this.buf, coef = this.coef;
        final int[] rel = this.rel;
        int wd = width(dn), md = sn.rowPtr[dn + 1] - sn.rowPtr[dn], bd = sn.blockPtr[dn];
        int len = md - jj;
        loadCoefficients(dn, jj, nb);
        java.util.Arrays.fill(buf, 0, nb * len, 0.0);
        if (nb == 4) DenseKernels.subtractRank4(lx, bd + jj, md, wd, coef, 0, buf, 0, len, len);
        else for (int q = 0; q < nb; q++) DenseKernels.subtractRank1(lx, bd + jj, md, wd, coef, q, buf, q * len, len);
        int relOff = jj - r1;
        for (int q = 0; q < nb; q++) {
            int colBase = base + rel[relOff + q] * m;
            int bq = q * len;
            for (int ii = q; ii < len; ii++) lx[colBase + rel[relOff + ii]] += buf[bq + ii];
        }
    }

    /**
     * Dense LDLᵀ of supernode s's m×w panel, left-looking in blocks of four columns (each block is first updated
     * by all earlier panel columns with the rank-4 kernel, then factored within itself); returns pivots regularised.
     */
    private int factorPanel(int s, double thr, double delta) {
        final double[] lx = this.lx, coef = this.coef;
        int f = sn.first[s], w = sn.first[s + 1] - f;
        int m = sn.rowPtr[s + 1] - sn.rowPtr[s], base = sn.blockPtr[s];
        int regularised = 0;
        for (int j0 = 0; j0 < w; j0 += 4) {
            int nb = Math.min(4, w - j0);
            // columns j0.. are updated by the panel's columns before their block of PANEL_BLOCK columns all at once
            // (updateBlock), then by the block's own earlier columns here
            int blockStart = j0 - j0 % PANEL_BLOCK;
            if (j0 == blockStart && j0 > 0) updateBlock(s, j0, Math.min(w, j0 + PANEL_BLOCK));
            if (j0 > blockStart) {
                int kc = j0 - blockStart;
                for (int k = 0; k < kc; k++) {
                    double dk = d[f + blockStart + k];
                    int off = base + (blockStart + k) * m + j0;
                    for (int q = 0; q < 4; q++) coef[4 * k + q] = q < nb ? dk * lx[off + q] : 0.0;
                }
                // rows j0..m−1 of the block's columns; rows above a column's diagonal lie in the unused upper part
                int src = base + blockStart * m + j0;
                if (nb == 4) DenseKernels.subtractRank4(lx, src, m, kc, coef, 0, lx, base + j0 * m + j0, m, m - j0);
                else for (int q = 0; q < nb; q++)
                    DenseKernels.subtractRank1(lx, src, m, kc, coef, q, lx, base + (j0 + q) * m + j0, m - j0);
            }
            for (int j = j0; j < j0 + nb; j++) {
                int colj = base + j * m;
                double dj = lx[colj + j];
                int sg = sign[f + j];
                if (!(sg * dj >= thr)) {
                    if (firstRegularised < 0) firstRegularised = f + j;
                    dj = sg * delta;
                    regularised++;
                }
                if (dj == 0.0 || !Double.isFinite(dj))
                    throw new ArithmeticException("pivot " + dj + " at original index " + sym.perm[f + j]
                            + " (dynamic threshold " + thr + ", delta " + delta + ")");
                d[f + j] = dj;
                double inv = 1.0 / dj;
                dinv[f + j] = inv;
                lx[colj + j] = 1.0;
                // column j still holds l_ij·d_j: update the block's remaining columns, then scale
                for (int k = j + 1; k < j0 + nb; k++) {
                    int colk = base + k * m;
                    double lkj = lx[colj + k] * inv;
                    if (lkj == 0.0) continue;
                    for (int i = k; i < m; i++) lx[colk + i] -= lx[colj + i] * lkj;
                }
                for (int i = j + 1; i < m; i++) lx[colj + i] *= inv;
            }
        }
        return regularised;
    }

    /** Panel columns updated together by the panel's earlier columns (a multiple of four). */
    static final int PANEL_BLOCK = 64;
    /** Rows and earlier columns per tile of {@link #updateBlock}: a 128×64 tile of L (64 KB) stays in the L2 cache. */
    private static final int TILE_ROWS = 128, TILE_K = 64;
    /** Multiply-adds from which a block update runs on the helper threads too. */
    private static final long PARALLEL_BLOCK_WORK = 1L << 21;
    private final double[] blockCoef;
    // the block update under way (fields rather than captures: the sequential path allocates nothing)
    private int blkBase, blkRows, blkJ0, blkJ1;
    private final Parallel.Body tileBody = (ch, from, to) -> updateTiles(from, to);

    /**
     * Columns [j0, j1) of supernode s's panel (j0 a multiple of {@link #PANEL_BLOCK}) minus the contributions of its
     * columns [0, j0): what the left-looking loop of {@link #factorPanel} would subtract four columns at a time,
     * streaming all of L(:, 0..j0) once per four columns — memory-bound on a large panel. Here each tile of
     * {@link #TILE_ROWS} rows × {@link #TILE_K} columns of L is loaded once for the whole block, and the row tiles
     * go to the helper threads. Every entry still receives the same rank-4 kernel terms in the same order (the
     * column tiles ascend and are even-sized, so the kernel's pairs of columns are unchanged): the factor's bits
     * do not depend on the blocking or the threads.
     */
    private void updateBlock(int s, int j0, int j1) {
        final double[] lx = this.lx, bc = blockCoef;
        int f = sn.first[s], m = sn.rowPtr[s + 1] - sn.rowPtr[s], base = sn.blockPtr[s];
        // coefficients per group of four target columns: blockCoef[g·4j0 + 4k + q] = d_k · L(j0 + 4g + q, k)
        for (int g = 0; 4 * g < j1 - j0; g++) {
            int jj = j0 + 4 * g, nb = Math.min(4, j1 - jj), go = g * 4 * j0;
            for (int k = 0; k < j0; k++) {
                double dk = d[f + k];
                int off = base + k * m + jj;
                for (int q = 0; q < 4; q++) bc[go + 4 * k + q] = q < nb ? dk * lx[off + q] : 0.0;
            }
        }
        blkBase = base;
        blkRows = m;
        blkJ0 = j0;
        blkJ1 = j1;
        int tiles = (m - j0 + TILE_ROWS - 1) / TILE_ROWS;
        Parallel p = (long) (m - j0) * j0 * (j1 - j0) >= PARALLEL_BLOCK_WORK ? par : Parallel.SEQUENTIAL;
        p.forRange(tiles, 2, tileBody);
    }

    /** Row tiles [from, to) of the block update under way. */
    private void updateTiles(int from, int to) {
        final double[] lx = this.lx, bc = blockCoef;
        int base = blkBase, m = blkRows, j0 = blkJ0, j1 = blkJ1;
        for (int t = from; t < to; t++) {
            int r0 = j0 + t * TILE_ROWS, r1 = Math.min(m, r0 + TILE_ROWS);
            for (int k0 = 0; k0 < j0; k0 += TILE_K) {
                int kc = Math.min(TILE_K, j0 - k0);
                for (int jj = j0; jj < j1; jj += 4) {
                    int nb = Math.min(4, j1 - jj), co = (jj - j0) * j0 + 4 * k0;
                    int r = Math.max(r0, jj); // rows above the group's diagonal are not needed
                    if (r >= r1) continue;
                    if (nb == 4) DenseKernels.subtractRank4(lx, base + k0 * m + r, m, kc, bc, co, lx, base + jj * m + r, m, r1 - r);
                    else for (int q = 0; q < nb; q++) {
                        int rq = Math.max(r, jj + q);
                        if (rq < r1) DenseKernels.subtractRank1(lx, base + k0 * m + rq, m, kc, bc, co + q, lx, base + (jj + q) * m + rq, r1 - rq);
                    }
                }
            }
        }
    }

    @Override
    public void solve(double[] b) {
        if (!factored) throw new IllegalStateException("solve called before a successful factor");
        if (b.length != n) throw new IllegalArgumentException("right-hand side length " + b.length + " != dimension " + n);
        final int[] perm = sym.perm;
        final double[] x = work;
        final int[] first = sn.first, rowPtr = sn.rowPtr, blockPtr = sn.blockPtr, rows = sn.rows;
        final double[] lx = this.lx;
        for (int k = 0; k < n; k++) x[k] = b[perm[k]];
        // single columns (most supernodes of bushy trees) inline, as in a CSC triangular solve
        for (int s = 0; s < sn.nsuper; s++) {
            if (batchWidth[s] > 0) { s += forwardLeafBatch(s, x) - 1; continue; }
            int f = first[s];
            if (first[s + 1] - f > 1) { forward(s, x); continue; }
            double xf = x[f];
            if (xf == 0.0) continue;
            int col = blockPtr[s] - rowPtr[s];
            for (int p = rowPtr[s] + 1, end = rowPtr[s + 1]; p < end; p++) x[rows[p]] -= lx[col + p] * xf;
        }
        for (int k = 0; k < n; k++) x[k] *= dinv[k];
        for (int s = sn.nsuper - 1, r = runs.length / 2 - 1; s >= 0; s--) {
            if (r >= 0 && s == runs[2 * r + 1] - 1) {
                int a = runs[2 * r];
                par.forRange(s + 1 - a, PARALLEL_RUN, (ch, from, to) -> {
                    for (int k = a + from; k < a + to; k++) {
                        int p = rowPtr[k] + 1, end = rowPtr[k + 1];
                        x[first[k]] -= dot(lx, blockPtr[k] - rowPtr[k], rows, 0, p, end, x);
                    }
                });
                s = a;
                r--;
                continue;
            }
            int f = first[s];
            if (first[s + 1] - f > 1) { backward(s, x); continue; }
            int col = blockPtr[s] - rowPtr[s], p = rowPtr[s] + 1, end = rowPtr[s + 1];
            x[f] -= dot(lx, col, rows, 0, p, end, x);
        }
        for (int k = 0; k < n; k++) b[perm[k]] = x[k];
    }

    /**
     * The forward solve over the leaf batch starting at supernode a (single columns on the same rows): the rows' entries
     * of x are held in {@link #acc} while the batch's columns update them, each entry taking the same terms in the
     * same order as column by column, without an indexed load and store per term. Returns the batch's width.
     */
    private int forwardLeafBatch(int a, double[] x) {
        final double[] lx = this.lx, acc = this.acc;
        final int[] rows = sn.rows, first = sn.first, blockPtr = sn.blockPtr;
        int width = batchWidth[a], rp = sn.rowPtr[a] + 1, len = sn.rowPtr[a + 1] - rp;
        for (int i = 0; i < len; i++) acc[i] = x[rows[rp + i]];
        for (int s = a; s < a + width; s++) {
            double xf = x[first[s]];
            if (xf == 0.0) continue;
            int below = blockPtr[s] + 1;
            for (int i = 0; i < len; i++) acc[i] -= lx[below + i] * xf;
        }
        for (int i = 0; i < len; i++) x[rows[rp + i]] = acc[i];
        return width;
    }

    /**
     * x ← L_s⁻¹ x on supernode s: the diagonal block column by column, then the rows below it four columns at a
     * time (one load and store of x[row] per four columns; each x[row] still receives its terms in column order).
     */
    private void forward(int s, double[] x) {
        final double[] lx = this.lx;
        final int[] rows = sn.rows;
        int f = sn.first[s], w = sn.first[s + 1] - f, rp = sn.rowPtr[s], m = sn.rowPtr[s + 1] - rp, base = sn.blockPtr[s];
        for (int j = 0; j < w - 1; j++) {
            double xj = x[f + j];
            if (xj == 0.0) continue;
            int col = base + j * m;
            for (int i = j + 1; i < w; i++) x[f + i] -= lx[col + i] * xj;
        }
        int j = 0;
        for (; j + 4 <= w; j += 4) {
            double x0 = x[f + j], x1 = x[f + j + 1], x2 = x[f + j + 2], x3 = x[f + j + 3];
            int c0 = base + j * m, c1 = c0 + m, c2 = c1 + m, c3 = c2 + m;
            for (int i = w; i < m; i++) {
                int r = rows[rp + i];
                x[r] = x[r] - lx[c0 + i] * x0 - lx[c1 + i] * x1 - lx[c2 + i] * x2 - lx[c3 + i] * x3;
            }
        }
        for (; j < w; j++) {
            double xj = x[f + j];
            if (xj == 0.0) continue;
            int col = base + j * m;
            for (int i = w; i < m; i++) x[rows[rp + i]] -= lx[col + i] * xj;
        }
    }

    /**
     * x ← L_sᵀ⁻¹ x on supernode s, in groups of up to four columns from the last: the rows below the group (all
     * final) feed one accumulator per column, with a single gather of x[row]; then the group's own triangle.
     */
    private void backward(int s, double[] x) {
        final double[] lx = this.lx;
        final int[] rows = sn.rows;
        int f = sn.first[s], w = sn.first[s + 1] - f, rp = sn.rowPtr[s], m = sn.rowPtr[s + 1] - rp, base = sn.blockPtr[s];
        int j1 = w;
        for (; j1 >= 4; j1 -= 4) {
            int j0 = j1 - 4, c0 = base + j0 * m, c1 = c0 + m, c2 = c1 + m, c3 = c2 + m;
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            for (int i = j1; i < m; i++) { // rows[rp + i] = f + i within the diagonal block
                double xi = x[rows[rp + i]];
                a0 += lx[c0 + i] * xi;
                a1 += lx[c1 + i] * xi;
                a2 += lx[c2 + i] * xi;
                a3 += lx[c3 + i] * xi;
            }
            double x3 = x[f + j0 + 3] - a3;
            double x2 = x[f + j0 + 2] - a2 - lx[c2 + j0 + 3] * x3;
            double x1 = x[f + j0 + 1] - a1 - lx[c1 + j0 + 2] * x2 - lx[c1 + j0 + 3] * x3;
            double x0 = x[f + j0] - a0 - lx[c0 + j0 + 1] * x1 - lx[c0 + j0 + 2] * x2 - lx[c0 + j0 + 3] * x3;
            x[f + j0] = x0; x[f + j0 + 1] = x1; x[f + j0 + 2] = x2; x[f + j0 + 3] = x3;
        }
        for (int j = j1 - 1; j >= 0; j--) x[f + j] -= dot(lx, base + j * m, rows, rp, j + 1, m, x);
    }

    /** Σ_{i = from}^{to−1} lx[col + i] · x[rows[rp + i]] with two accumulators (halves the add latency chain). */
    private static double dot(double[] lx, int col, int[] rows, int rp, int from, int to, double[] x) {
        double a0 = 0, a1 = 0;
        int i = from;
        for (; i + 1 < to; i += 2) {
            a0 += lx[col + i] * x[rows[rp + i]];
            a1 += lx[col + i + 1] * x[rows[rp + i + 1]];
        }
        if (i < to) a0 += lx[col + i] * x[rows[rp + i]];
        return a0 + a1;
    }

    @Override public int dimension() { return n; }

    @Override public long factorNonzeros() { return sym.factorNonzeros(); }

}
