package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.cone.SocCone;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.linalg.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second-order cones eliminated from the KKT system onto the x block ({@link Cone.KktShape#ELIMINATED}).
 *
 * <p>Many small cones over a shared handful of variables (the union-bound cones of a linear bandit: thousands of
 * cones on the same d + 2 columns) make the augmented system large — every cone brings its own rows and lifted
 * rows — while their Schur complement A_kᵀH_k⁻¹A_k lands on one small clique of x. Eliminating them keeps only
 * that clique: the factorized system shrinks to x, the other cones' rows and the equality rows, and each cone's
 * Δz is recovered after the solve as H_k⁻¹(A_kΔx − r_k).
 *
 * <p>The clique is formed from H⁻¹ = η⁻²W̄⁻² with W̄⁻² = I − FFᵀ + b⁻²ppᵀ + b²qqᵀ
 * (W̄ has the eigenvalue b = w̄₀ + ‖w̄₁‖ on p = (e₀ + ŵ)/√2, 1/b on q = (e₀ − ŵ)/√2 and 1 elsewhere), so A_kᵀW̄⁻²A_k = Tₖ − rrᵀ + ½b⁻²(a₀ + r)(a₀ + r)ᵀ + ½b²(a₀ − r)(a₀ − r)ᵀ
 * with Tₖ = A_tailᵀA_tail (constant), a₀ the head row and r = A_tailᵀŵ: one constant sparse part and three
 * rank-one terms over the cone's columns. Like any normal-equations form this loses the smallest eigenvalues of H⁻¹
 * to rounding near the end of a run (relative error ε·b⁴); the iterative refinement against the exact operator
 * repairs those directions, the form is only chosen where the cliques are few ({@link #choose}), and the KKT
 * solver returns the cones to the augmented system when a factorization breaks down, a solve is not finite or the
 * method runs into numerical difficulty.
 */
final class ConeElimination {
    /**
     * The cones' Schur complements must take this many times fewer entries than their rows of A: elimination pays
     * (and its normal-equations rounding is worth risking) only when many cones share their columns.
     */
    static final int SHARING = 4;

    /** Largest number of columns a cone's rows may use for the cone to be eliminated (its clique's order). */
    static final int MAX_UNION = 32;

    private final SocCone[] cones;
    private final int[][] union;      // per cone: the sorted columns its rows use
    private final int[][] slotOf;     // per cone: union slot of each entry of its rows (Aᵀ CSC order)
    private final int[][] tPair;      // per cone: packed pair index (q(q+1)/2 + p) of each entry of Tₖ
    private final double[][] tVal;
    private final int[] cliqueOf;     // per cone: index of its distinct union in `cliques`
    private final List<int[]> cliques;       // the distinct unions
    private int[][] cliquePos;        // per distinct union: KKT value position of each packed pair
    private double[][][] packed;      // per chunk of cones and distinct union: the summed contributions, packed by pair
    private int[] slots;              // all distinct clique positions
    private double[] slotBase;        // their values without the eliminated cones (P, else 0)
    private final CscMatrix at;
    private final int[] offset, dim, wStart; // per cone: first row, dimension, start of its w̄ in w
    private final double[] w, eta2, tailNorm2; // the cones' current w̄ (concatenated), η², ‖w̄₁‖²
    private final double[][][] r;     // per chunk of cones: up to BATCH cones' tail row combinations over their union
    private static final int BATCH = 4; // consecutive cones on one clique whose rank-one terms are added together
    private final double[] hv;        // H_k⁻¹v_k for every eliminated cone's rows (indexed by row)
    private final Parallel par;
    private final int[] rowOf;        // per entry of Aᵀ in an eliminated cone's rows: the row's index within its cone
    private final int[] foldCols;     // the columns the eliminated cones' rows use (sorted)
    private final int[] foldSlot;     // per entry of Aᵀ in an eliminated cone's rows: its column's index in foldCols
    private final double[][] foldAcc; // per chunk of cones: the fold's sums over foldCols

    private ConeElimination(List<SocCone> chosen, int[][] unions, int[] cliqueOf, List<int[]> cliques, CscMatrix at, Parallel par) {
        this.at = at;
        this.par = par;
        cones = chosen.toArray(SocCone[]::new);
        union = unions;
        this.cliqueOf = cliqueOf;
        this.cliques = cliques;
        int k = cones.length, maxU = 1;
        offset = new int[k];
        dim = new int[k];
        wStart = new int[k];
        eta2 = new double[k];
        tailNorm2 = new double[k];
        int total = 0;
        for (int c = 0; c < k; c++) {
            offset[c] = cones[c].offset();
            dim[c] = cones[c].dim();
            wStart[c] = total;
            total += dim[c];
        }
        w = new double[total];
        slotOf = new int[k][];
        tPair = new int[k][];
        tVal = new double[k][];
        int[] acp = at.colPtr(), ari = at.rowIdx();
        double[] av = at.values();
        rowOf = new int[at.nnz()];
        for (int c = 0; c < k; c++)
            for (int i = 0; i < dim[c]; i++) Arrays.fill(rowOf, acp[offset[c] + i], acp[offset[c] + i + 1], i);
        int[] foldPos = new int[at.rows()]; // column → its index in foldCols + 1 (0: unused)
        int used = 0;
        for (int[] u : unions) for (int col : u) if (foldPos[col] == 0) foldPos[col] = -1;
        for (int col = 0; col < foldPos.length; col++) if (foldPos[col] < 0) foldPos[col] = ++used;
        foldCols = new int[used];
        for (int col = 0; col < foldPos.length; col++) if (foldPos[col] > 0) foldCols[foldPos[col] - 1] = col;
        foldSlot = new int[at.nnz()];
        for (int c = 0; c < k; c++)
            for (int t = acp[offset[c]]; t < acp[offset[c] + dim[c]]; t++) foldSlot[t] = foldPos[ari[t]] - 1;
        foldAcc = new double[Parallel.CHUNKS][foldCols.length];
        for (int[] u : union) maxU = Math.max(maxU, u.length);
        int packedMax = maxU * (maxU + 1) / 2;
        par.forRange(k, ConicSolver.PARALLEL_CONES, (ch, from, to) -> {
            double[] tk = new double[packedMax];
            int[] stamp = new int[packedMax], touched = new int[packedMax];
            for (int c = from; c < to; c++) tabulate(c, tk, stamp, touched);
        });
        r = new double[Parallel.CHUNKS][BATCH][maxU];
        hv = new double[at.cols()];
    }

    /**
     * Cone c's union slot of each of its entries and its packed Tₖ, summed in {@code tk} (zero on entry and on exit)
     * over the {@code touched} pairs only ({@code stamp}: c + 1 marks a pair already touched by cone c).
     */
    private void tabulate(int c, double[] tk, int[] stamp, int[] touched) {
        int[] acp = at.colPtr(), ari = at.rowIdx();
        double[] av = at.values();
        int[] u = union[c];
        int o = offset[c], d = dim[c];
        int base = acp[o];
        int[] slot = new int[acp[o + d] - base];
        for (int t = base; t < acp[o + d]; t++) slot[t - base] = Arrays.binarySearch(u, ari[t]);
        slotOf[c] = slot;
        // Tₖ = Σ over tail rows of the row's outer product, packed over the union
        int nt = 0;
        for (int i = 1; i < d; i++)
            for (int s = acp[o + i]; s < acp[o + i + 1]; s++)
                for (int t = acp[o + i]; t <= s; t++) {
                    int p = slot[s - base], q = slot[t - base], pq = pair(Math.min(p, q), Math.max(p, q));
                    if (stamp[pq] != c + 1) { stamp[pq] = c + 1; touched[nt++] = pq; }
                    tk[pq] += av[s] * av[t];
                }
        Arrays.sort(touched, 0, nt);
        int nz = 0;
        for (int i = 0; i < nt; i++) if (tk[touched[i]] != 0) nz++;
        tPair[c] = new int[nz];
        tVal[c] = new double[nz];
        for (int i = 0, q = 0; i < nt; i++) {
            int pq = touched[i];
            if (tk[pq] != 0) { tPair[c][q] = pq; tVal[c][q++] = tk[pq]; }
            tk[pq] = 0;
        }
    }

    private static int pair(int p, int q) { return q * (q + 1) / 2 + p; }

    /**
     * Marks and returns the second-order cones to eliminate, or null: cones whose rows use at most
     * {@link #MAX_UNION} columns, taken together when their distinct cliques hold {@link #SHARING} times fewer
     * entries than their rows of A. Cones on private variables therefore stay in the augmented system; cones that
     * share their columns are eliminated.
     */
    static ConeElimination choose(int n, CscMatrix at, List<Cone> cones, Parallel par) {
        int[] acp = at.colPtr(), ari = at.rowIdx();
        int[] mark = new int[Math.max(n, 1)];
        Arrays.fill(mark, -1);
        List<SocCone> chosen = new ArrayList<>();
        List<int[]> unions = new ArrayList<>(), cliques = new ArrayList<>();
        List<Integer> cliqueIds = new ArrayList<>();
        Map<Clique, Integer> distinct = new HashMap<>();
        long cliqueEntries = 0, aEntries = 0;
        for (int k = 0; k < cones.size(); k++) {
            if (!(cones.get(k) instanceof SocCone soc)) continue;
            int o = soc.offset(), d = soc.dim(), cnt = 0;
            int[] u = new int[MAX_UNION];
            for (int t = acp[o]; t < acp[o + d] && cnt <= MAX_UNION; t++)
                if (mark[ari[t]] != k) {
                    mark[ari[t]] = k;
                    if (cnt < MAX_UNION) u[cnt] = ari[t];
                    cnt++;
                }
            if (cnt > MAX_UNION || cnt == 0) continue;
            u = Arrays.copyOf(u, cnt);
            Arrays.sort(u);
            chosen.add(soc);
            unions.add(u);
            Integer id = distinct.putIfAbsent(new Clique(u), cliques.size());
            if (id == null) {
                cliqueIds.add(cliques.size());
                cliques.add(u);
                cliqueEntries += (long) cnt * (cnt + 1) / 2;
            } else cliqueIds.add(id);
            aEntries += acp[o + d] - acp[o];
        }
        if (chosen.isEmpty() || SHARING * cliqueEntries > aEntries) return null;
        for (SocCone c : chosen) c.useEliminatedKkt(true);
        int[] cliqueOf = cliqueIds.stream().mapToInt(Integer::intValue).toArray();
        return new ConeElimination(chosen, unions.toArray(int[][]::new), cliqueOf, cliques, at, par);
    }

    /** The x block's upper pattern: P's entries (values kept) plus every clique, with all diagonals present. */
    CscMatrix xBlockPattern(CscMatrix pUpper) {
        int n = pUpper.cols();
        int count = pUpper.nnz() + n;
        for (int[] u : cliques) count += u.length * (u.length + 1) / 2;
        int[] ti = new int[count], tj = new int[count];
        double[] tv = new double[count];
        int q = 0;
        int[] pcp = pUpper.colPtr(), pri = pUpper.rowIdx();
        double[] pv = pUpper.values();
        for (int j = 0; j < n; j++) {
            for (int t = pcp[j]; t < pcp[j + 1]; t++) { ti[q] = pri[t]; tj[q] = j; tv[q++] = pv[t]; }
            ti[q] = j; tj[q++] = j;
        }
        for (int[] u : cliques)
            for (int b = 0; b < u.length; b++)
                for (int a = 0; a <= b; a++) { ti[q] = u[a]; tj[q++] = u[b]; }
        return CscMatrix.fromTriplets(n, n, ti, tj, tv, q, true);
    }

    /** Records where each clique entry sits in the KKT values (rows sorted within the x columns). */
    void bind(int[] colPtr, int[] rowIdx, double[] values) {
        cliquePos = new int[cliques.size()][];
        packed = new double[Parallel.CHUNKS][cliques.size()][];
        boolean[] taken = new boolean[values.length];
        int[] all = new int[values.length];
        int cnt = 0;
        for (int c = 0; c < cliques.size(); c++) {
            int[] u = cliques.get(c);
            int[] pos = new int[u.length * (u.length + 1) / 2];
            for (int b = 0; b < u.length; b++)
                for (int a = 0; a <= b; a++) {
                    int p = Arrays.binarySearch(rowIdx, colPtr[u[b]], colPtr[u[b] + 1], u[a]);
                    if (p < 0) throw new IllegalStateException("clique entry missing from the KKT pattern");
                    pos[pair(a, b)] = p;
                    if (!taken[p]) { taken[p] = true; all[cnt++] = p; }
                }
            cliquePos[c] = pos;
            for (double[][] chunk : packed) chunk[c] = new double[pos.length];
        }
        slots = Arrays.copyOf(all, cnt);
        slotBase = new double[cnt];
        for (int i = 0; i < cnt; i++) slotBase[i] = values[slots[i]];
    }

    /**
     * Takes the cones' current scalings (flat copies of w̄ and η⁻²), resets the clique entries to their base
     * values and adds every cone's A_kᵀH_k⁻¹A_k.
     */
    void accumulate(double[] values) {
        par.forRange(cones.length, ConicSolver.PARALLEL_CONES, (ch, from, to) -> {
            for (int c = from; c < to; c++) {
                double eta = cones[c].scalingPoint(w, wStart[c]);
                int ws = wStart[c];
                double nw2 = 0;
                for (int i = 1; i < dim[c]; i++) nw2 += w[ws + i] * w[ws + i];
                eta2[c] = eta * eta;
                tailNorm2[c] = nw2;
            }
        });
        // each chunk of cones sums into its own packed cliques, added to the KKT values in chunk order below
        par.forRange(cones.length, ConicSolver.PARALLEL_CONES, (ch, from, to) -> {
            double[][] chunk = packed[ch];
            for (double[] p : chunk) Arrays.fill(p, 0.0);
            double[] tail = new double[BATCH];
            for (int c = from; c < to; ) {
                int clique = cliqueOf[c], nb = 1;
                while (nb < BATCH && c + nb < to && cliqueOf[c + nb] == clique) nb++;
                double[] acc = chunk[clique];
                for (int k = 0; k < nb; k++) tail[k] = addClique(c + k, acc, r[ch][k]);
                addRankOne(acc, r[ch], tail, nb, union[c].length);
                c += nb;
            }
        });
        for (int i = 0; i < slots.length; i++) values[slots[i]] = slotBase[i];
        for (double[][] chunk : packed)
            for (int k = 0; k < chunk.length; k++) {
                int[] pos = cliquePos[k];
                double[] acc = chunk[k];
                for (int q = 0; q < pos.length; q++) values[pos[q]] += acc[q];
            }
    }

    /**
     * acc += A_cᵀH_c⁻¹A_c, packed over cone c's union, but for its dense rank-one term c_t·rrᵀ: leaves r (the
     * union's length) and returns c_t for {@link #addRankOne}.
     */
    private double addClique(int c, double[] acc, double[] r) {
        int[] acp = at.colPtr();
        double[] av = at.values();
        int o = offset[c], d = dim[c], ws = wStart[c], nu = union[c].length;
        int[] slot = slotOf[c];
        int base = acp[o];
        double nw = Math.sqrt(tailNorm2[c]), b = w[ws] + nw, h = 1 / eta2[c], ib = 1 / b;
        double inw = nw > 0 ? 1 / nw : 0;
        // Σ ½h b⁻²eeᵀ + ½h b²ffᵀ − h rrᵀ with e, f = a₀ ± r, regrouped by a₀ (usually a sparse row):
        //   ½h(b⁻² + b²) a₀a₀ᵀ + ½h(b⁻² − b²)(a₀rᵀ + ra₀ᵀ) + ½h(b − b⁻¹)² rrᵀ
        // — one dense rank-one term per cone, and the last coefficient without the cancellation of ½h(b⁻² + b²) − h
        double cHead = 0.5 * h * (ib * ib + b * b), cMix = 0.5 * h * (ib - b) * (ib + b), cTail = 0.5 * h * (b - ib) * (b - ib);
        Arrays.fill(r, 0, nu, 0.0);
        for (int i = 1; i < d; i++) {
            double wi = w[ws + i] * inw;
            for (int t = acp[o + i]; t < acp[o + i + 1]; t++) r[slot[t - base]] += wi * av[t];
        }
        int h0 = base, h1 = acp[o + 1];
        for (int t = h0; t < h1; t++) {
            int sa = slot[t - base];
            double ha = av[t], mix = cMix * ha;
            for (int u = 0; u < nu; u++) acc[sa <= u ? pair(sa, u) : pair(u, sa)] += mix * r[u];
            acc[pair(sa, sa)] += mix * r[sa];   // the diagonal takes both a₀rᵀ and ra₀ᵀ
            for (int t2 = h0; t2 <= t; t2++) {
                int sb = slot[t2 - base];
                acc[sa <= sb ? pair(sa, sb) : pair(sb, sa)] += cHead * ha * av[t2];
            }
        }
        int[] tp = tPair[c];
        double[] tv = tVal[c];
        for (int i = 0; i < tp.length; i++) acc[tp[i]] += h * tv[i];
        return cTail;
    }

    /**
     * acc += Σ_k c_k r_k r_kᵀ (packed, union length nu) for nb ≤ {@link #BATCH} cones on one clique: four at a time,
     * so that each packed entry is loaded and stored once per four cones.
     */
    private static void addRankOne(double[] acc, double[][] r, double[] c, int nb, int nu) {
        if (nb == BATCH) {
            double[] r0 = r[0], r1 = r[1], r2 = r[2], r3 = r[3];
            for (int bb = 0, q = 0; bb < nu; bb++) {
                double s0 = c[0] * r0[bb], s1 = c[1] * r1[bb], s2 = c[2] * r2[bb], s3 = c[3] * r3[bb];
                for (int a = 0; a <= bb; a++, q++) acc[q] += s0 * r0[a] + s1 * r1[a] + s2 * r2[a] + s3 * r3[a];
            }
            return;
        }
        for (int k = 0; k < nb; k++) {
            double[] rk = r[k];
            for (int bb = 0, q = 0; bb < nu; bb++) {
                double sb = c[k] * rk[bb];
                for (int a = 0; a <= bb; a++, q++) acc[q] += sb * rk[a];
            }
        }
    }

    /**
     * y = H x on the eliminated cones' rows, as {@link SocCone#mulH} computes it (η²W̄(W̄x), accurate where H is
     * small) but from the flat copies: one pass over contiguous arrays instead of thousands of small objects.
     */
    void mulH(double[] y, double[] x) {
        par.forRange(cones.length, ConicSolver.PARALLEL_CONES, (ch, from, to) -> {
            for (int c = from; c < to; c++) SocCone.mulH(w, wStart[c], dim[c], tailNorm2[c], eta2[c], x, y, offset[c]);
        });
    }

    /** buf[0, d) ← H⁻¹ buf for cone c: η⁻²(2ζJw̄ − J·buf) with ζ = (Jw̄)ᵀbuf. */
    private void applyHinv(int c, double[] v, int from) {
        int d = dim[c], ws = wStart[c];
        double zeta = w[ws] * v[from];
        for (int i = 1; i < d; i++) zeta -= w[ws + i] * v[from + i];
        double h = 1 / eta2[c], tz = 2 * zeta;
        v[from] = h * (tz * w[ws] - v[from]);
        for (int i = 1; i < d; i++) v[from + i] = h * (v[from + i] - tz * w[ws + i]);
    }

    /**
     * Right-hand side of the reduced system: v_x += A_kᵀH_k⁻¹v_k for every eliminated cone (v_k left as it is), summed
     * per chunk of cones and added to v_x in chunk order.
     */
    void fold(double[] v, int n) {
        int[] acp = at.colPtr();
        double[] av = at.values();
        par.forRange(cones.length, ConicSolver.PARALLEL_CONES, (ch, from, to) -> {
            double[] acc = foldAcc[ch];
            Arrays.fill(acc, 0.0);
            for (int c = from; c < to; c++) {
                int o = offset[c];
                System.arraycopy(v, n + o, hv, o, dim[c]);
                applyHinv(c, hv, o);
                // the cone's rows are contiguous in Aᵀ (one or two entries each)
                for (int t = acp[o], end = acp[o + dim[c]]; t < end; t++) acc[foldSlot[t]] += av[t] * hv[o + rowOf[t]];
            }
        });
        for (double[] acc : foldAcc)
            for (int p = 0; p < foldCols.length; p++) v[foldCols[p]] += acc[p];
    }

    /** After the reduced solve (x in v[0, n)): v_k ← H_k⁻¹(A_k x − v_k). */
    void recover(double[] v, int n) {
        int[] acp = at.colPtr(), ari = at.rowIdx();
        double[] av = at.values();
        par.forRange(cones.length, ConicSolver.PARALLEL_CONES, (ch, from, to) -> {
            for (int c = from; c < to; c++) {
                int o = offset[c], d = dim[c], first = n + o;
                for (int i = 0; i < d; i++) v[first + i] = -v[first + i];
                for (int t = acp[o], end = acp[o + d]; t < end; t++) v[first + rowOf[t]] += av[t] * v[ari[t]];
                applyHinv(c, v, first);
            }
        });
    }

    int count() { return cones.length; }

    /** A sorted column set as a hash key (thousands of cones share a few; no boxing of their columns). */
    private record Clique(int[] cols) {
        @Override public boolean equals(Object o) { return o instanceof Clique c && Arrays.equals(cols, c.cols); }
        @Override public int hashCode() { return Arrays.hashCode(cols); }
    }
}
