package io.hedgecone.solver.ortools;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import io.hedgecone.solver.api.Info;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.SolutionStatus;
import io.hedgecone.solver.cert.Certificates;
import io.hedgecone.solver.cert.DualCheck;
import io.hedgecone.solver.cert.PrimalCheck;
import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.Capabilities;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;

import java.util.EnumSet;
import java.util.Optional;

/**
 * Backend "ortools": LPs and MIPs through OR-Tools' MPSolver with the engine named by the option {@code engine}
 * ({@link Engine}: glop — default for LPs —, highs, scip — default with integers —, cpsat).
 *
 * <p>Accepts LINEAR blocks and integer variables. No quadratic objective: MPSolver's Java API has no quadratic
 * objective, and none of these engines is offered with one through it.
 *
 * <p>Duals (GLOP, continuous models): {@code MPConstraint.dualValue()} and {@code MPVariable.reducedCost()} are,
 * as measured on random LPs for both senses and all row types, already in the {@link ModelData} convention
 * (c = Aᵀy + z; shadow prices ∂objective/∂bound), so y and z are passed through — after {@link DualCheck} at 1e-6;
 * if they fail it they are not returned. Other engines give no duals (dual status UNDEFINED).
 *
 * <p>Infeasible and unbounded outcomes get certificates from {@link Certificates}, solved with GLOP (HiGHS when
 * that is the engine). GLOP says INFEASIBLE also for unbounded LPs whose infeasibility it has not ruled out, so the
 * other certificate is tried when the expected one does not exist. For a MIP the Farkas certificate and the ray are
 * those of the LP relaxation (an infeasible relaxation proves the MIP infeasible).
 *
 * <p>Options: time limit → {@code setTimeLimit}; at the limit the status is TIME_LIMIT with primal FEASIBLE when
 * an incumbent passes {@link PrimalCheck}. Iteration limit → GLOP's {@code max_number_of_iterations} (ignored, with
 * a note, by the other engines). Other parameters: {@code threads} (setNumThreads) and {@code solver_params}
 * (passed verbatim to setSolverSpecificParametersAsString). Native libraries are loaded once; if that fails
 * {@link #available()} is false and {@link #description()} says why.
 */
public final class OrToolsBackend implements SolverBackend {
    private static final double DUAL_TOL = 1e-6;
    private static final double FEASIBILITY_TOL = 1e-6;

    /** Loads the bundled native libraries once, on first use (holder idiom: ServiceLoader must not fail on it). */
    private static final class Natives {
        static final String ERROR = load();

        private static String load() {
            try {
                Loader.loadNativeLibraries();
                return null;
            } catch (Throwable t) { // UnsatisfiedLinkError, missing platform jar, unwritable temp dir, ...
                return t.toString();
            }
        }
    }

    @Override public String name() { return "ortools"; }

    @Override public Capabilities capabilities() { return new Capabilities(EnumSet.of(BlockKind.LINEAR), false, true); }

    @Override public int priority() { return 20; }

    @Override public boolean available() { return Natives.ERROR == null; }

    @Override public String description() {
        String base = "OR-Tools 9.15 MPSolver (engines glop, highs, scip, cpsat): " + capabilities().describe();
        return available() ? base : base + " — unavailable: native libraries failed to load: " + Natives.ERROR;
    }

