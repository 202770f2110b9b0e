package io.hedgecone.bandits.bench;

import io.hedgecone.bandits.eval.Estimate;
import io.hedgecone.bandits.eval.MonteCarloEvaluator;
import io.hedgecone.bandits.eval.OrderStatistics;

import java.util.List;

/**
 * Aggregates of one method over the runs of one (K, σ_q, n) configuration.
 *
 * @param meanRegret     mean true regret with its standard error (se = sd/√runs)
 * @param quantileRegret empirical (1−δ)-quantile of true regret across runs, with its 95 % order-statistic CI
 * @param meanBound      mean certified bound (NaN without bounds)
 * @param boundCoverage  share of runs with bound ≥ the MC VaR point estimate (NaN without bounds); near-exact bounds
 *                       sit below the noisy estimate about half the time, so read it with {@code boundBelowCi}
 * @param boundBelowCi   share of runs whose bound is below the lower end of the MC VaR's 95 % CI (a significant
 *                       violation; at most about 2.5 % by chance for an exact bound)
 */
public record CellSummary(int arms, double priorSd, int n, String method, int runs, double meanRegret, double seRegret,
                          Estimate quantileRegret, double meanMcVar, double meanBound, double boundCoverage, double boundBelowCi, double meanWidth, double meanSolveMs) {

    public static CellSummary of(List<ResultRow> rows, double delta) {
        ResultRow f = rows.get(0);
        int m = rows.size();
        double[] regret = rows.stream().mapToDouble(ResultRow::trueRegret).toArray();
        double mean = 0;
        for (double r : regret) mean += r / m;
        double ss = 0;
        for (double r : regret) ss += (r - mean) * (r - mean);
        double se = m > 1 ? Math.sqrt(ss / (m - 1) / m) : Double.NaN;
        Estimate q = OrderStatistics.quantile(regret.clone(), 1 - delta, MonteCarloEvaluator.ALPHA);
        double var = rows.stream().mapToDouble(ResultRow::mcVar).average().orElse(Double.NaN);
        List<ResultRow> bounded = rows.stream().filter(r -> !Double.isNaN(r.bound())).toList();
        double bound = bounded.isEmpty() ? Double.NaN : bounded.stream().mapToDouble(ResultRow::bound).average().orElse(Double.NaN);
        double cover = bounded.isEmpty() ? Double.NaN : bounded.stream().filter(r -> r.bound() >= r.mcVar()).count() / (double) bounded.size();
        double below = bounded.isEmpty() ? Double.NaN : bounded.stream().filter(r -> r.bound() < r.mcVarLo()).count() / (double) bounded.size();
        double width = rows.stream().mapToDouble(ResultRow::posteriorWidth).average().orElse(Double.NaN);
        double ms = rows.stream().mapToDouble(ResultRow::solveMs).average().orElse(Double.NaN);
        return new CellSummary(f.arms(), f.priorSd(), f.n(), f.method(), m, mean, se, q, var, bound, cover, below, width, ms);
    }
}
