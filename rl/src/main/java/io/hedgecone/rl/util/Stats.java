package io.hedgecone.rl.util;

/** Means and standard deviations of plain arrays. */
public final class Stats {
    private Stats() {}

    public static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s / xs.length;
    }

    /** Sample standard deviation (n − 1 in the denominator); 0 for fewer than two values. */
    public static double sd(double[] xs) {
        if (xs.length < 2) return 0;
        double m = mean(xs), s = 0;
        for (double x : xs) s += (x - m) * (x - m);
        return Math.sqrt(s / (xs.length - 1));
    }
}
