package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.api.Variable;

import java.util.List;
import java.util.Locale;

/**
 * {@code cvar}: minimizes the empirical CVaR_δ of regret over N posterior draws (Rockafellar–Uryasev LP):
 * min t + Σ_i ξ_i/(δN) s.t. ξ_i ≥ best_i − r_iᵀπ − t, ξ ≥ 0, π ∈ Δ_k. CVaR ≥ VaR, so its value bounds the
 * empirical VaR of its policy.
 */
public final class CvarLp implements PolicyMethod {
    @Override public String name() { return "cvar"; }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        SampleSet s = SampleSet.draw(p, o.optSamples(), o.seed());
        ConicRun r = solve(p, s, name());
        ConicMethods.require(r, name());
        return new MethodResult(name(), r.policy(), (System.nanoTime() - t0) / 1e6,
                List.of(r.summary(), String.format(Locale.ROOT, "cvar: in-sample CVaR %.6g over %d draws", r.objective(), s.size())));
    }

    /** Solves the LP on a given sample set. */
    public static ConicRun solve(BanditProblem p, SampleSet s, String what) {
        int n = s.size();
        try (Model m = new Model(what)) {
            Variable pi = SampleLp.simplex(m, p.arms());
            Variable t = m.variable("t", 1, Domain.unbounded());
            Variable xi = m.variable("xi", n, Domain.greaterThan(0));
            m.constraint("excess", Expr.add(SampleLp.tPlusReward(s, t, pi), xi), Domain.greaterThan(s.best()));
            m.objective(ObjectiveSense.MINIMIZE, Expr.add(t, Expr.mul(1.0 / (p.delta() * n), Expr.sum(xi))));
            Solution sol = m.solve();
            return ConicRun.of(sol, UnionSocp.safeLevel(pi), what);
        }
    }
}
