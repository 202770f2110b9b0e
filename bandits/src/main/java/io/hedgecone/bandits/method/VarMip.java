package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.api.Variable;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;
import io.hedgecone.solver.verify.VerificationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * {@code var-mip}: minimizes the empirical VaR_δ of regret over N draws exactly, as a MIP with one binary b_i per
 * draw (b_i = 1 lets draw i exceed t):
 * <pre>
 *   min t  s.t.  t + r_iᵀπ + B_i·b_i ≥ best_i,  Σ_i b_i ≤ ⌊δN⌋,  t ≥ 0,  π ∈ Δ_k,  b ∈ {0,1}^N
 * </pre>
 * with B_i = best_i − min_a r_ia ≥ R(π, θ_i) for every π (valid because t ≥ 0). Solved by OR-Tools (SCIP or
 * CP-SAT) under a time limit; when optimality is not proved the output reports the gap.
 */
public final class VarMip implements PolicyMethod {
    public static final String BACKEND = "ortools";

    @Override public String name() { return "var-mip"; }

    /** True when the OR-Tools backend is on the class path and usable. */
    public static boolean available() {
        try {
            return SolverRegistry.get(BACKEND).available();
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        SolverBackend backend;
        try {
            backend = SolverRegistry.get(BACKEND);
        } catch (NoSuchElementException e) {
            throw new NoSuchElementException("var-mip needs the '" + BACKEND + "' solver backend, which is not on the class path");
        }
        SampleSet s = SampleSet.draw(p, o.mipSamples(), o.seed());
        int n = s.size(), k = p.arms();
        int allowed = (int) Math.floor(p.delta() * n);
        double[] bigM = new double[n];
        for (int i = 0; i < n; i++) {
            double min = Double.POSITIVE_INFINITY;
            for (double r : s.rewards()[i]) min = Math.min(min, r);
            bigM[i] = s.best()[i] - min;
        }
        try (Model m = new Model(name())) {
            Variable pi = SampleLp.simplex(m, k);
            Variable t = m.variable("t", 1, Domain.greaterThan(0));
            Variable b = m.variable("b", n, Domain.binary());
            m.constraint("cover", Expr.add(SampleLp.tPlusReward(s, t, pi), Expr.mulElm(bigM, b)), Domain.greaterThan(s.best()));
            m.constraint("budget", Expr.sum(b), Domain.lessThan(allowed));
            m.objective(ObjectiveSense.MINIMIZE, t);
            SolveOptions opts = SolveOptions.defaults().withTimeLimit(o.mipTimeLimit()).withParam("engine", o.mipEngine());
            Solution sol = m.solve(backend, opts);
            boolean hasPoint = sol.status() == ProblemStatus.OPTIMAL || sol.status() == ProblemStatus.TIME_LIMIT
                    || sol.status() == ProblemStatus.ALMOST_OPTIMAL;
            double[] raw = hasPoint ? UnionSocp.safeLevel(pi) : null;
            if (raw == null) throw new IllegalStateException("var-mip: no feasible point (" + sol.status().label() + ", " + sol.info().message() + ")");
            double[] policy = Policies.project(raw);
            VerificationReport rep = sol.verify();
            List<String> notes = new ArrayList<>();
            notes.add(String.format(Locale.ROOT, "var-mip: %s via %s/%s, %d draws, in-sample VaR %.6g, gap %s, %.0f ms; verify: %s",
                    sol.status().label(), sol.info().backend(), o.mipEngine(), n, sol.objective(),
                    Double.isNaN(sol.info().gap()) ? "n/a" : String.format(Locale.ROOT, "%.2g", sol.info().gap()),
                    sol.info().solveMillis(), rep.summary()));
            if (sol.status() != ProblemStatus.OPTIMAL)
                notes.add("var-mip: optimality not proved within " + o.mipTimeLimit() + " s; the policy is the incumbent");
            return new MethodResult(name(), policy, (System.nanoTime() - t0) / 1e6, notes);
        }
    }
}
