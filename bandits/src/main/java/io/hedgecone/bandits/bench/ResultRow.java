package io.hedgecone.bandits.bench;

import java.util.Locale;

/**
 * One line of results.csv: one method on one (K, σ_q, n, run) cell.
 *
 * @param trueRegret    max_a φ_aᵀθ* − πᵀΦθ* (the regret under the θ* that generated the data)
 * @param mcVar         posterior Monte-Carlo VaR_δ of regret, with its 95 % CI [mcVarLo, mcVarHi]
 * @param mcMean        posterior Monte-Carlo mean regret
 * @param bound         certified bound on VaR_δ at the policy (NaN when none)
 * @param support       arms with positive probability
 * @param posteriorWidth mean over arms of the posterior sd of φ_aᵀθ
 * @param solveMs       the method's wall time in milliseconds
 */
public record ResultRow(String suite, int arms, double priorSd, int n, int run, String method, double trueRegret, double mcVar,
                        double mcVarLo, double mcVarHi, double mcMean, double bound, int support, double posteriorWidth, double solveMs) {
    public static final String HEADER = "suite,arms,prior_sd,n,run,method,true_regret,mc_var,mc_var_lo,mc_var_hi,mc_mean,bound,support,posterior_width,solve_ms";

    /** The cell this row belongs to (what resuming skips). */
    public String cellKey() { return cellKey(arms, priorSd, n, run); }

    public static String cellKey(int arms, double priorSd, int n, int run) {
        return arms + "|" + format(priorSd) + "|" + n + "|" + run;
    }

    public String toCsv() {
        return String.join(",", suite, Integer.toString(arms), format(priorSd), Integer.toString(n), Integer.toString(run), method,
                format(trueRegret), format(mcVar), format(mcVarLo), format(mcVarHi), format(mcMean),
                Double.isNaN(bound) ? "" : format(bound), Integer.toString(support), format(posteriorWidth), String.format(Locale.ROOT, "%.1f", solveMs));
    }

    public static ResultRow parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 15) throw new IllegalArgumentException("results.csv line has " + f.length + " fields, expected 15: " + line);
        return new ResultRow(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5],
                Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]),
                f[11].isEmpty() ? Double.NaN : Double.parseDouble(f[11]), Integer.parseInt(f[12]), Double.parseDouble(f[13]), Double.parseDouble(f[14]));
    }

    private static String format(double v) { return String.format(Locale.ROOT, "%.10g", v); }
}
