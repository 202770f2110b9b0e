package io.hedgecone.solver.ipm;

import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.linalg.CscMatrix;

import java.util.List;

/**
 * The KKT pattern without the rows of eliminated cones ({@link ConeElimination}), whose columns in the full
 * pattern hold only a placeholder diagonal: the index maps between the full system (x, z, extra rows) and the
 * factorized one, for vectors and for the stored values.
 */
final class ReducedPattern {
    private final int[] kept;        // full index of each reduced index
    private final int[] valueOf;     // full value position of each reduced value position
    private final CscMatrix pattern;

    ReducedPattern(CscMatrix full, int n, List<Cone> cones) {
        int dim = full.cols();
        boolean[] drop = new boolean[dim];
        for (Cone c : cones)
            if (c.kktShape() == Cone.KktShape.ELIMINATED)
                for (int i = 0; i < c.dim(); i++) drop[n + c.offset() + i] = true;
        int[] reducedOf = new int[dim];
        int cnt = 0;
        for (int j = 0; j < dim; j++) reducedOf[j] = drop[j] ? -1 : cnt++;
        kept = new int[cnt];
        for (int j = 0; j < dim; j++) if (!drop[j]) kept[reducedOf[j]] = j;
        int[] cp = full.colPtr(), ri = full.rowIdx();
        int[] rcp = new int[cnt + 1];
        for (int q = 0; q < cnt; q++) rcp[q + 1] = rcp[q] + cp[kept[q] + 1] - cp[kept[q]];
        int[] rri = new int[rcp[cnt]];
        valueOf = new int[rcp[cnt]];
        for (int q = 0, p = 0; q < cnt; q++)
            for (int t = cp[kept[q]]; t < cp[kept[q] + 1]; t++, p++) {
                int row = reducedOf[ri[t]];
                if (row < 0) throw new IllegalStateException("an eliminated row is coupled in the KKT pattern");
                rri[p] = row;
                valueOf[p] = t;
            }
        pattern = new CscMatrix(cnt, cnt, rcp, rri, new double[rri.length]);
    }

    CscMatrix pattern() { return pattern; }

    int[] gather(int[] full) {
        int[] out = new int[kept.length];
        for (int q = 0; q < kept.length; q++) out[q] = full[kept[q]];
        return out;
    }

    void gather(double[] full, double[] out) { for (int q = 0; q < kept.length; q++) out[q] = full[kept[q]]; }

    void scatter(double[] in, double[] full) { for (int q = 0; q < kept.length; q++) full[kept[q]] = in[q]; }

    void gatherValues(double[] fullValues, double[] out) { for (int p = 0; p < valueOf.length; p++) out[p] = fullValues[valueOf[p]]; }
}
