package io.hedgecone.solver.ipm;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.linalg.CscMatrix;

import java.util.List;

/** Small builders for test problems in canonical form min ½xᵀPx + qᵀx s.t. Ax + s = b, s ∈ K. */
final class Problems {
    private Problems() { }

    static ConicProblem of(double[][] pDense, double[] q, double[][] a, double[] b, ConeSpec... cones) {
        int n = q.length;
        CscMatrix p = pDense == null ? CscMatrix.zeros(n, n) : CscMatrix.fromDense(pDense).upperTriangle();
        return new ConicProblem(p, q, CscMatrix.fromDense(a), b, List.of(cones), 0.0);
    }

    static ConeSpec zero(int d) { return new ConeSpec.Zero(d); }
    static ConeSpec nonneg(int d) { return new ConeSpec.Nonneg(d); }
    static ConeSpec soc(int d) { return new ConeSpec.Soc(d); }
    static ConeSpec exp() { return new ConeSpec.Exp(); }
    static ConeSpec pow(double a) { return new ConeSpec.Pow(a); }

    static Settings quiet() { return Settings.defaults(); }

    static Settings verbose() { return Settings.builder().verbose(true).build(); }
}
