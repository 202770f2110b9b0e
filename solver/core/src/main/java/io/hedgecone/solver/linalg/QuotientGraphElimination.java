package io.hedgecone.solver.linalg;

import java.util.Arrays;

/**
 * The elimination engine behind {@link Amd}: minimum approximate-degree elimination on a quotient graph.
 *
 * <p>Every node is a principal variable, an element (an eliminated pivot standing for the clique of its remaining
 * neighbours), or dead (absorbed element, variable merged into a supervariable, mass-eliminated variable, or
 * dense row). A variable's list in {@code iw} holds first its {@code elen} adjacent elements, then its adjacent
 * variables; an element's list holds the variables of its clique. Lists may contain stale dead variables, which
 * are recognised by {@code nv == 0} and dropped when the list is next rewritten.
 */
final class QuotientGraphElimination {
    private static final byte VAR = 0, ELEM = 1, DEAD = 2;

    private final int n;
    private final int total;    // Σ node weights: the number of matrix indices the nodes stand for
    private int denseWeight;    // Σ weights of the dense rows
    private int[] iw;       // all lists
    private int pfree;      // first free slot at the end of iw
    private final int[] pe, len, elen;
    private final int[] nv;     // supervariable weight (> 0 principal, negated while in the pivot's clique, 0 dead)
    private final int[] degree; // variable: approximate external degree; element: weight of its clique
    private final int[] w;      // element: wflg + |Le \ Lme| during a step; 0 once absorbed
    private int wflg = 2;
    private final byte[] kind;
    private final boolean[] dense;
    private final int[] head, next, last; // degree buckets (doubly linked)
    private final int[] hashHead, hashNext, hashVal;
    private final int[] mark;
    private int stamp = 1;
    private final int[] rep; // merged or mass-eliminated variable → the node it was eliminated with
    private final int[] pivots;
    private int npiv;

    /**
     * @param weight number of matrix indices each node stands for (null = 1 each): a node of weight w counts as w
     *               in every degree, like a supervariable of w indistinguishable variables
     */
    QuotientGraphElimination(int n, int[] ptr, int[] adj, int[] weight, int denseLimit) {
        this.n = n;
        long tw = 0;
        for (int i = 0; i < n; i++) tw += weight == null ? 1 : weight[i];
        if (tw > Integer.MAX_VALUE / 2) throw new ArithmeticException("AMD: total node weight " + tw + " too large");
        this.total = (int) tw;
        pe = new int[n]; len = new int[n]; elen = new int[n]; nv = new int[n]; degree = new int[n]; w = new int[n];
        kind = new byte[n];
        head = new int[total + 1]; next = new int[n]; last = new int[n];
        hashHead = new int[Math.max(1, n)]; hashNext = new int[n]; hashVal = new int[n];
        mark = new int[n];
        rep = new int[n];
        pivots = new int[n];
        Arrays.fill(head, -1);
        Arrays.fill(hashHead, -1);
        Arrays.fill(rep, -1);

        // dense rows leave the graph now and are ordered last
        dense = new boolean[n];
        for (int i = 0; i < n; i++) {
            dense[i] = ptr[i + 1] - ptr[i] > denseLimit;
            kind[i] = dense[i] ? DEAD : VAR;
            if (dense[i]) denseWeight += weight == null ? 1 : weight[i];
        }
        long listEntries = 0;
        for (int i = 0; i < n; i++) if (kind[i] == VAR) listEntries += ptr[i + 1] - ptr[i];
        iw = new int[(int) Math.min(Integer.MAX_VALUE - 8, listEntries + listEntries / 5 + 2L * n + 1)];
        int q = 0;
        for (int i = 0; i < n; i++) {
            pe[i] = q;
            if (kind[i] != VAR) continue;
            for (int p = ptr[i]; p < ptr[i + 1]; p++) if (kind[adj[p]] == VAR) iw[q++] = adj[p];
            len[i] = q - pe[i];
            nv[i] = weight == null ? 1 : weight[i];
            w[i] = 1;
        }
        for (int i = 0; i < n; i++) {
            if (kind[i] != VAR) continue;
            int deg = 0;
            for (int p = pe[i]; p < pe[i] + len[i]; p++) deg += nv[iw[p]];
            degree[i] = deg;
        }
        pfree = q;
        for (int i = n - 1; i >= 0; i--) if (kind[i] == VAR) insertDegree(i, degree[i]); // lowest index at the head
    }

    // state of the current elimination step
    private int nel;            // variables eliminated so far (weighted), dense rows included
    private int me, nvpiv, degme, pme1, lenme, maxTouched;

    /** Runs the elimination; returns perm (perm[k] = node eliminated k-th). */
    int[] run() {
        nel = denseWeight;
        int mindeg = 0;
        while (nel < total) {
            while (head[mindeg] == -1) mindeg++;
            me = head[mindeg];
            removeDegree(me);
            pivots[npiv++] = me;
            nvpiv = nv[me];
            nel += nvpiv;
            formElement();
            computeSetDifferences();
            updateDegrees();
            detectSupervariables();
            mindeg = Math.min(mindeg, finishStep());
        }
        return assemblePermutation();
    }

