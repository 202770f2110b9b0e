package io.hedgecone.bench;

import io.hedgecone.solver.bridge.CanonicalBridge;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.io.ModelFiles;
import io.hedgecone.solver.testing.RandomSparseQp;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.linalg.QuasiDefiniteLdl;
import io.hedgecone.solver.linalg.Parallel;
import io.hedgecone.solver.linalg.SparseLdl;
import io.hedgecone.solver.io.InstanceManifest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Numeric LDLᵀ refactorization (the per-iteration cost of the interior-point method) and the symbolic analysis, on
 * the quasi-definite matrix K = [[P + εI, Aᵀ], [A, −I]] of an instance's canonical form — the KKT matrix of the first
 * iteration, with the same pattern as every later one (large second-order cones aside). "random-qp-3000" is a
 * fill-heavy random sparse QP (nnz(L) ≈ 0.8 million for a dimension of 10,500) whose factor ends in a large dense block.
 * Run: {@code ./mvnw -q -pl tests -am -DskipTests package exec:exec -Djmh.args=LdlBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LdlBenchmark {
    /** An instance file under instances/solver, or "random-qp-N": {@link RandomSparseQp} with N variables (seed 1). */
    @Param({"netlib/scfxm1.mps.gz", "netlib/boeing1.mps.gz", "maros/AUG3DCQP.QPS", "cblib/nql30.cbf.gz", "cblib/qssp30.cbf.gz", "random-qp-3000"})
    public String file;

    private CscMatrix upper;
    private double[] values;
    private int[] signs;
    private QuasiDefiniteLdl ldl;

    @Setup public void build() throws Exception {
        ModelData data = file.startsWith("random-qp-") ? RandomSparseQp.build(Integer.parseInt(file.substring(10)), 1).toData()
                : ModelFiles.read(InstanceManifest.repoRoot().resolve("instances/solver").resolve(file));
        ConicProblem p = CanonicalBridge.toConic(data).problem();
        int n = p.numVars(), m = p.numRows();
        CscMatrix.TripletBuilder t = new CscMatrix.TripletBuilder(n + m, n + m);
        int[] pc = p.pUpper().colPtr(), pr = p.pUpper().rowIdx();
        double[] pv = p.pUpper().values();
        for (int j = 0; j < n; j++) {
            t.add(j, j, 1e-8);
            for (int k = pc[j]; k < pc[j + 1]; k++) t.add(pr[k], j, pv[k]);
        }
        int[] ac = p.a().colPtr(), ar = p.a().rowIdx();
        double[] av = p.a().values();
        for (int j = 0; j < n; j++) for (int k = ac[j]; k < ac[j + 1]; k++) t.add(j, n + ar[k], av[k]);
        for (int i = 0; i < m; i++) t.add(n + i, n + i, -1.0);
        upper = t.build();
        values = upper.values();
        signs = new int[n + m];
        for (int i = 0; i < n + m; i++) signs[i] = i < n ? 1 : -1;
        ldl = SparseLdl.analyze(upper);
        ldl.useParallel(Parallel.of(0)); // as the solver does: the large dense blocks' updates on every core
    }

    @Benchmark public int factor() { return ldl.factor(values, signs, 1e-13, 1e-7); }

    @Benchmark public QuasiDefiniteLdl analyze() { return SparseLdl.analyze(upper); }
}
