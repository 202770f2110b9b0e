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
 *
 * <p>The first solve is the one judged. With {@code repeats} &gt; 1 the instance is solved again and the reported
 * time is the median over the runs: the first solve in a JVM includes just-in-time compilation of the backend's
 * code, which on small instances costs more than the solve itself (native backends such as OR-Tools pay nothing
 * comparable). Solves that take over {@link #REPEAT_BELOW_MS} ms are not repeated: there compilation is noise.
 */
public final class SolverBenchmark implements AutoCloseable {
    /** Tolerance on verified relative residuals and gap for counting an instance as solved. */
    public static final double SOLVED_TOL = 1e-6;
    /** Solves slower than this are timed once. */
    public static final double REPEAT_BELOW_MS = 1000;
    private final double timeLimit;
    private final int repeats;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bench-solve");
        t.setDaemon(true);
        return t;
    });

    public SolverBenchmark(double timeLimitSeconds) { this(timeLimitSeconds, 1); }

    public SolverBenchmark(double timeLimitSeconds, int repeats) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1, got " + repeats);
        this.timeLimit = timeLimitSeconds;
        this.repeats = repeats;
    }

    private BackendResult solveOnce(ModelData data, SolverBackend b) throws Exception {
        Future<BackendResult> f = pool.submit(() -> Solver.solve(data, b, SolveOptions.defaults().withTimeLimit(timeLimit)));
        try {
            return f.get((long) (timeLimit * 1000) + 5000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw e;
        }
    }

    public BenchRow run(InstanceManifest inst, ModelData data, SolverBackend b) {
        double ref = inst.hasReference() ? inst.expected(data.c0()) : Double.NaN;
        long t0 = System.nanoTime();
        BackendResult r;
        double[] times = new double[repeats];
        int runs = 0;
        try {
            r = solveOnce(data, b);
            times[runs++] = r.info().solveMillis();
            while (runs < repeats && r.info().solveMillis() < REPEAT_BELOW_MS) times[runs++] = solveOnce(data, b).info().solveMillis();
        } catch (TimeoutException e) {
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
        double[] measured = java.util.Arrays.copyOf(times, runs);
        java.util.Arrays.sort(measured);
        double median = runs % 2 == 1 ? measured[runs / 2] : 0.5 * (measured[runs / 2 - 1] + measured[runs / 2]);
        return new BenchRow(inst.set(), inst.name(), b.name(), r.status().label(), obj, ref, relErr, r.info().iterations(), median,
                v.primalResidualRel(), v.dualResidualRel(), v.gapRel(), solved, r.info().message());
    }

    /**
     * Solves the instances round-robin on each backend in turn, untimed, for {@code seconds} per backend (at least
     * one round): afterwards the JVM has compiled the backends' hot code, as it has in a long-running process.
     * Solves are capped at 10 s each; unreadable instances are skipped (the timed run reports them).
     */
    public static void warmUp(List<InstanceManifest> insts, List<SolverBackend> backends, double seconds, java.io.PrintWriter log) {
        List<ModelData> models = new java.util.ArrayList<>();
        for (InstanceManifest inst : insts) {
            try {
                models.add(read(inst));
            } catch (Exception e) {
                // reported by the timed run
            }
        }
        for (SolverBackend b : backends) {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            int rounds = 0;
            do {
                for (ModelData d : models)
                    if (b.capabilities().missingFor(d).isEmpty() && System.nanoTime() < end) {
                        try {
                            Solver.solve(d, b, SolveOptions.defaults().withTimeLimit(10));
                        } catch (RuntimeException e) {
                            // a failing backend is reported by the timed run
                        }
                    }
                rounds++;
            } while (System.nanoTime() < end);
            log.printf("warm-up %s: %d round(s) over %d instances in %.0f s%n", b.name(), rounds, models.size(), seconds);
        }
        log.flush();
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
