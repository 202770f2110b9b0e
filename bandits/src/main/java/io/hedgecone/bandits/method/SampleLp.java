package io.hedgecone.bandits.method;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.Variable;

/** The rows t + r_iᵀπ + (slack_i) ≥ best_i shared by the sample-based programs. */
final class SampleLp {
    private SampleLp() { }

    /** Adds π ∈ Δ_k to {@code m} and returns it. */
    static Variable simplex(Model m, int k) {
        Variable pi = m.variable("pi", k, Domain.greaterThan(0));
        m.constraint("simplex", Expr.sum(pi), Domain.equalsTo(1));
        return pi;
    }

    /** t·1 + R π as an expression of size N. */
    static Expr tPlusReward(SampleSet s, Variable t, Variable pi) {
        int n = s.size();
        double[][] ones = new double[n][1];
        for (double[] row : ones) row[0] = 1;
        return Expr.add(Expr.mul(Matrix.dense(ones), t), Expr.mul(Matrix.dense(s.rewards()), pi));
    }
}
