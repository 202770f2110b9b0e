package io.hedgecone.cli.bench;

import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solver;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.io.InstanceManifest;
import io.hedgecone.solver.io.ModelFiles;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.verify.SolutionVerifier;
import io.hedgecone.solver.verify.VerificationReport;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one instance on one backend under a time limit and judges the answer independently. The backend gets the
 * limit as an option; a backend that overruns it by more than a grace period is abandoned and charged the limit.
 */
public final class SolverBenchmark implements AutoCloseable {
    /** Tolerance on verified relative residuals and gap for counting an instance as solved. */
    public static final double SOLVED_TOL = 1e-6;
    private final double timeLimit;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bench-solve");
        t.setDaemon(true);
        return t;
    });

    public SolverBenchmark(double timeLimitSeconds) { this.timeLimit = timeLimitSeconds; }

    public BenchRow run(InstanceManifest inst, ModelData data, SolverBackend b) {
        double ref = inst.hasReference() ? inst.expected(data.c0()) : Double.NaN;
        long t0 = System.nanoTime();
        Future<BackendResult> f = pool.submit(() -> Solver.solve(data, b, SolveOptions.defaults().withTimeLimit(timeLimit)));
        BackendResult r;
        try {
            r = f.get((long) (timeLimit * 1000) + 5000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new BenchRow(inst.set(), inst.name(), b.name(), "time_limit", Double.NaN, ref, Double.NaN, -1, timeLimit * 1000,
                    Double.NaN, Double.NaN, Double.NaN, false, "backend overran the time limit and was abandoned");
        } catch (Exception e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return new BenchRow(inst.set(), inst.name(), b.name(), "error", Double.NaN, ref, Double.NaN, -1, (System.nanoTime() - t0) / 1e6,
                    Double.NaN, Double.NaN, Double.NaN, false, String.valueOf(c.getMessage()));
        }
        VerificationReport v = SolutionVerifier.verify(data, r);
        double obj = v.primalObjective();
        double relErr = Double.isNaN(ref) || Double.isNaN(obj) ? Double.NaN : Math.abs(obj - ref) / Math.max(1, Math.abs(ref));
        boolean solved = (r.status() == ProblemStatus.OPTIMAL) && v.solutionVerified(SOLVED_TOL)
                && (!inst.hasReference() || inst.matches(obj, data.c0()));
        return new BenchRow(inst.set(), inst.name(), b.name(), r.status().label(), obj, ref, relErr, r.info().iterations(), r.info().solveMillis(),
                v.primalResidualRel(), v.dualResidualRel(), v.gapRel(), solved, r.info().message());
    }

    /** Reads an instance (errors become an "error" row per backend instead of stopping the run). */
    public static ModelData read(InstanceManifest inst) throws java.io.IOException { return ModelFiles.read(inst.file()); }

    @Override public void close() { pool.shutdownNow(); }

    /** Shifted geometric mean of times in ms (shift 10 ms); unsolved runs are charged the limit. */
    public static double shiftedGeomean(List<BenchRow> rows, double limitMs) {
        if (rows.isEmpty()) return Double.NaN;
        double s = 0;
        for (BenchRow r : rows) s += Math.log((r.solved() ? r.solveMs() : limitMs) + 10);
        return Math.exp(s / rows.size()) - 10;
    }
}
