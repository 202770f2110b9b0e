package io.hedgecone.bandits.bench;

import io.hedgecone.bandits.BanditSolve;
import io.hedgecone.bandits.Seeds;
import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;
import io.hedgecone.bandits.eval.MonteCarloEvaluator;
import io.hedgecone.bandits.eval.RegretEstimate;
import io.hedgecone.bandits.instance.BanditInstance;
import io.hedgecone.bandits.instance.InstanceGenerator;
import io.hedgecone.bandits.method.MethodOptions;
import io.hedgecone.bandits.method.MethodResult;
import io.hedgecone.bandits.method.Methods;
import io.hedgecone.bandits.method.PolicyMethod;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Runs a {@link Suite} cell by cell, appending to results.csv. Cells whose methods are all in the file already are
 * skipped, so rerunning after an interruption resumes; every cell's randomness comes from
 * {@link Seeds#mix} of the suite seed and the cell's coordinates, so a resumed run writes the same numbers as an
 * uninterrupted one.
 */
public final class BenchRunner {
    /** Progress callbacks (the CLI draws a progress bar). */
    public interface Progress {
        void start(int totalCells, int alreadyDone);
        void cellDone(String label);
    }

    private BenchRunner() { }

    public static void run(Suite s, ResultsFile out, Progress progress) throws IOException {
        out.repair();
        Map<String, Set<String>> done = new HashMap<>();
        for (ResultRow r : out.read()) done.computeIfAbsent(r.cellKey(), x -> new HashSet<>()).add(r.method());
        List<PolicyMethod> methods = Methods.parse(s.methods());
        int already = 0;
        for (int k : s.arms()) for (double sq : s.priorSd()) for (int run = 0; run < s.runs(); run++) for (int n : s.n())
            if (missing(done, ResultRow.cellKey(k, sq, n, run), methods).isEmpty()) already++;
        progress.start(s.cells(), already);
        for (int ki = 0; ki < s.arms().size(); ki++) {
            int k = s.arms().get(ki);
            for (int si = 0; si < s.priorSd().size(); si++) {
                double sq = s.priorSd().get(si);
                for (int run = 0; run < s.runs(); run++) {
                    InstanceGenerator.Logged log = null;
                    for (int n : s.n()) {
                        String key = ResultRow.cellKey(k, sq, n, run);
                        List<PolicyMethod> todo = missing(done, key, methods);
                        if (todo.isEmpty()) continue;
                        if (log == null) log = generate(s, ki, si, run);
                        out.append(cell(s, log, k, sq, n, run, todo));
                        progress.cellDone(String.format("K=%d sq=%s n=%d run=%d", k, sq, n, run));
                    }
                }
            }
        }
    }

    private static List<PolicyMethod> missing(Map<String, Set<String>> done, String key, List<PolicyMethod> methods) {
        Set<String> have = done.getOrDefault(key, Set.of());
        return methods.stream().filter(m -> !have.contains(m.name())).toList();
    }

    /** Features, θ* and a log of max(n) rounds for one (K, σ_q, run); independent of the n values run. */
    static InstanceGenerator.Logged generate(Suite s, int ki, int si, int run) {
        int k = s.arms().get(ki);
        SplittableRandom rng = new SplittableRandom(Seeds.mix(s.seed(), ki, si, run));
        int d = s.multiArmed() ? k : s.dim();
        double[][] features = s.multiArmed() ? null : InstanceGenerator.uniformFeatures(k, d, rng);
        return InstanceGenerator.logged(s.name(), s.delta(), features, d, s.priorSd().get(si), s.noiseSd(), s.maxN(), rng);
    }

    static List<ResultRow> cell(Suite s, InstanceGenerator.Logged log, int k, double sq, int n, int run, List<PolicyMethod> methods) {
        BanditInstance in = log.instance(n);
        BanditProblem p = BanditProblem.of(in, s.delta());
        long seed = Seeds.mix(s.seed(), k, Double.doubleToLongBits(sq), n, run, 7);
        MethodOptions o = MethodOptions.defaults(BanditSolve.optimizationSeed(seed)).withAlpha(s.alpha());
        List<MethodResult> results = new ArrayList<>();
        for (PolicyMethod m : methods) results.add(m.run(p, o));
        List<RegretEstimate> est = new MonteCarloEvaluator(p, s.evalSamples(), BanditSolve.evaluationSeed(seed))
                .evaluate(results.stream().map(MethodResult::policy).toList());
        BoundEvaluator ev = new BoundEvaluator(p);
        double[] trueReward = log.features() == null ? log.thetaStar() : io.hedgecone.bandits.linalg.Dense.mul(log.features(), log.thetaStar());
        double best = Double.NEGATIVE_INFINITY;
        for (double r : trueReward) best = Math.max(best, r);
        double width = 0;
        for (double sd : p.posterior().armSd(p.features())) width += sd / p.arms();
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            MethodResult r = results.get(i);
            double value = 0;
            for (int a = 0; a < k; a++) value += r.policy()[a] * trueReward[a];
            RegretEstimate e = est.get(i);
            double bound = p.posterior().certified() ? ev.all(r.policy()).best() : Double.NaN;
            rows.add(new ResultRow(s.name(), k, sq, n, run, r.method(), best - value, e.var().estimate(), e.var().lo(), e.var().hi(),
                    e.mean().estimate(), bound, r.support(), width, r.solveMillis()));
        }
        return rows;
    }
}
