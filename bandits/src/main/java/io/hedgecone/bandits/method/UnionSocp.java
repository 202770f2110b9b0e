package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.api.Variable;

/**
 * min_π max_a m_a(π) + c_a·s_a(π) as an SOCP: minimize t subject to, for every arm a,
 * (t + v − g_a, c_a·(A_a − y)) ∈ Q^{d+1}. Used by {@code brmob-union} (c_a = z_{1−δ/k}), {@code brmob-ellipsoid}
 * (c_a = ρ) and the tightening step (c_a = z_{1−δ_a}). Every c_a must be nonnegative for convexity.
 */
final class UnionSocp {
    private UnionSocp() { }

    static ConicRun solve(BanditProblem p, double[] c, String what) {
        try (Model m = new Model(what)) {
            PolicyBlock b = new PolicyBlock(m, p);
            Variable t = m.variable("t", 1, Domain.unbounded());
            double[] g = p.meanReward();
            for (int a = 0; a < p.arms(); a++) {
                if (!(c[a] >= 0)) throw new IllegalArgumentException("union SOCP needs c_a >= 0, arm " + a + " has " + c[a]);
                Expr head = Expr.add(t, b.v).add(-g[a]);
                m.constraint("arm" + a, Expr.vstack(head, Expr.mul(c[a], b.armDeviation(p, a))), Domain.inQCone());
            }
            m.objective(ObjectiveSense.MINIMIZE, t);
            Solution s = m.solve();
            return ConicRun.of(s, s.primalStatus() == io.hedgecone.solver.api.SolutionStatus.CERTIFICATE ? null : safeLevel(b.pi), what);
        }
    }

    static double[] safeLevel(Variable v) {
        try {
            return v.level();
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
