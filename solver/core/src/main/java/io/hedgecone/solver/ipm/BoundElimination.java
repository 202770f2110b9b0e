package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.cone.NonnegCone;
import io.hedgecone.solver.linalg.CscMatrix;

import java.util.List;

/**
 * Bound rows eliminated from the KKT system onto the x diagonal: rows of a nonnegative cone whose row of A has a
 * single entry a (s = b − a·x_j ≥ 0, a variable bound). Its KKT row a·Δx_j − hΔz = r (h = s/z) gives
 * Δz = (a·Δx_j − r)/h, which adds a²/h to the pivot of x_j and a·r/h to its right-hand side.
 *
 * <p>The factorization would compute the same numbers had its ordering taken the bound row right before x_j; taking
 * it out of the factorized system makes that order certain and halves the system of a problem that bounds every
 * variable (the simplex of a bandit's policy: 10,000 rows of a 20,044-row system).
 */
final class BoundElimination {
    private final NonnegCone[] coneOf; // per bound: its cone, and its row within the cone
    private final int[] local, row, col;
    private final double[] a, hInv;

    private BoundElimination(NonnegCone[] coneOf, int[] local, int[] row, int[] col, double[] a) {
        this.coneOf = coneOf;
        this.local = local;
        this.row = row;
        this.col = col;
        this.a = a;
        hInv = new double[a.length];
    }

    /** The single-entry rows of the nonnegative cones (at: Aᵀ, so that column i holds row i of A), or null if none. */
    static BoundElimination choose(CscMatrix at, List<Cone> cones) {
        int[] acp = at.colPtr(), ari = at.rowIdx();
        double[] av = at.values();
        int count = 0;
        for (Cone c : cones)
            if (c instanceof NonnegCone)
                for (int i = c.offset(); i < c.offset() + c.dim(); i++) if (acp[i + 1] - acp[i] == 1) count++;
        if (count == 0) return null;
        NonnegCone[] coneOf = new NonnegCone[count];
        int[] local = new int[count], row = new int[count], col = new int[count];
        double[] a = new double[count];
        int q = 0;
        for (Cone c : cones)
            if (c instanceof NonnegCone nn)
                for (int i = c.offset(); i < c.offset() + c.dim(); i++)
                    if (acp[i + 1] - acp[i] == 1) {
                        coneOf[q] = nn;
                        local[q] = i - c.offset();
                        row[q] = i;
                        col[q] = ari[acp[i]];
                        a[q++] = av[acp[i]];
                    }
        return new BoundElimination(coneOf, local, row, col, a);
    }

    /** Marks the eliminated rows (their indices in A's rows). */
    void mark(boolean[] rowEliminated) { for (int r : row) rowEliminated[r] = true; }

    /** Takes the cones' current h = s/z and adds a²/h to the x diagonals (KKT value positions xDiag). */
    void accumulate(double[] values, int[] xDiag) {
        for (int i = 0; i < a.length; i++) {
            hInv[i] = 1 / coneOf[i].hessianDiagonal(local[i]);
            values[xDiag[col[i]]] += a[i] * a[i] * hInv[i];
        }
    }

    /** Right-hand side of the reduced system: v_x += a·v_row/h (v_row left as it is). */
    void fold(double[] v, int n) {
        for (int i = 0; i < a.length; i++) v[col[i]] += a[i] * hInv[i] * v[n + row[i]];
    }

    /** After the reduced solve (x in v[0, n)): v_row ← (a·x_j − v_row)/h. */
    void recover(double[] v, int n) {
        for (int i = 0; i < a.length; i++) {
            int k = n + row[i];
            v[k] = (a[i] * v[col[i]] - v[k]) * hInv[i];
        }
    }

    int count() { return a.length; }
}
