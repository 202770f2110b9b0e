package io.hedgecone.solver.ipm;

import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.linalg.QuasiDefiniteLdl;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Settings of the native interior-point solver. Build with {@link #builder()} (or {@link #defaults()}); every value is
 * validated when {@link Builder#build()} runs and an invalid one is refused with a message that names it.
 *
 * <p>Tolerances are on the original (unscaled) problem: the primal residual is
 * ‖Ax + s − b‖∞ / max(1, ‖b‖∞ + ‖x‖∞ + ‖s‖∞), the dual residual ‖Px + q + Aᵀz‖∞ / max(1, ‖q‖∞ + ‖x‖∞ + ‖z‖∞),
 * the absolute gap max(|pcost − dcost|, sᵀz) and the relative gap |pcost − dcost| / max(1, min(|pcost|, |dcost|)), where the
 * costs include the objective constant.
 *
 * @param feasTol              primal and dual residual tolerance for SOLVED
 * @param gapAbsTol            absolute duality gap tolerance (either gap test suffices)
 * @param gapRelTol            relative duality gap tolerance
 * @param infeasAbsTol         a certificate must have bᵀz (or qᵀx) below −infeasAbsTol
 * @param infeasRelTol         a certificate's violation over its strength on the original data (‖Aᵀy‖/(−bᵀy), or
 *                             max(‖Pd‖, ‖Ad + s‖)/(−qᵀd)) must be below this; checked whenever κ &gt; τ
 * @param reducedFeasTol       residual tolerance of the reduced-accuracy tier (reported as ALMOST_*)
 * @param reducedGapAbsTol     absolute gap tolerance of the reduced tier
 * @param reducedGapRelTol     relative gap tolerance of the reduced tier
 * @param reducedInfeasAbsTol  infeasAbsTol of the reduced tier
 * @param reducedInfeasRelTol  infeasRelTol of the reduced tier
 * @param maxIterations        iteration limit (≥ 0; 0 only evaluates the starting point)
 * @param timeLimitSeconds     wall-clock limit in seconds (positive, may be infinite)
 * @param verbose              print the per-iteration log to {@code out}
 * @param out                  where the log goes
 * @param staticRegConstant    static regularisation ε added as +ε / −ε to the KKT diagonal
 * @param staticRegProportional extra static regularisation proportional to the largest KKT diagonal entry
 * @param dynamicRegEps        pivots with sign·d below this are replaced (dynamic regularisation)
 * @param dynamicRegDelta      the replacement magnitude of a dynamically regularised pivot
 * @param refinementEnabled    iterative refinement against the unregularised KKT matrix
 * @param refinementRelTol     refinement stops when ‖r‖∞ ≤ absTol + relTol·‖rhs‖∞
 * @param refinementAbsTol     see refinementRelTol
 * @param refinementMaxIter    at most this many refinement steps per solve
 * @param refinementStopRatio  refinement stops when a step reduces ‖r‖ by less than this factor
 * @param ruizIterations       Ruiz equilibration passes (0 disables equilibration)
 * @param ruizMinScaling       equilibration factors are kept within [ruizMinScaling, ruizMaxScaling]
 * @param ruizMaxScaling       see ruizMinScaling
 * @param maxStepFraction      fraction of the step to the cone boundary taken, in (0, 1)
 * @param linesearchBacktrack  backtracking factor of the exponential/power cone line search, in (0, 1)
 * @param minSwitchStepLength  below this step, exponential/power cones switch from primal-dual to dual scaling
 * @param minTerminateStepLength below this step the solver stops for lack of progress
 * @param ldlFactory           analyses the KKT pattern and returns the LDLᵀ that factors it
 * @param coneElimination      eliminate many small second-order cones that share their columns onto the x block
 *                             of the KKT system (a smaller factorization; see the package documentation)
 * @param threads              threads for the long per-cone and matrix loops (0: one per processor, at most
 *                             {@link io.hedgecone.solver.linalg.Parallel#CHUNKS}); the result does not depend on it
 * @param infiniteBound        inequality rows aᵢᵀx ≤ bᵢ with bᵢ at least this are treated as absent ("no bound":
 *                             bounds of 1e20 and more; see {@link InfiniteRows}); positive, may be infinite (none)
 */
public record Settings(
        double feasTol, double gapAbsTol, double gapRelTol, double infeasAbsTol, double infeasRelTol,
        double reducedFeasTol, double reducedGapAbsTol, double reducedGapRelTol,
        double reducedInfeasAbsTol, double reducedInfeasRelTol,
        int maxIterations, double timeLimitSeconds, boolean verbose, PrintStream out,
        double staticRegConstant, double staticRegProportional, double dynamicRegEps, double dynamicRegDelta,
        boolean refinementEnabled, double refinementRelTol, double refinementAbsTol, int refinementMaxIter,
        double refinementStopRatio,
        int ruizIterations, double ruizMinScaling, double ruizMaxScaling,
        double maxStepFraction, double linesearchBacktrack, double minSwitchStepLength, double minTerminateStepLength,
        LdlFactory ldlFactory, boolean coneElimination, int threads, double infiniteBound) {

    /** Creates the sparse LDLᵀ for an analysed KKT upper-triangle pattern. */
    @FunctionalInterface
    public interface LdlFactory {
        QuasiDefiniteLdl analyze(CscMatrix upperPattern);

        /**
         * As {@link #analyze(CscMatrix)}, with a hint: the indices i with {@code groupOf[i] = g ≥ 0} form blocks
         * (the rows of one cone) that a fill-reducing ordering may eliminate together. Ignored by default.
         */
        default QuasiDefiniteLdl analyze(CscMatrix upperPattern, int[] groupOf) { return analyze(upperPattern); }
    }

    public Settings {
        positive("feasTol", feasTol);
        positive("gapAbsTol", gapAbsTol);
        positive("gapRelTol", gapRelTol);
        positive("infeasAbsTol", infeasAbsTol);
        positive("infeasRelTol", infeasRelTol);
        positive("reducedFeasTol", reducedFeasTol);
        positive("reducedGapAbsTol", reducedGapAbsTol);
        positive("reducedGapRelTol", reducedGapRelTol);
        positive("reducedInfeasAbsTol", reducedInfeasAbsTol);
        positive("reducedInfeasRelTol", reducedInfeasRelTol);
        if (reducedFeasTol < feasTol)
            throw new IllegalArgumentException("reducedFeasTol (" + reducedFeasTol + ") must be >= feasTol (" + feasTol + ")");
        if (reducedGapAbsTol < gapAbsTol)
            throw new IllegalArgumentException("reducedGapAbsTol (" + reducedGapAbsTol + ") must be >= gapAbsTol (" + gapAbsTol + ")");
        if (reducedGapRelTol < gapRelTol)
            throw new IllegalArgumentException("reducedGapRelTol (" + reducedGapRelTol + ") must be >= gapRelTol (" + gapRelTol + ")");
        if (maxIterations < 0) throw new IllegalArgumentException("maxIterations must be >= 0, got " + maxIterations);
        if (!(timeLimitSeconds > 0))
            throw new IllegalArgumentException("timeLimitSeconds must be positive (use Double.POSITIVE_INFINITY for none), got " + timeLimitSeconds);
        Objects.requireNonNull(out, "out (the log stream) must not be null");
        nonNegative("staticRegConstant", staticRegConstant);
        nonNegative("staticRegProportional", staticRegProportional);
        nonNegative("dynamicRegEps", dynamicRegEps);
        positive("dynamicRegDelta", dynamicRegDelta);
        nonNegative("refinementRelTol", refinementRelTol);
        nonNegative("refinementAbsTol", refinementAbsTol);
        if (refinementMaxIter < 0) throw new IllegalArgumentException("refinementMaxIter must be >= 0, got " + refinementMaxIter);
        if (!(refinementStopRatio >= 1))
            throw new IllegalArgumentException("refinementStopRatio must be >= 1, got " + refinementStopRatio);
        if (ruizIterations < 0) throw new IllegalArgumentException("ruizIterations must be >= 0, got " + ruizIterations);
        positive("ruizMinScaling", ruizMinScaling);
        positive("ruizMaxScaling", ruizMaxScaling);
        if (!(ruizMinScaling <= 1 && ruizMaxScaling >= 1))
            throw new IllegalArgumentException("need ruizMinScaling <= 1 <= ruizMaxScaling, got [" + ruizMinScaling + ", " + ruizMaxScaling + "]");
        openUnit("maxStepFraction", maxStepFraction, true);
        openUnit("linesearchBacktrack", linesearchBacktrack, false);
        openUnit("minSwitchStepLength", minSwitchStepLength, false);
        openUnit("minTerminateStepLength", minTerminateStepLength, false);
        Objects.requireNonNull(ldlFactory, "ldlFactory must not be null");
        if (threads < 0) throw new IllegalArgumentException("threads must be >= 0 (0: one per processor), got " + threads);
        if (!(infiniteBound > 0))
            throw new IllegalArgumentException("infiniteBound must be positive (Double.POSITIVE_INFINITY: keep every row), got " + infiniteBound);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " must be positive and finite, got " + v);
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " must be >= 0 and finite, got " + v);
    }

    private static void openUnit(String name, double v, boolean oneAllowed) {
        if (!(v > 0 && (oneAllowed ? v <= 1 : v < 1)))
            throw new IllegalArgumentException(name + " must lie in (0, 1" + (oneAllowed ? "]" : ")") + ", got " + v);
    }

    /** The default settings. */
    public static Settings defaults() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** A builder initialised with these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.feasTol = feasTol; b.gapAbsTol = gapAbsTol; b.gapRelTol = gapRelTol;
        b.infeasAbsTol = infeasAbsTol; b.infeasRelTol = infeasRelTol;
        b.reducedFeasTol = reducedFeasTol; b.reducedGapAbsTol = reducedGapAbsTol; b.reducedGapRelTol = reducedGapRelTol;
        b.reducedInfeasAbsTol = reducedInfeasAbsTol; b.reducedInfeasRelTol = reducedInfeasRelTol;
        b.maxIterations = maxIterations; b.timeLimitSeconds = timeLimitSeconds; b.verbose = verbose; b.out = out;
        b.staticRegConstant = staticRegConstant; b.staticRegProportional = staticRegProportional;
        b.dynamicRegEps = dynamicRegEps; b.dynamicRegDelta = dynamicRegDelta;
        b.refinementEnabled = refinementEnabled; b.refinementRelTol = refinementRelTol; b.refinementAbsTol = refinementAbsTol;
        b.refinementMaxIter = refinementMaxIter; b.refinementStopRatio = refinementStopRatio;
        b.ruizIterations = ruizIterations; b.ruizMinScaling = ruizMinScaling; b.ruizMaxScaling = ruizMaxScaling;
        b.maxStepFraction = maxStepFraction; b.linesearchBacktrack = linesearchBacktrack;
        b.minSwitchStepLength = minSwitchStepLength; b.minTerminateStepLength = minTerminateStepLength;
        b.ldlFactory = ldlFactory;
        b.coneElimination = coneElimination;
        b.threads = threads;
        b.infiniteBound = infiniteBound;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private double feasTol = 1e-8, gapAbsTol = 1e-8, gapRelTol = 1e-8;
        private double infeasAbsTol = 1e-8, infeasRelTol = 1e-7;
        private double reducedFeasTol = 1e-5, reducedGapAbsTol = 5e-5, reducedGapRelTol = 5e-5;
        private double reducedInfeasAbsTol = 5e-12, reducedInfeasRelTol = 5e-5;
        private int maxIterations = 200;
        private double timeLimitSeconds = Double.POSITIVE_INFINITY;
        private boolean verbose = false;
        private PrintStream out = System.out;
        private double staticRegConstant = 1e-8, staticRegProportional = 0x1p-104; // eps²
        private double dynamicRegEps = 1e-13, dynamicRegDelta = 2e-7;
        private boolean refinementEnabled = true;
        private double refinementRelTol = 1e-13, refinementAbsTol = 1e-12;
        private int refinementMaxIter = 10;
        private double refinementStopRatio = 5;
        private int ruizIterations = 10;
        private double ruizMinScaling = 1e-4, ruizMaxScaling = 1e4;
        private double maxStepFraction = 0.99, linesearchBacktrack = 0.8;
        private double minSwitchStepLength = 0.1, minTerminateStepLength = 1e-4;
        private LdlFactory ldlFactory = KktSolver.DEFAULT_LDL;
        private boolean coneElimination = true;
        private int threads = 0;
        private double infiniteBound = 1e20;

        private Builder() { }

        public Builder feasTol(double v) { feasTol = v; return this; }
        public Builder gapAbsTol(double v) { gapAbsTol = v; return this; }
        public Builder gapRelTol(double v) { gapRelTol = v; return this; }
        public Builder infeasAbsTol(double v) { infeasAbsTol = v; return this; }
        public Builder infeasRelTol(double v) { infeasRelTol = v; return this; }
        public Builder reducedFeasTol(double v) { reducedFeasTol = v; return this; }
        public Builder reducedGapAbsTol(double v) { reducedGapAbsTol = v; return this; }
        public Builder reducedGapRelTol(double v) { reducedGapRelTol = v; return this; }
        public Builder reducedInfeasAbsTol(double v) { reducedInfeasAbsTol = v; return this; }
        public Builder reducedInfeasRelTol(double v) { reducedInfeasRelTol = v; return this; }
        public Builder maxIterations(int v) { maxIterations = v; return this; }
        public Builder timeLimitSeconds(double v) { timeLimitSeconds = v; return this; }
        public Builder verbose(boolean v) { verbose = v; return this; }
        public Builder out(PrintStream v) { out = v; return this; }
        public Builder staticRegConstant(double v) { staticRegConstant = v; return this; }
        public Builder staticRegProportional(double v) { staticRegProportional = v; return this; }
        public Builder dynamicRegEps(double v) { dynamicRegEps = v; return this; }
        public Builder dynamicRegDelta(double v) { dynamicRegDelta = v; return this; }
        public Builder refinementEnabled(boolean v) { refinementEnabled = v; return this; }
        public Builder refinementRelTol(double v) { refinementRelTol = v; return this; }
        public Builder refinementAbsTol(double v) { refinementAbsTol = v; return this; }
        public Builder refinementMaxIter(int v) { refinementMaxIter = v; return this; }
        public Builder refinementStopRatio(double v) { refinementStopRatio = v; return this; }
        public Builder ruizIterations(int v) { ruizIterations = v; return this; }
        public Builder ruizMinScaling(double v) { ruizMinScaling = v; return this; }
        public Builder ruizMaxScaling(double v) { ruizMaxScaling = v; return this; }
        public Builder maxStepFraction(double v) { maxStepFraction = v; return this; }
        public Builder linesearchBacktrack(double v) { linesearchBacktrack = v; return this; }
        public Builder minSwitchStepLength(double v) { minSwitchStepLength = v; return this; }
        public Builder minTerminateStepLength(double v) { minTerminateStepLength = v; return this; }
        public Builder ldlFactory(LdlFactory v) { ldlFactory = v; return this; }
        public Builder coneElimination(boolean v) { coneElimination = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder infiniteBound(double v) { infiniteBound = v; return this; }

        /** Validates and builds; throws {@link IllegalArgumentException} naming the first invalid setting. */
        public Settings build() {
            return new Settings(feasTol, gapAbsTol, gapRelTol, infeasAbsTol, infeasRelTol,
                    reducedFeasTol, reducedGapAbsTol, reducedGapRelTol, reducedInfeasAbsTol, reducedInfeasRelTol,
                    maxIterations, timeLimitSeconds, verbose, out,
                    staticRegConstant, staticRegProportional, dynamicRegEps, dynamicRegDelta,
                    refinementEnabled, refinementRelTol, refinementAbsTol, refinementMaxIter, refinementStopRatio,
                    ruizIterations, ruizMinScaling, ruizMaxScaling,
                    maxStepFraction, linesearchBacktrack, minSwitchStepLength, minTerminateStepLength, ldlFactory,
                    coneElimination, threads, infiniteBound);
        }
    }
}
