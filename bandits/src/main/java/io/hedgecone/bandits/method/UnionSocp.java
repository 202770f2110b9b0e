package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.api.SolutionStatus;
import io.hedgecone.solver.api.Variable;

/**
 * min_π max_a m_a(π) + c_a·s_a(π) as an SOCP: minimize t subject to, for every arm a,
 * (t + v − g_a, c_a·(A_a − y)) ∈ Q^{d+1}. Used by {@code brmob-union} (c_a = z_{1−δ/k}), {@code brmob-ellipsoid}
 * (c_a = ρ) and the tightening step (c_a = z_{1−δ_a}). Every c_a must be nonnegative for convexity. Solved by
 * {@link ArmGeneration} over a working set of arms.
 */
final class UnionSocp {
    /** Omitted arms whose term exceeds t by more than this (relative to max(1, |t|)) are violated. */
    static final double VIOLATION_TOL = 1e-9;

    private UnionSocp() { }

    static ConicRun solve(BanditProblem p, double[] c, String what) {
        for (int a = 0; a < c.length; a++)
            if (!(c[a] >= 0)) throw new IllegalArgumentException("union SOCP needs c_a >= 0, arm " + a + " has " + c[a]);
        int k = p.arms();
        WorkingSet ws = new WorkingSet(k);
        // Start with the arms whose term is largest at the greedy vertex: they carry the regret tail there.
        ws.addTop(terms(p, c, Policies.vertex(k, Policies.argmax(p.meanReward()))), Math.max(20, 2 * p.dim() + 4));
        return ArmGeneration.solve(p, ws, arms -> round(p, c, arms, what));
    }

    /** Solves the program restricted to {@code arms} (all k arms gives the full SOCP). */
    static ArmGeneration.Round round(BanditProblem p, double[] c, int[] arms, String what) {
        try (Model m = new Model(what)) {
            PolicyBlock b = new PolicyBlock(m, p, arms);
            Variable t = m.variable("t", 1, Domain.unbounded());
            double[] g = p.meanReward();
            for (int a : arms) {
                Expr head = Expr.add(t, b.v).add(-g[a]);
                m.constraint("arm" + a, Expr.vstack(head, Expr.mul(c[a], b.armDeviation(p, a))), Domain.inQCone());
            }
            m.objective(ObjectiveSense.MINIMIZE, t);
            Solution s = m.solve();
            ConicRun run = ConicRun.of(s, s.primalStatus() == SolutionStatus.CERTIFICATE ? null : b.fullPolicy(p.arms()), what);
            if (!run.usable()) return new ArmGeneration.Round(run, null, null);
            double[] term = terms(p, c, run.policy());
            double tS = Double.NEGATIVE_INFINITY;
            for (int a : arms) tS = Math.max(tS, term[a]);
            double limit = tS + VIOLATION_TOL * Math.max(1, Math.abs(tS));
            double[] violation = new double[term.length];
            for (int a = 0; a < term.length; a++) violation[a] = term[a] - limit;
            return new ArmGeneration.Round(run, violation, b.reducedCosts(p));
        }
    }

    /** m_a + c_a·s_a at π for every arm. */
    static double[] terms(BanditProblem p, double[] c, double[] pi) {
        BanditProblem.ArmTerms t = p.terms(pi);
        double[] out = new double[p.arms()];
        for (int a = 0; a < out.length; a++) out[a] = t.m()[a] + c[a] * t.s()[a];
        return out;
    }

    static double[] safeLevel(Variable v) {
        try {
            return v.level();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
