package io.hedgecone.solver.ortools;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.UnsupportedModelException;

import java.util.Arrays;
import java.util.Locale;

/**
 * The MPSolver engines this backend offers, chosen with the option {@code engine} of {@link SolveOptions#params()}.
 *
 * <ul>
 *   <li>{@code glop}: Google's primal/dual simplex; continuous LPs only; the only engine whose duals are returned.</li>
 *   <li>{@code highs}: HiGHS 1.12, LP and MIP; no duals (OR-Tools 9.15 returns row activities from
 *       {@code dualValue()} for HiGHS — measured — so they are not used).</li>
 *   <li>{@code scip}: SCIP 10, LP and MIP; MPSolver treats every SCIP model as a MIP, so no duals.</li>
 *   <li>{@code cpsat}: CP-SAT, pure integer models only, after exact integer scaling (see {@link CpSatScaling}).</li>
 * </ul>
 * Defaults: glop without integer variables, scip with them.
 */
enum Engine {
    GLOP("glop", false),
    HIGHS("highs", true),
    SCIP("scip", true),
    CPSAT("cpsat", true);

    final String key;
    final boolean integers;

    Engine(String key, boolean integers) { this.key = key; this.integers = integers; }

    /** MPSolver.createSolver id; HiGHS has separate LP and MIP ids (the LP one keeps it a continuous solver). */
    String solverId(boolean mip) {
        return switch (this) {
            case GLOP -> "GLOP";
            case HIGHS -> mip ? "HIGHS" : "HIGHS_LP";
            case SCIP -> "SCIP";
            case CPSAT -> "CP_SAT";
        };
    }

    /** Whether MPSolver reports duals for continuous models with this engine that we trust. */
    boolean duals() { return this == GLOP; }

    /** Engine for the auxiliary certificate LPs: the engine itself if it is a continuous LP solver, else GLOP. */
    Engine lpEngine() { return this == HIGHS ? HIGHS : GLOP; }

    /** The engine the options ask for (or the default for {@code data}); refuses combinations it cannot solve. */
    static Engine choose(ModelData data, SolveOptions options) {
        String requested = options.params().get("engine");
        Engine e;
        if (requested == null || requested.isBlank()) e = data.hasIntegers() ? SCIP : GLOP;
        else {
            String k = requested.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            e = Arrays.stream(values()).filter(v -> v.key.equals(k)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "unknown ortools engine '" + requested + "'; known: glop, highs, scip, cpsat"));
        }
        if (data.hasIntegers() && !e.integers)
            throw new UnsupportedModelException("ortools engine '" + e.key + "' cannot solve model '" + data.name()
                    + "': it does not support integer variables (use scip, highs or cpsat)");
        return e;
    }
}
