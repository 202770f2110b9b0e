package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Constraint-and-column generation over arms for the bound programs. A restricted program has a cone and a π
 * variable only for the arms of a working set S. After each solve, non-member arms join S when their constraint is
 * violated at the returned point (separation) or when their reduced cost is negative (pricing, see
 * {@link PolicyBlock}). When neither happens the restricted solution, extended by zeros, satisfies the full
 * program's optimality conditions, so the full program is solved while only |S| cones are ever built; few arms
 * matter at the optimum (about as many as the policy's support), which is what makes k = 10⁴ arms cheap.
 */
final class ArmGeneration {
    static final int MAX_ROUNDS = 60;
    /** Reduced costs below −PRICE_TOL·max(1, |objective|) count as improving. */
    static final double PRICE_TOL = 1e-7;

    private ArmGeneration() { }

    /**
     * One restricted solve.
     *
     * @param run          the solve
     * @param violation    per arm (k), positive where the arm's omitted constraint is violated; null if no point
     * @param reducedCost  per arm (k), or null when duals are unavailable
     */
    record Round(ConicRun run, double[] violation, double[] reducedCost) { }

    static ConicRun solve(BanditProblem p, WorkingSet ws, Function<int[], Round> restricted) {
        List<String> log = new ArrayList<>();
        Round r = null;
        boolean priced = true;
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            // Batches grow with the working set, so a problem needing many arms takes O(log k) rounds.
            int batch = Math.max(Math.max(10, p.dim()), ws.size() / 2);
            r = restricted.apply(ws.arms());
            log.add(ws.size() + " arms: " + r.run().summary());
            if (!r.run().usable() || r.violation() == null) break;
            int added = ws.addViolated(r.violation(), 0, batch);
            if (r.reducedCost() != null) {
                double tol = PRICE_TOL * Math.max(1, Math.abs(r.run().objective()));
                double[] neg = new double[r.reducedCost().length];
                for (int b = 0; b < neg.length; b++) neg[b] = -r.reducedCost()[b];
                added += ws.addViolated(neg, tol, batch);
            } else {
                priced = false;
            }
            if (added == 0) break;
            if (round == MAX_ROUNDS) log.add("stopped after " + MAX_ROUNDS + " rounds with arms still entering (the bound is recomputed at π, so it stays valid)");
        }
        if (!priced) log.add("no duals for pricing: π was restricted to the working set");
        String summary = log.size() == 1 ? log.get(0)
                : String.format(Locale.ROOT, "%d generation rounds, last: %s", log.size(), String.join("; ", log.subList(Math.max(0, log.size() - 1), log.size())));
        ConicRun last = r.run();
        return new ConicRun(last.policy(), last.objective(), last.status(), last.verified(), summary);
    }
}
