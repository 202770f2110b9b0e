package io.hedgecone.design;

import java.util.Arrays;

/**
 * An experimental-design input: K candidate points z_1..z_K ∈ R^n (rows of {@code points}, K×n), optional
 * per-point costs and an optional required subset.
 *
 * <p><b>Costs</b> c_i &gt; 0 (length K, or null for unit costs): w_i is then the share of a fixed budget spent on
 * candidate i, which buys w_i/c_i trials, so V(w) = Σ_i (w_i/c_i) z_i z_iᵀ. This is the standard design with
 * points z_i/√c_i, and every criterion, leverage and certificate refers to those scaled points.
 *
 * <p><b>Required</b> candidates (0-based indices, or empty) must appear in every rounded k-point selection; the
 * continuous weights are not constrained by them.
 */
public record DesignProblem(double[][] points, double[] costs, int[] required) {
    public DesignProblem {
        if (points == null || points.length == 0) throw new IllegalArgumentException("a design needs at least one candidate point");
        int n = points[0] == null ? 0 : points[0].length;
        if (n == 0) throw new IllegalArgumentException("candidate points must have at least one coordinate");
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != n)
                throw new IllegalArgumentException("candidate " + i + " has " + (points[i] == null ? 0 : points[i].length) + " coordinates, expected " + n);
            for (int j = 0; j < n; j++)
                if (!Double.isFinite(points[i][j])) throw new IllegalArgumentException("candidate " + i + " coordinate " + j + " is " + points[i][j]);
            copy[i] = points[i].clone();
        }
        points = copy;
        if (costs != null) {
            if (costs.length != points.length) throw new IllegalArgumentException(costs.length + " costs for " + points.length + " candidates");
            for (int i = 0; i < costs.length; i++)
                if (!(costs[i] > 0) || !Double.isFinite(costs[i])) throw new IllegalArgumentException("cost of candidate " + i + " must be positive and finite, got " + costs[i]);
            costs = costs.clone();
        }
        required = required == null ? new int[0] : required.clone();
        boolean[] seen = new boolean[points.length];
        for (int i : required) {
            if (i < 0 || i >= points.length) throw new IllegalArgumentException("required candidate " + i + " is out of range [0, " + points.length + ")");
            if (seen[i]) throw new IllegalArgumentException("required candidate " + i + " is listed twice");
            seen[i] = true;
        }
        Arrays.sort(required);
    }

    /** Unit costs, nothing required. */
    public static DesignProblem of(double[][] points) { return new DesignProblem(points, null, null); }

    public DesignProblem withCosts(double... c) { return new DesignProblem(points, c, required); }

    public DesignProblem withRequired(int... r) { return new DesignProblem(points, costs, r); }

    /** K. */
    public int size() { return points.length; }

    /** n. */
    public int dimension() { return points[0].length; }

    @Override public double[][] points() {
        double[][] c = new double[points.length][];
        for (int i = 0; i < c.length; i++) c[i] = points[i].clone();
        return c;
    }

    @Override public double[] costs() { return costs == null ? null : costs.clone(); }

    @Override public int[] required() { return required.clone(); }

    /** z_i/√c_i as a K×n row-major array. */
    double[] scaledRows() {
        int k = points.length, n = dimension();
        double[] z = new double[k * n];
        for (int i = 0; i < k; i++) {
            double s = costs == null ? 1.0 : 1.0 / Math.sqrt(costs[i]);
            for (int j = 0; j < n; j++) z[i * n + j] = s * points[i][j];
        }
        return z;
    }

    @Override public boolean equals(Object o) {
        return o instanceof DesignProblem p && Arrays.deepEquals(points, p.points) && Arrays.equals(costs, p.costs) && Arrays.equals(required, p.required);
    }

    @Override public int hashCode() { return 31 * Arrays.deepHashCode(points) + Arrays.hashCode(required); }

    @Override public String toString() { return "DesignProblem[K=" + points.length + ", n=" + dimension() + (costs == null ? "" : ", costs") + ", required=" + required.length + "]"; }
}
