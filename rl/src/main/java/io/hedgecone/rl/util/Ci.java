package io.hedgecone.rl.util;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

import java.util.Locale;

/**
 * A mean with a two-sided confidence interval.
 *
 * @param mean       point estimate
 * @param halfWidth  half the interval's width (NaN when it cannot be computed, e.g. one observation)
 * @param lo         lower end
 * @param hi         upper end
 * @param n          observations behind it
 * @param level      confidence level, e.g. 0.95
 */
public record Ci(double mean, double halfWidth, double lo, double hi, int n, double level) {

    /** Student-t interval of the mean of {@code xs} (independent replications, e.g. seeds or prompts). */
    public static Ci ofMean(double[] xs, double level) {
        int n = xs.length;
        if (n == 0) throw new IllegalArgumentException("no observations");
        double m = Stats.mean(xs);
        if (n == 1) return new Ci(m, Double.NaN, Double.NaN, Double.NaN, 1, level);
        double sd = Stats.sd(xs);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + level / 2);
        double h = t * sd / Math.sqrt(n);
        return new Ci(m, h, m - h, m + h, n, level);
    }

    /** 95 % Student-t interval of the mean. */
    public static Ci ofMean(double[] xs) { return ofMean(xs, 0.95); }

    /** Wilson score interval of a proportion: {@code successes} of {@code n} Bernoulli trials. */
    public static Ci wilson(int successes, int n, double level) {
        if (n <= 0) throw new IllegalArgumentException("no trials");
        if (successes < 0 || successes > n) throw new IllegalArgumentException("successes must be in 0.." + n + ", got " + successes);
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double p = successes / (double) n, z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double h = z * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n)) / (1 + z2n);
        return new Ci(p, h, Math.max(0, centre - h), Math.min(1, centre + h), n, level);
    }

    /** {@code 0.512 ± 0.013} with {@code digits} decimals ({@code ± n/a} without an interval). */
    public String format(int digits) {
        String f = "%." + digits + "f";
        String m = String.format(Locale.ROOT, f, mean);
        if (Double.isNaN(lo)) return m + " ± n/a";
        if (Math.abs((lo + hi) / 2 - mean) > 1e-12 * Math.max(1, Math.abs(mean)))
            return m + " [" + String.format(Locale.ROOT, f, lo) + ", " + String.format(Locale.ROOT, f, hi) + "]";
        return m + " ± " + String.format(Locale.ROOT, f, halfWidth);
    }
}
