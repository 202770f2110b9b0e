package io.hedgecone.solver.ipm;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.linalg.CscMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inequality rows aᵢᵀx ≤ bᵢ (rows of a nonnegative cone) whose bᵢ is at least {@link Settings#infiniteBound()}, left
 * out of the solve. Bounds such as x ≤ 1e20 are how many model files and modelling tools write "no bound" (HiGHS and
 * Clarabel read 1e20 so too). Kept as data, such a row dominates the equilibration and the residual norms — NETLIB
 * AFIRO with every column bounded by 1e20 ends in numerical_error — while it can only bind at points of norm near
 * 1e20, which double precision cannot resolve next to the rest of the problem anyway.
 *
 * <p>The solution is mapped back with sᵢ = bᵢ − aᵢᵀx and zᵢ = 0 (a Farkas ray stays a ray: its zᵢ are zero), and a
 * ray d of unboundedness gets sᵢ = −aᵢᵀd: if a left-out row is what stops d, the independent verifier, which checks
 * the original rows, rejects the certificate rather than the solver claiming a bound it never saw.
 */
final class InfiniteRows {
    private final ConicProblem reduced;
    private final int[] kept;        // original row of each row of the reduced problem
    private final int[] dropped;     // the rows left out
    private final ConicProblem original;

    private InfiniteRows(ConicProblem original, ConicProblem reduced, int[] kept, int[] dropped) {
        this.original = original;
        this.reduced = reduced;
        this.kept = kept;
        this.dropped = dropped;
    }

    /** The rows to leave out at this threshold, or null when there are none. */
    static InfiniteRows find(ConicProblem p, double threshold) {
        double[] b = p.b();
        int m = b.length;
        boolean[] drop = new boolean[m];
        int count = 0, row = 0;
        List<ConeSpec> cones = new ArrayList<>();
        for (ConeSpec c : p.cones()) {
            if (c instanceof ConeSpec.Nonneg) {
                int left = 0;
                for (int i = row; i < row + c.dim(); i++) {
                    if (b[i] >= threshold) { drop[i] = true; count++; } else left++;
                }
                if (left > 0) cones.add(new ConeSpec.Nonneg(left));
            } else cones.add(c);
            row += c.dim();
        }
        if (count == 0) return null;
        int[] kept = new int[m - count], dropped = new int[count], newRow = new int[m];
        for (int i = 0, k = 0, d = 0; i < m; i++) {
            if (drop[i]) { dropped[d++] = i; newRow[i] = -1; } else { kept[k] = i; newRow[i] = k++; }
        }
        CscMatrix a = p.a();
        int[] cp = a.colPtr(), ri = a.rowIdx();
        double[] av = a.values();
        int[] ncp = new int[a.cols() + 1];
        int[] nri = new int[a.nnz()];
        double[] nv = new double[a.nnz()];
        int q = 0;
        for (int j = 0; j < a.cols(); j++) {
            for (int t = cp[j]; t < cp[j + 1]; t++)
                if (newRow[ri[t]] >= 0) { nri[q] = newRow[ri[t]]; nv[q++] = av[t]; }
            ncp[j + 1] = q;
        }
        CscMatrix ra = new CscMatrix(kept.length, a.cols(), ncp, Arrays.copyOf(nri, q), Arrays.copyOf(nv, q));
        double[] rb = new double[kept.length];
        for (int k = 0; k < kept.length; k++) rb[k] = b[kept[k]];
        return new InfiniteRows(p, new ConicProblem(p.pUpper(), p.q(), ra, rb, cones, p.constant()), kept, dropped);
    }

    ConicProblem reduced() { return reduced; }

    int count() { return dropped.length; }

    /** The reduced problem's solution in the rows of the original. */
    ConicSolution expand(ConicSolution r) {
        int m = original.numRows();
        double[] s = new double[m], z = new double[m];
        for (int k = 0; k < kept.length; k++) { s[kept[k]] = r.s()[k]; z[kept[k]] = r.z()[k]; }
        // aᵢᵀx for the rows left out (x a point, or a ray when unbounded)
        double[] ax = new double[m];
        original.a().multiplyAdd(1.0, r.x(), ax);
        boolean ray = r.status().isDualInfeasible(); // x is a ray and z undefined (NaN), as ConicSolution documents
        for (int i : dropped) {
            s[i] = ray ? -ax[i] : original.b()[i] - ax[i]; // NaN where x is (primal infeasible)
            z[i] = ray ? Double.NaN : 0.0;
        }
        return new ConicSolution(r.status(), r.x(), s, z, r.primalObjective(), r.dualObjective(), r.iterations(),
                r.solveTimeSeconds(), r.primalResidual(), r.dualResidual(), r.gapAbs(), r.gapRel());
    }
}
