package io.hedgecone.solver.linalg;

import java.util.Arrays;

/**
 * Supernodal layout of L derived from an {@link LdlSymbolic}. A supernode is a run of consecutive columns
 * f..l forming a chain of the elimination tree (parent(c) = c+1), so every column's structure lies in
 * {c+1..l} ∪ struct(L(:,l)); it is stored as a dense column-major block with rows f..l followed by struct(L(:,l)).
 * Chains with exactly nested structures (fundamental supernodes) store no zeros; short chains are also merged
 * when the explicit zeros this adds stay a small fraction of the block (relaxed amalgamation, after Ashcraft &amp;
 * Grimes 1989), trading a few extra flops for dense kernels on wider blocks. Immutable.
 */
final class SupernodeStructure {
    final int nsuper;
    /** Supernode s holds columns first[s] .. first[s+1]−1 (length nsuper+1). */
    final int[] first;
    /** Supernode of each column. */
    final int[] snodeOf;
    /** Rows of supernode s: rows[rowPtr[s] .. rowPtr[s+1]), ascending; the first w are its own columns. */
    final int[] rowPtr, rows;
    /** Start of supernode s's block in the value array (length nsuper+1). */
    final int[] blockPtr;
    /**
     * The caller's stored entries grouped by supernode: entries valuePtr[s] .. valuePtr[s+1]−1 are pattern
     * positions valueSource[q] that go to index valueDest[q] of the value array (lower triangle, permuted), all
     * within supernode s's block; so each block can be loaded just before it is updated.
     */
    final int[] valuePtr, valueSource, valueDest;
    /** Largest block height, for work arrays. */
    final int maxRows;

    /**
     * @param first      first column of each supernode, then n ({@link #partition})
     * @param n          order
     * @param lp         column pointers of L (strictly lower)
     * @param li         row indices of L, ascending within each column
     * @param cp         strictly upper permuted pattern (column pointers)
     * @param ci         its row indices
     * @param valueMap   caller entry → position in ci, or −1 − k for the diagonal of column k
     */
    SupernodeStructure(int[] first, int n, int[] lp, int[] li, int[] cp, int[] ci, int[] valueMap) {
        this.first = first;
        int ns = first.length - 1;
        nsuper = ns;
        snodeOf = new int[n];
        for (int s = 0; s < ns; s++) Arrays.fill(snodeOf, first[s], first[s + 1], s);

        rowPtr = new int[ns + 1];
        blockPtr = new int[ns + 1];
        long rowTotal = 0, blockTotal = 0;
        int mx = 0;
        for (int s = 0; s < ns; s++) {
            int f = first[s], w = first[s + 1] - f;
            int l = first[s + 1] - 1;
            int m = w + lp[l + 1] - lp[l]; // rows f..l, then struct(L(:,l))
            rowPtr[s] = (int) rowTotal;
            blockPtr[s] = (int) blockTotal;
            rowTotal += m;
            blockTotal += (long) m * w;
            mx = Math.max(mx, m);
            LdlSymbolic.requireStorable(blockTotal, Double.BYTES, "the supernodal factor's blocks");
        }
        rowPtr[ns] = (int) rowTotal;
        blockPtr[ns] = (int) blockTotal;
        maxRows = mx;
        rows = new int[(int) rowTotal];
        for (int s = 0; s < ns; s++) {
            int f = first[s], l = first[s + 1] - 1, q = rowPtr[s];
            for (int c = f; c <= l; c++) rows[q++] = c;
            System.arraycopy(li, lp[l], rows, q, lp[l + 1] - lp[l]);
        }

        // destination of every permuted off-diagonal entry (row i < column k ↦ lower entry (k, i)), then of every
        // caller entry through valueMap
        int[] offDest = new int[ci.length];
        for (int k = 0; k < n; k++)
            for (int q = cp[k]; q < cp[k + 1]; q++) offDest[q] = position(k, ci[q]);
        int nv = valueMap.length;
        valuePtr = new int[ns + 1];
        for (int p = 0; p < nv; p++) valuePtr[ownerOf(valueMap[p], ci) + 1]++;
        for (int s = 0; s < ns; s++) valuePtr[s + 1] += valuePtr[s];
        int[] next = Arrays.copyOf(valuePtr, ns);
        valueSource = new int[nv];
        valueDest = new int[nv];
        for (int p = 0; p < nv; p++) { // stable, so repeated entries are still summed in pattern order
            int v = valueMap[p], q = next[ownerOf(v, ci)]++;
            valueSource[q] = p;
            valueDest[q] = v >= 0 ? offDest[v] : position(-1 - v, -1 - v);
        }
    }