    /** Lme = the principal variables adjacent to me, directly or through its elements, which me absorbs. */
    private void formElement() {
        int elenme = elen[me];
        nv[me] = -nvpiv;
        degme = 0;
        int p;
        if (elenme == 0) {
            // only variables: build Lme in place in me's own list
            pme1 = pe[me];
            p = pme1;
            for (int q = pe[me], end = pe[me] + len[me]; q < end; q++) p = addToElement(iw[q], p);
        } else {
            long bound = len[me] - elenme;
            for (int t = 0; t < elenme; t++) bound += len[iw[pe[me] + t]];
            ensureSpace(bound);
            pme1 = pfree;
            p = pme1;
            int pm = pe[me];
            for (int t = 0; t < elenme; t++) {
                int e = iw[pm + t];
                for (int q = pe[e], end = pe[e] + len[e]; q < end; q++) p = addToElement(iw[q], p);
                kind[e] = DEAD; // absorbed into me
                w[e] = 0;
            }
            for (int t = elenme; t < len[me]; t++) p = addToElement(iw[pm + t], p);
            pfree = p;
        }
        lenme = p - pme1;
        pe[me] = pme1;
        len[me] = lenme;
        elen[me] = 0;
    }

    /** Appends principal variable i (not yet in Lme) at iw[p], flagging it by a negative nv; returns the next slot. */
    private int addToElement(int i, int p) {
        int nvi = nv[i];
        if (nvi <= 0) return p; // dead, or already in Lme
        degme += nvi;
        nv[i] = -nvi;
        iw[p] = i;
        removeDegree(i);
        return p + 1;
    }

    /** w[e] = wflg + |Le \ Lme| (weighted) for every element e adjacent to a variable of Lme. */
    private void computeSetDifferences() {
        if (wflg >= Integer.MAX_VALUE - total - 2) resetW();
        maxTouched = 0;
        for (int t = pme1; t < pme1 + lenme; t++) {
            int i = iw[t];
            int eln = elen[i];
            if (eln == 0) continue;
            int nvi = -nv[i];
            for (int q = pe[i], end = pe[i] + eln; q < end; q++) {
                int e = iw[q];
                int we = w[e];
                if (we >= wflg) we -= nvi;
                else if (we != 0) { we = degree[e] + wflg - nvi; maxTouched = Math.max(maxTouched, degree[e]); }
                w[e] = we;
            }
        }
    }

    /**
     * For each variable of Lme: drop absorbed elements and variables of Lme from its list, absorb elements with
     * Le ⊆ Lme (aggressive absorption), bound its external degree, eliminate it with me when me is its only
     * neighbour (mass elimination), else add me to its list and hash the list.
     */
    private void updateDegrees() {
        for (int t = pme1; t < pme1 + lenme; t++) {
            int i = iw[t];
            int p1 = pe[i], p2 = p1 + elen[i], p4 = p1 + len[i];
            int pn = p1;
            long hash = 0;
            int deg = 0;
            for (int q = p1; q < p2; q++) {
                int e = iw[q];
                int we = w[e];
                if (we == 0) continue; // absorbed into me in this step
                int dext = we - wflg;
                if (dext > 0) { deg += dext; iw[pn++] = e; hash += e; }
                else { kind[e] = DEAD; w[e] = 0; } // Le ⊆ Lme: aggressive absorption
            }
            int p3 = pn;
            for (int q = p2; q < p4; q++) {
                int j = iw[q];
                int nvj = nv[j];
                if (nvj > 0) { deg += nvj; iw[pn++] = j; hash += j; } // in Lme (negative) or dead (0): drop
            }
            if (p3 == p1 && pn == p1) {
                int nvi = -nv[i];
                degme -= nvi;
                nvpiv += nvi;
                nel += nvi;
                nv[i] = 0;
                kind[i] = DEAD;
                rep[i] = me;
                continue;
            }
            degree[i] = Math.min(degree[i], deg);
            // put me first: elements stay in front of variables; a slot is free since i lost an entry for me
            iw[pn] = iw[p3];
            iw[p3] = iw[p1];
            iw[p1] = me;
            len[i] = pn - p1 + 1;
            elen[i] = p3 - p1 + 1;
            int h = (int) (hash % n);
            hashVal[i] = h;
            hashNext[i] = hashHead[h];
            hashHead[h] = i;
        }
        degree[me] = degme;
    }

    /** Variables of Lme with identical lists are merged into one supervariable. */
    private void detectSupervariables() {
        for (int t = pme1; t < pme1 + lenme; t++) {
            int i = iw[t];
            if (nv[i] >= 0) continue;
            int h = hashVal[i];
            int first = hashHead[h];
            if (first == -1) continue;
            hashHead[h] = -1;
            mergeIndistinguishable(first);
        }
    }

