package io.hedgecone.solver.cert;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;

import java.util.Arrays;

/**
 * Row bounds of a linear-only model moved onto A x: {@code lo[i] - g[i] <= (A x)_i <= hi[i] - g[i]}.
 * Package-private helper shared by the checks and the auxiliary LPs.
 */
final class LinearView {
    final ModelData data;
    final double[] rowLo;
    final double[] rowHi;
    /** +1 for minimization, -1 for maximization: multiplies y, z (and c for rays) into the minimization convention. */
    final double sense;

    private LinearView(ModelData data) {
        this.data = data;
        int m = data.numRows();
        rowLo = new double[m];
        rowHi = new double[m];
        for (ModelData.Block b : data.blocks()) {
            if (b.kind() != BlockKind.LINEAR)
                throw new IllegalArgumentException("model '" + data.name() + "' has " + b.kind().label() + " block '" + b.name()
                        + "': infeasibility certificates through auxiliary LPs need a model with linear blocks only");
            for (int k = 0; k < b.size(); k++) {
                int i = b.start() + k;
                rowLo[i] = b.lo()[k] - data.g()[i]; // -inf - g stays -inf
                rowHi[i] = b.hi()[k] - data.g()[i];
            }
        }
        sense = data.maximize() ? -1.0 : 1.0;
    }

    static LinearView of(ModelData data) { return new LinearView(data); }

    static double infNorm(double[] v) {
        double s = 0;
        for (double e : v) s = Math.max(s, Math.abs(e));
        return s;
    }

    static double[] scaled(double[] v, double f) {
        double[] r = Arrays.copyOf(v, v.length);
        for (int i = 0; i < r.length; i++) r[i] *= f;
        return r;
    }
}
