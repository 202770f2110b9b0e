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
 * min_π U2(π) as an exponential-cone program (digest §3.2), MOSEK cone order:
 * <pre>
 *   min t + λ ln(1/δ)
 *   (λ, u_a, A_a − y) ∈ Q_r^{d+2}          ⇒ u_a ≥ s_a²/(2λ)
 *   (z_a, λ, g_a − v + u_a − t) ∈ K_exp    ⇒ z_a ≥ λ exp((m_a + u_a − t)/λ)
 *   Σ_a z_a ≤ λ
 * </pre>
 * so that t ≥ λ ln Σ_a exp(m_a/λ + s_a²/(2λ²)) at the optimum.
 */
final class ChernoffExpCone {
    private ChernoffExpCone() { }

    static ConicRun solve(BanditProblem p, String what) {
        int k = p.arms();
        try (Model m = new Model(what)) {
            PolicyBlock b = new PolicyBlock(m, p);
            Variable t = m.variable("t", 1, Domain.unbounded());
            Variable lambda = m.variable("lambda", 1, Domain.greaterThan(0));
            Variable u = m.variable("u", k, Domain.unbounded());
            Variable z = m.variable("z", k, Domain.greaterThan(0));
            double[] g = p.meanReward();
            for (int a = 0; a < k; a++) {
                m.constraint("rq" + a, Expr.vstack(lambda, u.index(a), b.armDeviation(p, a)), Domain.inRotatedQCone());
                Expr exponent = Expr.sub(u.index(a), b.v).sub(t).add(g[a]);
                m.constraint("exp" + a, Expr.vstack(z.index(a), lambda, exponent), Domain.inPExpCone());
            }
            m.constraint("sum_z", Expr.sub(Expr.sum(z), lambda), Domain.lessThan(0));
            m.objective(ObjectiveSense.MINIMIZE, Expr.add(t, Expr.mul(Math.log(1 / p.delta()), lambda)));
            Solution s = m.solve();
            return ConicRun.of(s, s.primalStatus() == SolutionStatus.CERTIFICATE ? null : UnionSocp.safeLevel(b.pi), what);
        }
    }
}
