package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;
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
 *
 * <p>Constraint generation over arms, as in {@link UnionSocp}: only arms in a working set S enter the sum. Leaving
 * arms out lowers the sum, so the restricted optimum is a lower bound on the full one, and the bound recomputed over
 * all arms at the returned π is an upper bound: the two bracket the full optimum. An omitted arm joins S when its
 * term exp((m_a + s_a²/(2λ) − t)/λ) exceeds {@link #TERM_TOL}. Besides speed this keeps out terms of order
 * e^{−40} and below, which the native solver does not handle (numerical_error on a 50-arm model; see the
 * reproducer in docs/solver-issues/exp-cone-negligible-terms.md): a documented workaround, not a silent one.
 */
final class ChernoffExpCone {
    /** Omitted arms with a sum term below this change t by at most λ·k·TERM_TOL (the bound itself is recomputed over all arms). */
    static final double TERM_TOL = 1e-8;

    private ChernoffExpCone() { }

    static ConicRun solve(BanditProblem p, String what) {
        int k = p.arms();
        BoundEvaluator ev = new BoundEvaluator(p);
        WorkingSet ws = new WorkingSet(k);
        double[] start = Policies.vertex(k, Policies.argmax(p.meanReward()));
        BanditProblem.ArmTerms t0 = p.terms(start);
        double lambda0 = ev.chernoffLambda(t0);
        double[] x0 = exponents(t0, lambda0, Double.NaN);
        // Start small: the arms with the largest terms at the greedy vertex; separation adds the rest where needed.
        ws.addTop(x0, Math.max(20, 2 * p.dim() + 4));
        return ArmGeneration.solve(p, ws, arms -> round(p, arms, what));
    }

    /** (m_a + s_a²/(2λ) − t)/λ for every arm; t = NaN means 0 (only relative values matter then). */
    static double[] exponents(BanditProblem.ArmTerms terms, double lambda, double t) {
        double shift = Double.isNaN(t) ? 0 : t;
        double[] x = new double[terms.m().length];
        for (int a = 0; a < x.length; a++)
            x[a] = (terms.m()[a] + terms.s()[a] * terms.s()[a] / (2 * lambda) - shift) / lambda;
        return x;
    }

    /** Solves the program restricted to {@code arms}. */
    static ArmGeneration.Round round(BanditProblem p, int[] arms, String what) {
        try (Model m = new Model(what)) {
            PolicyBlock b = new PolicyBlock(m, p, arms);
            Variable t = m.variable("t", 1, Domain.unbounded());
            Variable lambda = m.variable("lambda", 1, Domain.greaterThan(0));
            Variable u = m.variable("u", arms.length, Domain.unbounded());
            Variable z = m.variable("z", arms.length, Domain.greaterThan(0));
            double[] g = p.meanReward();
            for (int i = 0; i < arms.length; i++) {
                int a = arms[i];
                m.constraint("rq" + a, Expr.vstack(lambda, u.index(i), b.armDeviation(p, a)), Domain.inRotatedQCone());
                Expr exponent = Expr.sub(u.index(i), b.v).sub(t).add(g[a]);
                m.constraint("exp" + a, Expr.vstack(z.index(i), lambda, exponent), Domain.inPExpCone());
            }
            m.constraint("sum_z", Expr.sub(Expr.sum(z), lambda), Domain.lessThan(0));
            m.objective(ObjectiveSense.MINIMIZE, Expr.add(t, Expr.mul(Math.log(1 / p.delta()), lambda)));
            Solution s = m.solve();
            boolean cert = s.primalStatus() == SolutionStatus.CERTIFICATE;
            ConicRun run = ConicRun.of(s, cert ? null : b.fullPolicy(p.arms()), what);
            double[] lam = run.usable() ? UnionSocp.safeLevel(lambda) : null;
            double[] tt = run.usable() ? UnionSocp.safeLevel(t) : null;
            if (lam == null || tt == null || !(lam[0] > 0)) return new ArmGeneration.Round(run, null, null);
            double[] x = exponents(p.terms(run.policy()), lam[0], tt[0]);
            double[] violation = new double[x.length];
            for (int a = 0; a < x.length; a++) violation[a] = x[a] - Math.log(TERM_TOL);
            return new ArmGeneration.Round(run, violation, b.reducedCosts(p));
        }
    }
}
