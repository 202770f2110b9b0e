package io.hedgecone.solver.ipm;

import io.hedgecone.solver.api.Info;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.SolutionStatus;
import io.hedgecone.solver.bridge.CanonicalBridge;
import io.hedgecone.solver.bridge.Canonicalized;
import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.Capabilities;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;

import java.util.EnumSet;
import java.util.Map;

/**
 * The {@code native} backend, default for every model: the model is rewritten into canonical conic form
 * ({@link CanonicalBridge}), solved by {@link ConicSolver}, and mapped back. Options ({@code --param}):
 * {@code feas_tol}, {@code gap_abs_tol}, {@code gap_rel_tol}, {@code max_iter}, {@code threads} (0: one per processor;
 * the answer does not depend on it), {@code infinite_bound} (inequality right-hand sides from which a row is treated
 * as absent; default 1e20, {@code Infinity} keeps every row).
 */
public final class NativeBackend implements SolverBackend {
    private static final Capabilities CAPS = new Capabilities(EnumSet.allOf(BlockKind.class), true, false);

    @Override public String name() { return "native"; }
    @Override public Capabilities capabilities() { return CAPS; }
    @Override public int priority() { return 100; }
    @Override public String description() {
        return "hedgecone's interior-point method (homogeneous embedding; LP, QP, second-order, exponential and power cones)";
    }

    @Override public BackendResult solve(ModelData data, SolveOptions options) {
        long t0 = System.nanoTime();
        Canonicalized can = CanonicalBridge.toConic(data);
        ConicSolution s = ConicSolver.solve(can.problem(), settings(options));
        double ms = (System.nanoTime() - t0) / 1e6;
        SolverStatus st = s.status();
        String msg = st.name().toLowerCase().replace('_', ' ');
        Info info = new Info(name(), s.iterations(), ms, s.primalResidual(), s.dualResidual(), s.gapRel(), msg);
        if (st.isPrimalInfeasible()) {
            double[][] yz = can.farkas(s.z());
            ProblemStatus ps = st == SolverStatus.PRIMAL_INFEASIBLE ? ProblemStatus.PRIMAL_INFEASIBLE : ProblemStatus.ALMOST_PRIMAL_INFEASIBLE;
            return new BackendResult(ps, SolutionStatus.UNDEFINED, SolutionStatus.CERTIFICATE,
                    null, yz[0], yz[1], Double.NaN, info);
        }
        if (st.isDualInfeasible())
            return new BackendResult(st == SolverStatus.DUAL_INFEASIBLE ? ProblemStatus.DUAL_INFEASIBLE : ProblemStatus.ALMOST_DUAL_INFEASIBLE,
                    SolutionStatus.CERTIFICATE, SolutionStatus.UNDEFINED,
                    can.primal(s.x()), null, null, Double.NaN, info);
        double[] x = can.primal(s.x());
        double[][] yz = can.duals(s.z());
        ProblemStatus ps = switch (st) {
            case SOLVED -> ProblemStatus.OPTIMAL;
            case ALMOST_SOLVED -> ProblemStatus.ALMOST_OPTIMAL;
            case MAX_ITERATIONS -> ProblemStatus.ITERATION_LIMIT;
            case MAX_TIME -> ProblemStatus.TIME_LIMIT;
            default -> ProblemStatus.NUMERICAL_ERROR;
        };
        SolutionStatus sol = st == SolverStatus.SOLVED ? SolutionStatus.OPTIMAL
                : st == SolverStatus.ALMOST_SOLVED ? SolutionStatus.NEAR_OPTIMAL : SolutionStatus.UNKNOWN;
        return new BackendResult(ps, sol, sol, x, yz[0], yz[1], data.objective(x), info);
    }

    static Settings settings(SolveOptions o) {
        Settings.Builder b = Settings.defaults().toBuilder().verbose(o.verbose()).out(o.log());
        if (o.hasTimeLimit()) b.timeLimitSeconds(o.timeLimitSeconds());
        if (o.iterationLimit() != Integer.MAX_VALUE) b.maxIterations(o.iterationLimit());
        for (Map.Entry<String, String> e : o.params().entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "feas_tol" -> b.feasTol(number(e));
                case "gap_abs_tol" -> b.gapAbsTol(number(e));
                case "gap_rel_tol" -> b.gapRelTol(number(e));
                case "max_iter" -> b.maxIterations(integer(e));
                case "threads" -> b.threads(integer(e));
                case "infinite_bound" -> b.infiniteBound(number(e));
                default -> throw new IllegalArgumentException("native backend: unknown option '" + e.getKey() + "' (known: feas_tol, gap_abs_tol, gap_rel_tol, max_iter, threads, infinite_bound)");
            }
        }
        return b.build();
    }

    private static int integer(Map.Entry<String, String> e) {
        try {
            return Integer.parseInt(e.getValue().trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("native backend: option '" + e.getKey() + "' needs a whole number, got '" + e.getValue() + "'");
        }
    }

    private static double number(Map.Entry<String, String> e) {
        try {
            return Double.parseDouble(e.getValue());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("native backend: option '" + e.getKey() + "' needs a number, got '" + e.getValue() + "'");
        }
    }
}