    @Override
    public BackendResult solve(ModelData data, SolveOptions options) {
        SolverRegistry.checkCapabilities(this, data);
        if (!available()) throw new IllegalStateException("ortools backend unavailable: " + Natives.ERROR);
        long t0 = System.nanoTime();
        Engine engine = Engine.choose(data, options);
        boolean mip = data.hasIntegers();
        StringBuilder note = new StringBuilder("engine ").append(engine.key);

        double[] rowLo = new double[data.numRows()], rowHi = new double[data.numRows()];
        for (ModelData.Block b : data.blocks())
            for (int k = 0; k < b.size(); k++) {
                int i = b.start() + k;
                rowLo[i] = b.lo()[k] - data.g()[i];
                rowHi[i] = b.hi()[k] - data.g()[i];
            }
        CpSatScaling scaling = engine == Engine.CPSAT ? CpSatScaling.of(data, rowLo, rowHi) : null;
        String crossed = PrimalCheck.crossedBound(data);
        if (crossed != null) { // engines differ here (MODEL_INVALID or INFEASIBLE); no (y, z) certificate exists
            note.append("; ").append(crossed).append(": infeasible, not passed to the engine, no certificate in the (y, z) convention");
            return result(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, null, null, null, data, t0, 0, Double.NaN, note);
        }

        MPSolver solver = MPSolver.createSolver(engine.solverId(mip));
        if (solver == null) throw new IllegalStateException("OR-Tools could not create engine " + engine.key + " (" + engine.solverId(mip) + ")");
        try {
            MPVariable[] vars = build(solver, data, rowLo, rowHi, scaling);
            boolean iterLimit = configure(solver, engine, options, note);
            MPSolver.ResultStatus status;
            try {
                status = solver.solve();
            } catch (IllegalArgumentException e) {
                // a native status the Java enum lacks (HiGHS answers 99 = unknown, e.g. when its time limit hits)
                status = null;
                note.append("; native status unknown to the Java API");
            }
            note.append("; status ").append(status);
            boolean timeUp = options.hasTimeLimit() && millis(t0) >= 0.95 * options.timeLimitSeconds() * 1000;
            long iterations = mip ? solver.nodes() : solver.iterations();

            if (status == null) {
                return result(timeUp ? ProblemStatus.TIME_LIMIT : ProblemStatus.UNKNOWN, SolutionStatus.UNDEFINED, null, null, null, data, t0, iterations, Double.NaN, note);
            }
            switch (status) {
                case OPTIMAL -> {
                    double[] x = values(vars);
                    if (mip) return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, x, null, null, data, t0, iterations, gap(solver, scaling, data), note);
                    return continuousOptimal(solver, engine, vars, x, data, t0, iterations, note);
                }
                case FEASIBLE -> {
                    // MPSolver: "feasible, or stopped by a limit"
                    double[] x = values(vars);
                    ProblemStatus ps = timeUp ? ProblemStatus.TIME_LIMIT : iterLimit ? ProblemStatus.ITERATION_LIMIT : ProblemStatus.UNKNOWN;
                    return result(ps, feasibility(data, x, note), x, null, null, data, t0, iterations, mip ? gap(solver, scaling, data) : Double.NaN, note);
                }
                case INFEASIBLE -> {
                    return infeasible(engine, data, options, t0, iterations, note);
                }
                case UNBOUNDED -> {
                    return unbounded(engine, data, options, t0, iterations, note);
                }
                case NOT_SOLVED -> {
                    ProblemStatus ps = timeUp ? ProblemStatus.TIME_LIMIT : iterLimit ? ProblemStatus.ITERATION_LIMIT : ProblemStatus.UNKNOWN;
                    return result(ps, SolutionStatus.UNDEFINED, null, null, null, data, t0, iterations, Double.NaN, note);
                }
                case MODEL_INVALID -> {
                    // the model is valid by construction; CP-SAT answers this also when its own presolve empties a domain
                    note.append("; the engine called the model invalid");
                    return result(ProblemStatus.UNKNOWN, SolutionStatus.UNDEFINED, null, null, null, data, t0, iterations, Double.NaN, note);
                }
                default -> { // ABNORMAL
                    ProblemStatus ps = timeUp ? ProblemStatus.TIME_LIMIT : iterLimit ? ProblemStatus.ITERATION_LIMIT : ProblemStatus.NUMERICAL_ERROR;
                    return result(ps, SolutionStatus.UNDEFINED, null, null, null, data, t0, iterations, Double.NaN, note);
                }
            }
        } finally {
            solver.delete(); // free the native model now rather than at garbage collection
        }
    }

    private BackendResult continuousOptimal(MPSolver solver, Engine engine, MPVariable[] vars, double[] x, ModelData data, long t0,
                                            long iterations, StringBuilder note) {
        if (!engine.duals()) {
            note.append("; no duals from this engine");
            return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, x, null, null, data, t0, iterations, Double.NaN, note);
        }
        MPConstraint[] cons = solver.constraints();
        double[] y = new double[data.numRows()];
        for (int i = 0; i < y.length; i++) y[i] = cons[i].dualValue();
        double[] z = new double[data.numVars()];
        for (int j = 0; j < z.length; j++) z[j] = vars[j].reducedCost();
        DualCheck.Report report = DualCheck.check(data, x, y, z);
        if (!report.ok(DUAL_TOL)) {
            note.append("; duals fail the KKT check (").append(report).append("), not returned");
            return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, x, null, null, data, t0, iterations, Double.NaN, note);
        }
        BackendResult r = result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, x, y, z, data, t0, iterations, Double.NaN, note);
        return new BackendResult(r.status(), r.primalStatus(), SolutionStatus.OPTIMAL, x, y, z, r.objective(), r.info());
    }

    private BackendResult infeasible(Engine engine, ModelData data, SolveOptions options, long t0, long iterations, StringBuilder note) {
        if (Certificates.enabled(options)) {
            SolveOptions aux = auxOptions(engine, options, t0);
            Optional<Certificates.Farkas> f = Certificates.farkas(this, data, aux);
            if (f.isPresent()) return farkasResult(f.get(), data, t0, iterations, note);
            if (!data.hasIntegers()) {
                Optional<double[]> ray = Certificates.improvingRay(this, data, aux);
                if (ray.isPresent()) {
                    note.append("; no Farkas certificate but an improving ray (the engine meant infeasible or unbounded)");
                    return rayResult(ray.get(), data, t0, iterations, note);
                }
            }
            note.append("; no certificate found");
        }
        return result(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, null, null, null, data, t0, iterations, Double.NaN, note);
    }

    private BackendResult unbounded(Engine engine, ModelData data, SolveOptions options, long t0, long iterations, StringBuilder note) {
        if (Certificates.enabled(options)) {
            SolveOptions aux = auxOptions(engine, options, t0);
            Optional<double[]> ray = Certificates.improvingRay(this, data, aux);
            if (ray.isPresent()) return rayResult(ray.get(), data, t0, iterations, note);
            Optional<Certificates.Farkas> f = Certificates.farkas(this, data, aux);
            if (f.isPresent()) {
                note.append("; no improving ray but a Farkas certificate");
                return farkasResult(f.get(), data, t0, iterations, note);
            }
            note.append("; no certificate found");
        }
        return result(ProblemStatus.DUAL_INFEASIBLE, SolutionStatus.UNDEFINED, null, null, null, data, t0, iterations, Double.NaN, note);
    }

    private BackendResult farkasResult(Certificates.Farkas f, ModelData data, long t0, long iterations, StringBuilder note) {
        Info info = info(t0, iterations, Double.NaN, note);
        return new BackendResult(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, SolutionStatus.CERTIFICATE, null, f.y(), f.z(), Double.NaN, info);
    }

    private BackendResult rayResult(double[] d, ModelData data, long t0, long iterations, StringBuilder note) {
        Info info = info(t0, iterations, Double.NaN, note);
        return new BackendResult(ProblemStatus.DUAL_INFEASIBLE, SolutionStatus.CERTIFICATE, SolutionStatus.UNDEFINED, d, null, null, Double.NaN, info);
    }

    /** Certificate LPs: continuous, solved by GLOP (or HiGHS), within what is left of the time limit. */
    private static SolveOptions auxOptions(Engine engine, SolveOptions options, long t0) {
        SolveOptions o = Certificates.auxiliaryOptions(options).withParam("engine", engine.lpEngine().key);
        if (!o.hasTimeLimit()) return o;
        double left = o.timeLimitSeconds() - (System.nanoTime() - t0) / 1e9;
        return o.withTimeLimit(Math.max(left, 0.05)); // a small floor: the certificate LPs are tiny next to most models
    }

    private BackendResult result(ProblemStatus status, SolutionStatus ps, double[] x, double[] y, double[] z, ModelData data,
                                 long t0, long iterations, double gap, StringBuilder note) {
        double obj = x != null ? data.objective(x) : Double.NaN;
        return new BackendResult(status, ps, SolutionStatus.UNDEFINED, x, y, z, obj, info(t0, iterations, gap, note));
    }

    private Info info(long t0, long iterations, double gap, StringBuilder note) {
        return new Info(name(), iterations, millis(t0), Double.NaN, Double.NaN, gap, note.toString());
    }

    private static SolutionStatus feasibility(ModelData data, double[] x, StringBuilder note) {
        double v = PrimalCheck.violation(data, x);
        if (v <= FEASIBILITY_TOL) return SolutionStatus.FEASIBLE;
        note.append("; returned point violates the constraints by ").append(v);
        return SolutionStatus.UNKNOWN;
    }

    // ---------------------------------------------------------------- model building

    private static MPVariable[] build(MPSolver solver, ModelData data, double[] rowLo, double[] rowHi, CpSatScaling scaling) {
        int n = data.numVars(), m = data.numRows();
        MPVariable[] vars = new MPVariable[n];
        for (int j = 0; j < n; j++) {
            double lb = scaling != null ? scaling.lb[j] : data.lb()[j];
            double ub = scaling != null ? scaling.ub[j] : data.ub()[j];
            vars[j] = solver.makeVar(lb, ub, data.integer()[j], "x" + j); // ±Infinity is MPSolver's infinity
        }
        MPConstraint[] cons = new MPConstraint[m];
        for (int i = 0; i < m; i++)
            cons[i] = scaling != null ? solver.makeConstraint(scaling.lo[i], scaling.hi[i], "r" + i) : solver.makeConstraint(rowLo[i], rowHi[i], "r" + i);
        CscMatrix a = data.a();
        for (int j = 0; j < n; j++)
            for (int k = a.colPtr()[j]; k < a.colPtr()[j + 1]; k++) {
                int i = a.rowIdx()[k];
                double v = a.values()[k];
                cons[i].setCoefficient(vars[j], scaling != null ? CpSatScaling.scaled(v, scaling.rowScale[i]) : v);
            }
        MPObjective obj = solver.objective();
        for (int j = 0; j < n; j++) {
            double c = data.c()[j];
            if (c != 0) obj.setCoefficient(vars[j], scaling != null ? CpSatScaling.scaled(c, scaling.objectiveScale) : c);
        }
        obj.setOffset(scaling != null ? data.c0() * scaling.objectiveScale : data.c0());
        obj.setOptimizationDirection(data.maximize());
        return vars;
    }

    /** Applies the options; returns whether an iteration limit is in force. */
    private static boolean configure(MPSolver solver, Engine engine, SolveOptions options, StringBuilder note) {
        if (options.verbose()) solver.enableOutput(); else solver.suppressOutput();
        if (options.hasTimeLimit()) solver.setTimeLimit(Math.max(1, (long) Math.ceil(Math.min(options.timeLimitSeconds() * 1000, 1e15))));
        String threads = options.params().get("threads");
        if (threads != null && !solver.setNumThreads(Integer.parseInt(threads.trim())))
            note.append("; threads not supported by this engine");
        StringBuilder specific = new StringBuilder();
        boolean iterLimit = false;
        if (options.iterationLimit() != Integer.MAX_VALUE) {
            if (engine == Engine.GLOP) {
                specific.append("max_number_of_iterations: ").append(options.iterationLimit()).append('\n');
                iterLimit = true;
            } else note.append("; iteration limit ignored by this engine");
        }
        String extra = options.params().get("solver_params");
        if (extra != null) specific.append(extra);
        if (specific.length() > 0 && !solver.setSolverSpecificParametersAsString(specific.toString()))
            throw new IllegalArgumentException("engine " + engine.key + " rejected parameters: " + specific);
        return iterLimit;
    }

    private static double[] values(MPVariable[] vars) {
        double[] x = new double[vars.length];
        for (int j = 0; j < x.length; j++) x[j] = vars[j].solutionValue();
        return x;
    }

    /** Relative MIP gap |best − bound| / max(1, |best|) in the model's objective units. */
    private static double gap(MPSolver solver, CpSatScaling scaling, ModelData data) {
        double s = scaling != null ? scaling.objectiveScale : 1;
        double best = solver.objective().value() / s, bound = solver.objective().bestBound() / s;
        if (!Double.isFinite(best) || !Double.isFinite(bound)) return Double.NaN;
        return Math.abs(best - bound) / Math.max(1, Math.abs(best));
    }

    private static double millis(long t0) { return (System.nanoTime() - t0) / 1e6; }
}
