package io.hedgecone.design.conic;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.Criterion;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.verify.VerificationReport;

/**
 * The conic path: builds the criterion's model ({@link DOptimalModel}, {@link GOptimalModel} on whitened
 * coordinates, where D and G are invariant; {@link AOptimalModel} on the projected ones), solves it with a capable
 * backend and maps the solver's w to a design (negative rounding clipped to 0, then renormalized).
 */
public final class ConicDesign {
    private ConicDesign() { }

    /**
     * Backend choice and options.
     *
     * @param backend     backend name, or null for the first capable one
     * @param dFormulation determinant encoding of the D model
     * @param options     solver options
     */
    public record Settings(String backend, DFormulation dFormulation, SolveOptions options) {
        public static Settings defaults() { return new Settings(null, DFormulation.GEOMEAN_SOC, SolveOptions.defaults()); }
    }

    /** Weights w ∈ Δ_K, the solver's report and remarks. */
    public record Outcome(double[] weights, ConicReport report, java.util.List<String> notes) { }

    /**
     * Tolerance asked of the native backend when the caller sets no backend options. Weights read off an interior
     * point carry the solver's residuals into the recomputed criterion: on K = 200, n = 10 the D objective at the
     * recovered weights was 1.3e-7 (relative) from the optimum at the backend's default 1e-8 and 4e-9 at 1e-10, for
     * one or two more iterations.
     */
    public static final double NATIVE_TOLERANCE = 1e-10;

    /** Builds the model of {@code criterion} for {@code c}. */
    public static DesignModel model(Candidates c, Criterion criterion, DFormulation dFormulation) {
        int k = c.count(), r = c.rank();
        return switch (criterion) {
            case D -> DOptimalModel.build(c.whitened(), k, r, dFormulation);
            case G -> GOptimalModel.build(c.whitened(), k, r);
            case A -> AOptimalModel.build(c.projected(), k, r);
        };
    }

    /**
     * Solves; throws {@link IllegalStateException} when the solver ends without an (almost) optimal solution and
     * {@link io.hedgecone.solver.spi.UnsupportedModelException} when no backend can take the model.
     */
    public static Outcome solve(Candidates c, Criterion criterion, Settings settings) {
        try (DesignModel dm = model(c, criterion, settings.dFormulation())) {
            var data = dm.model().toData();
            SolverBackend backend = ConicBackends.choose(settings.backend(), data);
            SolveOptions options = settings.options();
            if (options.params().isEmpty() && backend.name().equals("native")) {
                String tol = Double.toString(NATIVE_TOLERANCE);
                options = options.withParam("feas_tol", tol).withParam("gap_rel_tol", tol).withParam("gap_abs_tol", tol);
            }
            Solution s = dm.model().solve(backend, options);
            if (s.status() != ProblemStatus.OPTIMAL && s.status() != ProblemStatus.ALMOST_OPTIMAL)
                throw new IllegalStateException("the conic " + criterion + "-optimal design solve ended with status "
                        + s.status().label() + " (backend " + s.info().backend() + ": " + s.info().message() + ")");
            double[] w = s.level(dm.weights());
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(0, w[i]);
                sum += w[i];
            }
            if (!(sum > 0)) throw new IllegalStateException("the conic solve returned all-zero weights");
            for (int i = 0; i < w.length; i++) w[i] /= sum;
            VerificationReport v = s.verify();
            double value = dm.criterionValue(s.objective());
            if (criterion == Criterion.D) value += c.whiteningLogDetOffset();
            java.util.List<String> notes = s.status() == ProblemStatus.ALMOST_OPTIMAL
                    ? java.util.List.of("the conic solver met only its reduced tolerances (status almost_optimal); see the certificate for the accuracy reached")
                    : java.util.List.of();
            return new Outcome(w, new ConicReport(s.info().backend(), s.status().label(), s.info().iterations(), value,
                    v.primalResidualRel(), v.gapRel(), v.summary()), notes);
        }
    }
}
