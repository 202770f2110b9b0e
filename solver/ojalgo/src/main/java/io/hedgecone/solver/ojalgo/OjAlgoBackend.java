package io.hedgecone.solver.ojalgo;

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
import org.ojalgo.netio.BasicLogger;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.ModelEntity;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.type.keyvalue.EntryPair;

import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Backend "ojalgo": LP, convex QP and MIP through ojAlgo's {@link ExpressionsBasedModel} (pure Java).
 *
 * <p>Accepts LINEAR blocks, a quadratic objective and integer variables. Continuous models are solved without
 * ojAlgo's presolvers (a private {@link Optimisation.Environment} with none), because presolve moves constraints
 * into variable bounds and its multipliers then no longer belong to the model's rows; MIPs keep the presolvers.
 *
 * <p>Duals (continuous models only). ojAlgo reports one multiplier per (expression, LOWER/UPPER/EQUALITY) with
 * signs fixed for both senses; measured on random LPs and QPs, the ModelData row dual is
 * {@code y = σ (λ_LOWER − λ_UPPER − λ_EQUALITY)}, σ = +1 for minimization and −1 for maximization. The bound
 * duals are {@code z = c + Qx − Aᵀy} (stationarity; for LPs this equals ojAlgo's reduced gradient). Before they
 * are returned, (x, y, z) must pass {@link DualCheck} at 1e-6; otherwise y and z are null and the dual status
 * UNDEFINED. This check also catches a known ojAlgo behaviour: on an unbounded QP its active-set solver can stop
 * at a huge point (|x| ≈ 10⁷) and call it OPTIMAL. Then an improving ray is searched (an LP with Qd = 0) and, if
 * found, the outcome is DUAL_INFEASIBLE.
 *
 * <p>Infeasible and unbounded LPs get certificates from {@link Certificates} (auxiliary LPs solved by this backend).
 * Options: time limit → {@code options.time_abort} (and {@code time_suffice}, so a MIP does not stop early with a
 * merely feasible point); iteration limit → {@code iterations_abort} for continuous models only (ojAlgo counts
 * iterations per sub-solver, so on a MIP it would cap every node LP; it is ignored there and said so in the info).
 */
public final class OjAlgoBackend implements SolverBackend {
    private static final double DUAL_TOL = 1e-6;
    private static final double FEASIBILITY_TOL = 1e-6;

    @Override public String name() { return "ojalgo"; }

    @Override public Capabilities capabilities() { return new Capabilities(EnumSet.of(BlockKind.LINEAR), true, true); }

    @Override public int priority() { return 10; }

    @Override public String description() { return "ojAlgo 57 (pure Java): LP, convex QP, MIP; " + capabilities().describe(); }

    @Override
    public BackendResult solve(ModelData data, SolveOptions options) {
        SolverRegistry.checkCapabilities(this, data);
        long t0 = System.nanoTime();
        boolean mip = data.hasIntegers();
        StringBuilder note = new StringBuilder(mip ? "MIP" : data.hasQuadraticObjective() ? "QP" : "LP");

        String crossed = PrimalCheck.crossedBound(data);
        if (crossed != null) { // no (y, z) certificate can show this one; say what it is instead
            note.append("; ").append(crossed).append(": infeasible, not passed to ojAlgo, no certificate in the (y, z) convention");
            return result(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, SolutionStatus.UNDEFINED, null, null, null, data, t0, note);
        }
        Built b = build(data, options, mip, note);
        Optimisation.Result res = b.trivialInfeasible ? null : (data.maximize() ? b.model.maximise() : b.model.minimise());
        Optimisation.State state = res == null ? Optimisation.State.INFEASIBLE : res.getState();
        double elapsed = millis(t0);
        note.append("; ojAlgo state ").append(state);

        boolean timeUp = options.hasTimeLimit() && elapsed >= 0.98 * options.timeLimitSeconds() * 1000;
        double[] x = res == null ? null : values(res, data.numVars());

        switch (state) {
            case OPTIMAL, DISTINCT -> {
                if (mip) return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, SolutionStatus.UNDEFINED, x, null, null, data, t0, note);
                return continuousOptimal(data, options, b, res, x, t0, note);
            }
            case INFEASIBLE -> {
                if (timeUp) return limitResult(ProblemStatus.TIME_LIMIT, null, data, t0, note);
                return infeasible(data, options, t0, note);
            }
            case UNBOUNDED -> {
                return unbounded(data, options, t0, note);
            }
            case FEASIBLE, APPROXIMATE, VALID, UNEXPLORED -> {
                // stopped early: by a limit, or ojAlgo gave up; the point (if any) is only as good as its state says
                double[] point = state == Optimisation.State.FEASIBLE ? x : null;
                if (timeUp) return limitResult(ProblemStatus.TIME_LIMIT, point, data, t0, note);
                if (!mip && options.iterationLimit() != Integer.MAX_VALUE)
                    return limitResult(ProblemStatus.ITERATION_LIMIT, point, data, t0, note);
                return result(ProblemStatus.UNKNOWN, feasibility(data, point, note), SolutionStatus.UNDEFINED, point, null, null, data, t0, note);
            }
            default -> { // FAILED, INVALID
                if (timeUp) return limitResult(ProblemStatus.TIME_LIMIT, null, data, t0, note);
                return result(ProblemStatus.NUMERICAL_ERROR, SolutionStatus.UNDEFINED, SolutionStatus.UNDEFINED, null, null, null, data, t0, note);
            }
        }
    }

    private BackendResult continuousOptimal(ModelData data, SolveOptions options, Built b, Optimisation.Result res, double[] x,
                                            long t0, StringBuilder note) {
        double[] y = rowDuals(data, b, res);
        double[] z = y == null ? null : DualCheck.stationarityZ(data, x, y);
        DualCheck.Report report = y == null ? null : DualCheck.check(data, x, y, z);
        if (report != null && report.ok(DUAL_TOL))
            return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, SolutionStatus.OPTIMAL, x, y, z, data, t0, note);
        note.append(y == null ? "; ojAlgo gave no multipliers" : "; multipliers fail the KKT check (" + report + "), not returned");
        if (data.hasQuadraticObjective() && Certificates.enabled(options)) {
            // ojAlgo's active-set QP solver can call an unbounded QP optimal; look for a ray before believing it
            Optional<double[]> ray = Certificates.improvingRay(this, data, remaining(options, t0));
            if (ray.isPresent()) {
                note.append("; an improving ray exists: the QP is unbounded");
                return result(ProblemStatus.DUAL_INFEASIBLE, SolutionStatus.CERTIFICATE, SolutionStatus.UNDEFINED, ray.get(), null, null, data, t0, note);
            }
        }
        // ojAlgo's multipliers often fail complementarity at an optimal x (NETLIB RECIPE, most Maros QPs), so a failed
        // check says nothing about x: optimal is kept without duals, and the verifier reports that duals were missing.
        return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, SolutionStatus.UNDEFINED, x, null, null, data, t0, note);
    }

    private BackendResult infeasible(ModelData data, SolveOptions options, long t0, StringBuilder note) {
        if (Certificates.enabled(options)) {
            Optional<Certificates.Farkas> f = Certificates.farkas(this, data, remaining(options, t0));
            if (f.isPresent())
                return result(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, SolutionStatus.CERTIFICATE, null, f.get().y(), f.get().z(), data, t0, note);
            if (!data.hasIntegers()) {
                // the engine may say infeasible when it means "infeasible or unbounded"
                Optional<double[]> ray = Certificates.improvingRay(this, data, remaining(options, t0));
                if (ray.isPresent()) {
                    note.append("; no Farkas certificate but an improving ray");
                    return result(ProblemStatus.DUAL_INFEASIBLE, SolutionStatus.CERTIFICATE, SolutionStatus.UNDEFINED, ray.get(), null, null, data, t0, note);
                }
            }
            note.append("; no certificate found");
        }
        return result(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, SolutionStatus.UNDEFINED, null, null, null, data, t0, note);
    }

    private BackendResult unbounded(ModelData data, SolveOptions options, long t0, StringBuilder note) {
        if (Certificates.enabled(options)) {
            Optional<double[]> ray = Certificates.improvingRay(this, data, remaining(options, t0));
            if (ray.isPresent())
                return result(ProblemStatus.DUAL_INFEASIBLE, SolutionStatus.CERTIFICATE, SolutionStatus.UNDEFINED, ray.get(), null, null, data, t0, note);
            Optional<Certificates.Farkas> f = Certificates.farkas(this, data, remaining(options, t0));
            if (f.isPresent()) {
                note.append("; no improving ray but a Farkas certificate");
                return result(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, SolutionStatus.CERTIFICATE, null, f.get().y(), f.get().z(), data, t0, note);
            }
            note.append("; no certificate found");
        }
        return result(ProblemStatus.DUAL_INFEASIBLE, SolutionStatus.UNDEFINED, SolutionStatus.UNDEFINED, null, null, null, data, t0, note);
    }

    private BackendResult limitResult(ProblemStatus status, double[] x, ModelData data, long t0, StringBuilder note) {
        return result(status, feasibility(data, x, note), SolutionStatus.UNDEFINED, x, null, null, data, t0, note);
    }

    /** FEASIBLE only if the point passes {@link PrimalCheck}; a point that does not is kept but marked UNKNOWN. */
    private static SolutionStatus feasibility(ModelData data, double[] x, StringBuilder note) {
        if (x == null) return SolutionStatus.UNDEFINED;
        double v = PrimalCheck.violation(data, x);
        if (v <= FEASIBILITY_TOL) return SolutionStatus.FEASIBLE;
        note.append("; returned point violates the constraints by ").append(v);
        return SolutionStatus.UNKNOWN;
    }

    private BackendResult result(ProblemStatus status, SolutionStatus ps, SolutionStatus ds, double[] x, double[] y, double[] z,
                                 ModelData data, long t0, StringBuilder note) {
        double obj = x != null && ps != SolutionStatus.CERTIFICATE ? data.objective(x) : Double.NaN;
        Info info = new Info(name(), -1, millis(t0), Double.NaN, Double.NaN, Double.NaN, note.toString());
        return new BackendResult(status, ps, ds, x, y, z, obj, info);
    }

    // ---------------------------------------------------------------- model building

    /** The ojAlgo model plus the row each expression stands for. */
    private record Built(ExpressionsBasedModel model, Map<Expression, Integer> rowOf, boolean trivialInfeasible) { }

    private static Built build(ModelData data, SolveOptions options, boolean mip, StringBuilder note) {
        Optimisation.Options o = new Optimisation.Options();
        if (options.hasTimeLimit()) {
            long ms = (long) Math.ceil(Math.min(options.timeLimitSeconds() * 1000, Long.MAX_VALUE / 2.0));
            o.time_abort = Math.max(1, ms);
        }
        o.time_suffice = o.time_abort; // never stop early just because a feasible point exists
        if (options.iterationLimit() != Integer.MAX_VALUE) {
            if (mip) note.append("; iteration limit ignored for MIPs");
            else o.iterations_abort = options.iterationLimit();
        }
        if (options.verbose()) { // progress of every ojAlgo solver involved, to the caller's stream
            o.logger_appender = new BasicLogger.BasicWriter(options.log());
            o.logger_solver = Optimisation.Solver.class;
            o.logger_detailed = false;
        }

        ExpressionsBasedModel model;
        if (mip) {
            model = new ExpressionsBasedModel(o);
        } else {
            Optimisation.Environment env = Optimisation.newEnvironment();
            env.clearPresolvers(); // keep every row an expression of its own, so multipliers map back to rows
            model = env.newModel(o);
        }
        int n = data.numVars();
        Variable[] vars = new Variable[n];
        boolean trivial = false;
        for (int j = 0; j < n; j++) {
            double lb = data.lb()[j], ub = data.ub()[j];
            Variable v = model.newVariable("x" + j);
            v.lower(Double.isFinite(lb) ? (Comparable<?>) lb : null);
            v.upper(Double.isFinite(ub) ? (Comparable<?>) ub : null);
            if (data.integer()[j]) v.integer(true);
            vars[j] = v;
        }
        // objective: one expression of weight 1 holding cᵀx + ½xᵀQx (Q given by its upper triangle)
        Expression obj = model.newExpression("objective").weight(1.0);
        for (int j = 0; j < n; j++) if (data.c()[j] != 0) obj.set(j, data.c()[j]);
        CscMatrix q = data.qUpper();
        for (int j = 0; j < n; j++)
            for (int k = q.colPtr()[j]; k < q.colPtr()[j + 1]; k++) {
                int i = q.rowIdx()[k];
                obj.set(vars[i], vars[j], i == j ? 0.5 * q.values()[k] : q.values()[k]);
            }
        // rows: one expression per linear row with a finite bound
        int m = data.numRows();
        double[] lo = new double[m], hi = new double[m];
        for (ModelData.Block blk : data.blocks())
            for (int k = 0; k < blk.size(); k++) {
                int i = blk.start() + k;
                lo[i] = blk.lo()[k] - data.g()[i];
                hi[i] = blk.hi()[k] - data.g()[i];
            }
        CscMatrix at = data.a().transpose();
        Map<Expression, Integer> rowOf = new IdentityHashMap<>();
        for (int i = 0; i < m; i++) {
            boolean l = Double.isFinite(lo[i]), h = Double.isFinite(hi[i]);
            if (!l && !h) continue;
            int from = at.colPtr()[i], to = at.colPtr()[i + 1];
            if (from == to) { // empty row: 0 must lie within its bounds
                if ((l && lo[i] > 0) || (h && hi[i] < 0)) trivial = true;
                continue;
            }
            Expression e = model.newExpression("r" + i);
            for (int k = from; k < to; k++) e.set(at.rowIdx()[k], at.values()[k]);
            if (l && h && lo[i] == hi[i]) e.level(lo[i]);
            else {
                if (l) e.lower(lo[i]);
                if (h) e.upper(hi[i]);
            }
            rowOf.put(e, i);
        }
        if (trivial) note.append("; an empty row excludes 0, not passed to ojAlgo");
        return new Built(model, rowOf, trivial);
    }

    /** y in the ModelData convention from ojAlgo's matched multipliers; null if ojAlgo gave none. */
    private static double[] rowDuals(ModelData data, Built b, Optimisation.Result res) {
        var duals = res.getDualValues();
        if (duals.isEmpty() && !b.rowOf.isEmpty()) return null;
        double sigma = data.maximize() ? -1 : 1;
        double[] y = new double[data.numRows()];
        for (EntryPair.KeyedPrimitive<EntryPair<ModelEntity<?>, Optimisation.ConstraintType>> kp : duals) {
            ModelEntity<?> entity = kp.getKey().getKey();
            if (!(entity instanceof Expression e)) continue; // variable bounds: recovered from stationarity
            Integer i = b.rowOf.get(e);
            if (i == null) continue;
            double v = kp.doubleValue();
            switch (kp.getKey().getValue()) {
                case LOWER -> y[i] += sigma * v;
                case UPPER, EQUALITY -> y[i] -= sigma * v;
                default -> { return null; } // RANGE is not expected per row side; refuse rather than guess
            }
        }
        return y;
    }

    private static double[] values(Optimisation.Result res, int n) {
        if (res.size() < n) return null;
        double[] x = new double[n];
        for (int j = 0; j < n; j++) x[j] = res.doubleValue(j);
        for (double v : x) if (!Double.isFinite(v)) return null;
        return x;
    }

    /** Options for certificate LPs: {@link Certificates#auxiliaryOptions} within what is left of the time limit. */
    private static SolveOptions remaining(SolveOptions options, long t0) {
        options = Certificates.auxiliaryOptions(options);
        if (!options.hasTimeLimit()) return options;
        double left = options.timeLimitSeconds() - (System.nanoTime() - t0) / 1e9;
        return options.withTimeLimit(Math.max(left, 0.05)); // a small floor: the certificate LPs are tiny
    }

    private static double millis(long t0) { return (System.nanoTime() - t0) / 1e6; }
}
