package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.api.Variable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code scenario}: min t s.t. R(π, θ_i) ≤ t for every draw (an LP). With N ≥ (2/δ)(ln(1/β) + k + 1) draws,
 * Calafiore &amp; Campi's theorem gives P[R(π, θ) ≤ t] ≥ 1 − δ with confidence 1 − β; N is that count at
 * β = 10⁻³, capped at {@code optSamples} (the output says when the cap voids the guarantee).
 */
public final class ScenarioLp implements PolicyMethod {
    /** Confidence parameter β of the scenario guarantee. */
    static final double BETA = 1e-3;

    @Override public String name() { return "scenario"; }

    /** Calafiore–Campi sample count for k + 1 decision variables. */
    public static int requiredSamples(int k, double delta) {
        return (int) Math.ceil(2 / delta * (Math.log(1 / BETA) + k + 1));
    }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        int need = requiredSamples(p.arms(), p.delta());
        int n = Math.min(need, o.optSamples());
        SampleSet s = SampleSet.draw(p, n, o.seed());
        ConicRun r = ConicMethods.require(solve(p, s, name()), name());
        List<String> notes = new ArrayList<>(List.of(r.summary(),
                String.format(Locale.ROOT, "scenario: worst regret %.6g over %d draws", r.objective(), n)));
        if (n < need) notes.add("scenario: " + n + " draws < " + need + " needed for the (δ, β=1e-3) guarantee (cap --opt-samples)");
        return new MethodResult(name(), r.policy(), (System.nanoTime() - t0) / 1e6, notes);
    }

    public static ConicRun solve(BanditProblem p, SampleSet s, String what) {
        try (Model m = new Model(what)) {
            Variable pi = SampleLp.simplex(m, p.arms());
            Variable t = m.variable("t", 1, Domain.unbounded());
            m.constraint("worst", SampleLp.tPlusReward(s, t, pi), Domain.greaterThan(s.best()));
            m.objective(ObjectiveSense.MINIMIZE, t);
            Solution sol = m.solve();
            return ConicRun.of(sol, UnionSocp.safeLevel(pi), what);
        }
    }
}
