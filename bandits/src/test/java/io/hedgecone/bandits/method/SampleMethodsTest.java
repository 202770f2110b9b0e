package io.hedgecone.bandits.method;

import io.hedgecone.bandits.TestProblems;
import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;
import io.hedgecone.bandits.eval.MonteCarloEvaluator;
import io.hedgecone.bandits.eval.RegretEstimate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SampleMethodsTest {
    // Sample-based LP optima and empirical risk measures on the same draws are compared with a 1e-7 slack:
    // the LPs are verified to relative gap 1e-6 on objectives of order 1, well below any real ordering violation.
    static final double SLACK = 1e-6;

    @Test void scenarioDominatesCvarDominatesEmpiricalVarOnTheSameDraws() {
        BanditProblem p = TestProblems.linear(6, 3, 1.0, 0.1, 31);
        SampleSet s = SampleSet.draw(p, 300, 99);
        ConicRun cvar = CvarLp.solve(p, s, "cvar");
        ConicRun scen = ScenarioLp.solve(p, s, "scenario");
        assertTrue(cvar.verified() && scen.verified(), cvar.summary() + " / " + scen.summary());
        // For every π: VaR_N(π) ≤ CVaR_N(π) ≤ max_i R_i(π); minimizing preserves the order of the optima.
        assertTrue(scen.objective() >= cvar.objective() - SLACK);
        assertTrue(cvar.objective() >= s.empiricalVar(cvar.policy(), p.delta()) - SLACK);
        assertEquals(s.empiricalCvar(cvar.policy(), p.delta()), cvar.objective(), SLACK * 10);
        double worst = 0;
        for (double r : s.regret(scen.policy())) worst = Math.max(worst, r);
        assertEquals(worst, scen.objective(), SLACK * 10);
    }

    @Test void conicBoundsDominateTheTrueVarAndTheCvarProgram() {
        // Theory: U(π) ≥ VaR_δ(π) for every π, and the posterior CVaR_δ ≥ VaR_δ. With N = 20,000 evaluation draws,
        // the certified bound of brmob's policy must sit above the lower end of its MC VaR CI, and the brmob bound
        // cannot be beaten by the bound at the cvar policy (brmob minimizes over Δ_k a bound that the cvar policy also has).
        BanditProblem p = TestProblems.linear(8, 3, 1.0, 0.1, 41);
        MethodOptions o = MethodOptions.defaults(5);
        MethodResult brmob = new Brmob().run(p, o);
        MethodResult cvar = new CvarLp().run(p, o);
        BoundEvaluator ev = new BoundEvaluator(p);
        List<RegretEstimate> est = new MonteCarloEvaluator(p, 20_000, 6).evaluate(List.of(brmob.policy(), cvar.policy()));
        double bb = ev.all(brmob.policy()).best();
        assertTrue(bb >= est.get(0).var().lo(), bb + " vs " + est.get(0).var());
        assertTrue(ev.all(cvar.policy()).best() >= est.get(1).var().lo());
        assertTrue(bb <= ev.union(cvar.policy()) + SLACK);
    }

    @Test void varMipIsTheExactEmpiricalVarAndBelowCvar() {
        Assumptions.assumeTrue(VarMip.available(), "the ortools backend is not on the class path yet (branch backends)");
        BanditProblem p = TestProblems.linear(4, 2, 1.0, 0.1, 51);
        MethodOptions o = new MethodOptions(3, 1000, 60, 20, "scip", "z");
        MethodResult mip = new VarMip().run(p, o);
        SampleSet s = SampleSet.draw(p, 60, 3);
        // The MIP's π attains the minimum empirical VaR over the same 60 draws: no LP policy does better.
        double mipVar = s.empiricalVar(mip.policy(), p.delta());
        ConicRun cvar = CvarLp.solve(p, s, "cvar");
        assertTrue(mipVar <= s.empiricalVar(cvar.policy(), p.delta()) + SLACK);
        assertTrue(mipVar <= cvar.objective() + SLACK);
    }
}
