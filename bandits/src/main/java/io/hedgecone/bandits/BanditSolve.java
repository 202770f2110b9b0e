package io.hedgecone.bandits;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;
import io.hedgecone.bandits.eval.MonteCarloEvaluator;
import io.hedgecone.bandits.eval.RegretEstimate;
import io.hedgecone.bandits.method.MethodOptions;
import io.hedgecone.bandits.method.MethodResult;
import io.hedgecone.bandits.method.PolicyMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs methods on one problem and scores them: the certified bound at each returned policy and Monte-Carlo
 * VaR / mean regret on common draws. Optimization draws (sample-based methods) and evaluation draws come from
 * independent streams of the one seed, so in-sample optimism does not leak into the evaluation.
 */
public final class BanditSolve {
    private BanditSolve() { }

    /**
     * One method's outcome.
     *
     * @param bound the tightest certified upper bound on VaR_δ at the policy (min of U1, U2, U3 and the tight union
     *              bound, recomputed from π), or null when the posterior admits no certificate (samples, or a Beta
     *              posterior with its variance as proxy)
     */
    public record Row(MethodResult result, Double bound, RegretEstimate regret) { }

    /** All rows plus what the caller should print about the bounds. */
    public record Outcome(String instance, double delta, int arms, int dim, List<Row> rows, String boundNote, int samples, long seed) { }

    public static long optimizationSeed(long seed) { return Seeds.mix(seed, 1); }
    public static long evaluationSeed(long seed) { return Seeds.mix(seed, 2); }

    public static Outcome run(BanditProblem p, List<PolicyMethod> methods, MethodOptions options, int samples, long seed) {
        MethodOptions o = options.withSeed(optimizationSeed(seed));
        MonteCarloEvaluator mc = new MonteCarloEvaluator(p, samples, evaluationSeed(seed));
        // The policy-independent part of the evaluation (draws and their best rewards) runs while the methods solve.
        Thread prep = new Thread(mc::prepare, "mc-draws");
        prep.setDaemon(true);
        prep.start();
        List<MethodResult> results = new ArrayList<>();
        for (PolicyMethod m : methods) results.add(m.run(p, o));
        try {
            prep.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the evaluation samples", e);
        }
        List<double[]> policies = results.stream().map(MethodResult::policy).toList();
        List<RegretEstimate> est = mc.evaluate(policies);
        BoundEvaluator ev = new BoundEvaluator(p);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Double bound = p.posterior().certified() ? ev.all(results.get(i).policy()).best() : null;
            rows.add(new Row(results.get(i), bound, est.get(i)));
        }
        return new Outcome(p.name(), p.delta(), p.arms(), p.dim(), rows, p.posterior().boundNote(), samples, seed);
    }
}
