package io.hedgecone.bandits.method;

/** Tiny numeric helpers for the constraint-generation loops. */
final class BoundMath {
    private BoundMath() { }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) m = Math.max(m, x);
        return m;
    }
}
