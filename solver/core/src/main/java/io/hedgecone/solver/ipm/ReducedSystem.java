package io.hedgecone.solver.ipm;

import io.hedgecone.solver.linalg.CscMatrix;

/**
 * The KKT system without the rows of eliminated cones and bounds ({@link ConeElimination},
 * {@link BoundElimination}), whose columns in the full pattern hold only a placeholder diagonal: its pattern and
 * pivot signs, the index maps between the full system (x, z, extra rows) and the factorized one, and the buffers
 * the factorization reads.
 */
final class ReducedSystem {
    private final int[] kept;        // full index of each reduced index
    private final int[] valueOf;     // full value position of each reduced value position
    private final CscMatrix pattern;
    private final int[] signs;
    private final double[] values, rhs;

    /** The system without the columns (and rows) marked in {@code drop}. */
    ReducedSystem(CscMatrix full, int[] fullSigns, boolean[] drop) {
        int dim = full.cols();
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
        for (int q = 0; q < cnt; q++)
            if (rcp[q + 1] == rcp[q] || rri[rcp[q + 1] - 1] != q)
                throw new IllegalStateException("reduced column " + q + " does not end with its diagonal");
        pattern = new CscMatrix(cnt, cnt, rcp, rri, new double[rri.length]);
        signs = gather(fullSigns);
        values = new double[rri.length];
        rhs = new double[cnt];
    }

    CscMatrix pattern() { return pattern; }

    int[] signs() { return signs; }

    int[] gather(int[] full) {
        int[] out = new int[kept.length];
        for (int q = 0; q < kept.length; q++) out[q] = full[kept[q]];
        return out;
    }

    /** The reduced right-hand side of a full vector, in a buffer of this system's. */
    double[] rhs(double[] full) {
        for (int q = 0; q < kept.length; q++) rhs[q] = full[kept[q]];
        return rhs;
    }

    void scatter(double[] in, double[] full) { for (int q = 0; q < kept.length; q++) full[kept[q]] = in[q]; }

    /**
     * out = b − (K − D)x: the residual against the stored matrix without its static regularisation D (the signed
     * diagonal regDiag of the full system), as the factorized values hold it after {@link #values}.
     */
    double residual(double[] b, double[] x, double[] regDiag, double[] out) {
        int[] cp = pattern.colPtr(), ri = pattern.rowIdx();
        int cnt = kept.length;
        for (int q = 0; q < cnt; q++) out[q] = b[q] + regDiag[kept[q]] * x[q];
        for (int j = 0; j < cnt; j++) {
            double xj = x[j], acc = 0;
            int diag = cp[j + 1] - 1; // every column ends with its diagonal (checked on construction)
            for (int t = cp[j]; t < diag; t++) {
                int i = ri[t];
                double v = values[t];
                out[i] -= v * xj;
                acc += v * x[i];
            }
            out[j] -= acc + values[diag] * xj;
        }
        double e = 0;
        for (int q = 0; q < cnt; q++) e = Math.max(e, Math.abs(out[q]));
        return e;
    }

    int dim() { return kept.length; }

    /** The reduced system's values from the full KKT values, in a buffer of this system's. */
    double[] values(double[] fullValues) {
        for (int p = 0; p < valueOf.length; p++) values[p] = fullValues[valueOf[p]];
        return values;
    }
}
