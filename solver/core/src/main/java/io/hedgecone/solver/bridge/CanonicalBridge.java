package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a {@link ModelData} into {@link ConicProblem} form, one rewrite class per construct: linear rows and
 * ranges ({@link LinearRowBridge}), variable bounds ({@link VariableBoundBridge}), quadratic, rotated, exponential and
 * power cones ({@link SocBridge}, {@link RotatedConeBridge}, {@link ExpConeBridge}, {@link PowerConeBridge}), and the
 * objective sense (maximize f = minimize −f). Integer restrictions are not representable and are refused.
 */
public final class CanonicalBridge {
    private CanonicalBridge() { }

    public static Canonicalized toConic(ModelData d) {
        if (d.hasIntegers()) throw new IllegalArgumentException("model '" + d.name() + "' has integer variables; the conic form is continuous");
        ModelRows rows = new ModelRows(d);
        List<RowBridge> bridges = new ArrayList<>();
        for (ModelData.Block b : d.blocks()) {
            bridges.add(switch (b.kind()) {
                case LINEAR -> new LinearRowBridge(b, rows);
                case QCONE -> new SocBridge(b, rows);
                case RQCONE -> new RotatedConeBridge(b, rows);
                case PEXP -> new ExpConeBridge(b, rows);
                case PPOW -> new PowerConeBridge(b, rows);
            });
        }
        bridges.add(new VariableBoundBridge(d));
        // about one canonical row per model row and variable bound, as many entries as A has plus one per bound
        ConicBuilder builder = new ConicBuilder(d.numVars(), d.numRows() + d.numVars(), d.a().nnz() + d.numVars());
        for (RowBridge b : bridges) b.emit(builder);
        double sigma = d.maximize() ? -1 : 1;
        double[] q = d.c().clone();
        for (int j = 0; j < q.length; j++) q[j] *= sigma;
        ConicProblem p = builder.build(scale(d.qUpper(), sigma), q, sigma * d.c0());
        return new Canonicalized(d, p, builder, List.copyOf(bridges));
    }

    private static CscMatrix scale(CscMatrix m, double s) {
        if (s == 1) return m;
        double[] v = m.values().clone();
        for (int k = 0; k < v.length; k++) v[k] *= s;
        return new CscMatrix(m.rows(), m.cols(), m.colPtr(), m.rowIdx(), v);
    }
}