    /** Final degrees of Lme's principal variables, compaction of Lme, me becomes an element; returns min degree. */
    private int finishStep() {
        int nleft = total - nel;
        int mindeg = total;
        int p = pme1;
        for (int t = pme1; t < pme1 + lenme; t++) {
            int i = iw[t];
            int nvi = -nv[i];
            if (nvi <= 0) continue;
            int deg = Math.max(0, Math.min(degree[i] + degme - nvi, nleft - nvi));
            degree[i] = deg;
            nv[i] = nvi;
            insertDegree(i, deg);
            mindeg = Math.min(mindeg, deg);
            iw[p++] = i;
        }
        len[me] = p - pme1;
        nv[me] = 0; // an element is never a variable again
        if (len[me] == 0) { kind[me] = DEAD; w[me] = 0; }
        else { kind[me] = ELEM; w[me] = 1; }
        wflg += maxTouched + 1;
        return mindeg;
    }

    /** Compares the variables chained from {@code first} in one hash bucket and merges identical ones. */
    private void mergeIndistinguishable(int first) {
        for (int i = first; i != -1; i = hashNext[i]) {
            if (nv[i] >= 0 || hashNext[i] == -1) continue; // nothing left in the bucket to compare with
            if (++stamp == Integer.MAX_VALUE) { Arrays.fill(mark, 0); stamp = 1; }
            int pi = pe[i], li = len[i], ei = elen[i];
            for (int q = pi + 1; q < pi + li; q++) mark[iw[q]] = stamp; // entry 0 is me for all of them
            int prev = i;
            for (int j = hashNext[i]; j != -1; j = hashNext[prev]) {
                boolean same = len[j] == li && elen[j] == ei && hashVal[j] == hashVal[i];
                for (int q = pe[j] + 1, end = pe[j] + len[j]; same && q < end; q++) same = mark[iw[q]] == stamp;
                if (same) {
                    nv[i] += nv[j]; // both negative
                    degree[i] = Math.min(degree[i], degree[j]);
                    nv[j] = 0;
                    kind[j] = DEAD;
                    rep[j] = i;
                    hashNext[prev] = hashNext[j];
                } else {
                    prev = j;
                }
            }
        }
    }

    private void resetW() {
        for (int x = 0; x < n; x++) if (w[x] != 0) w[x] = 1;
        wflg = 2;
    }

    /** Makes room for {@code need} more entries at pfree, compacting the live lists and growing iw if necessary. */
    private void ensureSpace(long need) {
        if (pfree + need <= iw.length) return;
        // mark each live list's first slot with its owner (negated), saving the displaced entry in pe
        for (int j = 0; j < n; j++) {
            if (kind[j] == DEAD || len[j] == 0) continue;
            int q = pe[j];
            pe[j] = iw[q];
            iw[q] = -(j + 1);
        }
        int dst = 0;
        for (int src = 0; src < pfree; ) {
            if (iw[src] < 0) {
                int j = -iw[src] - 1;
                int firstEntry = pe[j];
                pe[j] = dst;
                iw[dst++] = firstEntry;
                for (int t = 1; t < len[j]; t++) iw[dst++] = iw[src + t];
                src += len[j];
            } else {
                src++;
            }
        }
        pfree = dst;
        if (pfree + need > iw.length) {
            long grown = Math.max(pfree + need, iw.length + (long) iw.length / 2);
            if (grown > Integer.MAX_VALUE - 8) throw new ArithmeticException("AMD workspace exceeds 2^31 entries");
            iw = Arrays.copyOf(iw, (int) grown);
        }
    }

    private void insertDegree(int i, int deg) {
        int h = head[deg];
        next[i] = h;
        last[i] = -1;
        if (h != -1) last[h] = i;
        head[deg] = i;
    }

    private void removeDegree(int i) {
        int nx = next[i], ls = last[i];
        if (nx != -1) last[nx] = ls;
        if (ls != -1) next[ls] = nx;
        else head[degree[i]] = nx;
    }

    /**
     * Pivots in selection order, each followed by the variables eliminated with it (its supervariable members and
     * mass-eliminated neighbours, recursively); dense rows last.
     */
    private int[] assemblePermutation() {
        // children lists of the rep forest
        int[] childHead = new int[n], sibling = new int[n];
        Arrays.fill(childHead, -1);
        for (int j = n - 1; j >= 0; j--)
            if (rep[j] != -1) { sibling[j] = childHead[rep[j]]; childHead[rep[j]] = j; }
        int[] perm = new int[n];
        int[] stack = new int[n];
        int k = 0;
        for (int t = 0; t < npiv; t++) {
            int sp = 0;
            stack[sp++] = pivots[t];
            while (sp > 0) {
                int v = stack[--sp];
                perm[k++] = v;
                for (int c = childHead[v]; c != -1; c = sibling[c]) stack[sp++] = c;
            }
        }
        for (int i = 0; i < n; i++) if (dense[i]) perm[k++] = i;
        if (k != n) throw new IllegalStateException("AMD internal error: ordered " + k + " of " + n + " nodes");
        return perm;
    }
}
