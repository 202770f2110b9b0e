package io.hedgecone.design.conic;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.Variable;

/**
 * t ≤ (x_0·…·x_{n−1})^{1/n}, x ≥ 0, with rotated second-order cones only: pad the n entries to m = 2^L with copies
 * of t (then t^m ≤ Π x·t^{m−n} ⇔ t^n ≤ Π x) and build a binary tree whose node s over children (a, b) satisfies
 * s² ≤ a·b, i.e. (a, b/2, s) in the rotated cone; the root is t. m − 2 auxiliary variables, m − 1 cones.
 */
final class GeometricMean {
    private final int n, m;
    private final Variable aux; // null when m ≤ 2

    private GeometricMean(int n, int m, Variable aux) {
        this.n = n;
        this.m = m;
        this.aux = aux;
    }

    /** Adds the constraints to {@code model} for {@code x} (size n ≥ 1) and scalar {@code t}. */
    static GeometricMean atMost(Model model, Variable t, Expr x) {
        int n = x.size();
        if (n == 1) {
            model.constraint("geomean_leaf", Expr.sub(x, t), Domain.greaterThan(0.0));
            return new GeometricMean(1, 1, null);
        }
        int m = Integer.highestOneBit(n - 1) << 1;
        Variable aux = m > 2 ? model.variable("geomean_node", m - 2, Domain.unbounded()) : null;
        Expr[] level = new Expr[m];
        for (int i = 0; i < m; i++) level[i] = i < n ? x.index(i) : t.toExpr();
        int next = 0, depth = 0;
        while (level.length > 1) {
            Expr[] up = new Expr[level.length / 2];
            for (int p = 0; p < up.length; p++) {
                Expr s = up.length == 1 ? t.toExpr() : aux.index(next++).toExpr();
                model.constraint("geomean_" + depth + "_" + p, Expr.vstack(level[2 * p], level[2 * p + 1].mul(0.5), s), Domain.inRotatedQCone());
                up[p] = s;
            }
            level = up;
            depth++;
        }
        return new GeometricMean(n, m, aux);
    }

    /**
     * Writes into {@code point} (indexed by the model's scalar variables) the node values s = √(a·b) for leaves
     * {@code x} (n values ≥ 0) and t = (Π x)^{1/n}: the tight feasible completion.
     */
    void fill(double[] point, double[] x, double t) {
        if (aux == null) return;
        int[] idx = aux.indices();
        double[] level = new double[m];
        for (int i = 0; i < m; i++) level[i] = i < n ? x[i] : t;
        int next = 0;
        while (level.length > 2) {
            double[] up = new double[level.length / 2];
            for (int p = 0; p < up.length; p++) {
                up[p] = Math.sqrt(level[2 * p] * level[2 * p + 1]);
                point[idx[next++]] = up[p];
            }
            level = up;
        }
    }
}