    /**
     * The columns' grouping into supernodes: the first column of each, then n (length nsuper + 1). Cheap next to
     * the layout itself, which only the supernodal engine needs.
     */
    static int[] partition(int n, int[] parent, int[] lp, int[] li) { // parent: elimination tree of the permuted matrix
        int[] firstTmp = new int[n + 1];
        int[] rowCount = new int[n]; // |L(j, :)|: how many earlier columns update column j
        for (int i : li) rowCount[i]++;
        int ns = 0;
        long ccSum = 0; // Σ |L(:,c)| over the current supernode's columns
        for (int j = 0; j < n; j++) {
            long cc = lp[j + 1] - lp[j];
            if (j > 0 && parent[j - 1] == j && acceptMerge(j - firstTmp[ns - 1] + 1, cc, ccSum + cc, rowCount[j])) {
                ccSum += cc;
            } else {
                firstTmp[ns++] = j;
                ccSum = cc;
            }
        }
        firstTmp[ns] = n;
        return Arrays.copyOf(firstTmp, ns + 1);
    }

    /** Supernode holding a caller entry with valueMap code v: lower entry (k, ci[v]) lies in column ci[v]. */
    private int ownerOf(int v, int[] ci) { return snodeOf[v >= 0 ? ci[v] : -1 - v]; }

    /** Index in the value array of lower entry (r, c), r ≥ c. */
    private int position(int r, int c) {
        int s = snodeOf[c];
        int pos = Arrays.binarySearch(rows, rowPtr[s], rowPtr[s + 1], r) - rowPtr[s];
        if (pos < 0) throw new IllegalStateException("entry (" + r + "," + c + ") missing from supernode " + s);
        return blockPtr[s] + (c - first[s]) * (rowPtr[s + 1] - rowPtr[s]) + pos;
    }

    /**
     * Whether a supernode of width w whose last column l has |L(:,l)| = ccLast and whose columns hold ccSum
     * structural entries in all may be stored densely: always if nested exactly; if the explicit zeros are a small
     * enough fraction (looser for narrow blocks, where per-supernode overhead dominates); or if l has so many
     * updating columns (|L(l, :)| = rowCountLast) that one pass over them instead of two outweighs the zeros'
     * extra work (about zeros × block height; bounded in all by Σ|L(j, :)| = nnz(L)). The last rule merges the
     * small shared blocks that thousands of bushy subtrees (e.g. many cones on common variables) all update.
     */
    private static boolean acceptMerge(int w, long ccLast, long ccSum, int rowCountLast) {
        long stored = (long) w * (w - 1) / 2 + (long) w * ccLast; // strictly lower entries of the block
        long zeros = stored - ccSum;
        if (zeros == 0) return true;
        if (zeros * (w + ccLast) <= rowCountLast) return true;
        double frac = (double) zeros / stored;
        if (w <= 4) return frac < 0.5;
        if (w <= 16) return frac < 0.2;
        if (w <= 48) return frac < 0.1;
        return frac < 0.05;
    }

    /** Stored entries including the unused upper part of each diagonal block. */
    long storedEntries() { return blockPtr[nsuper]; }
}
