package io.hedgecone.tests;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Matrix;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.QuadExpr;
import io.hedgecone.solver.api.Variable;
import io.hedgecone.solver.form.ModelData;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Small models with answers derived by hand (each case's comment shows the derivation), shared by the conformance
 * suite of every backend.
 */
final class ConformanceCases {
    /** A case: the model, the expected status and (for optimal cases) the optimal objective. */
    record Case(String name, ModelData model, ProblemStatus expected, double objective) {
        @Override public String toString() { return name; }
    }

    private ConformanceCases() { }

    private static ModelData build(String name, Consumer<Model> body) {
        try (Model m = new Model(name)) {
            body.accept(m);
            return m.toData();
        }
    }

    private static Case optimal(String name, double objective, Consumer<Model> body) {
        return new Case(name, build(name, body), ProblemStatus.OPTIMAL, objective);
    }

    private static Case status(String name, ProblemStatus s, Consumer<Model> body) {
        return new Case(name, build(name, body), s, Double.NaN);
    }

    static List<Case> all() {
        List<Case> c = new ArrayList<>();
        // LP: vertices (0,2)→−4, (4,0)→−4, (3,1)→−5.
        c.add(optimal("lp-min", -5, m -> {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            m.constraint("a", Expr.sum(x), Domain.lessThan(4));
            m.constraint("b", Expr.dot(new double[]{1, 3}, x), Domain.lessThan(6));
            m.objective(ObjectiveSense.MINIMIZE, Expr.dot(new double[]{-1, -2}, x));
        }));
        // max 4x + 2y after z = x; x ≤ 1.5, y ≤ 2, x + y ≤ 3 → (1.5, 1.5) → 9.
        c.add(optimal("lp-max-range-equality", 9, m -> {
            Variable x = m.variable("x", Domain.inRange(0, 1.5));
            Variable y = m.variable("y", Domain.inRange(Double.NEGATIVE_INFINITY, 2));
            Variable z = m.variable("z", Domain.unbounded());
            m.constraint("range", Expr.add(x, y), Domain.inRange(1, 3));
            m.constraint("eq", Expr.sub(x, z), Domain.equalsTo(0));
            m.objective(ObjectiveSense.MAXIMIZE, Expr.add(Expr.mul(3, x), Expr.mul(2, y), z));
        }));
        // free variables: x1 − x2 = 1, x1 + x2 ≥ −3 → min x1 + x2 = −3.
        c.add(optimal("lp-free-variables", -3, m -> {
            Variable x = m.variable("x", 2);
            m.constraint("d", Expr.sub(x.index(0), x.index(1)), Domain.equalsTo(1));
            m.constraint("s", Expr.sum(x), Domain.greaterThan(-3));
            m.objective(ObjectiveSense.MINIMIZE, Expr.sum(x));
        }));
        // degenerate vertex (1, 0): three constraints active.
        c.add(optimal("lp-degenerate", -1, m -> {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            m.constraint("a", Expr.sum(x), Domain.lessThan(1));
            m.constraint("b", Expr.sub(x.index(0), x.index(1)), Domain.lessThan(1));
            m.constraint("c", x.index(0), Domain.lessThan(1));
            m.objective(ObjectiveSense.MINIMIZE, Expr.neg(x.index(0)));
        }));
        c.add(status("lp-infeasible", ProblemStatus.PRIMAL_INFEASIBLE, m -> {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            m.constraint("lo", Expr.sum(x), Domain.greaterThan(3));
            m.constraint("hi", Expr.sum(x), Domain.lessThan(1));
            m.objective(ObjectiveSense.MINIMIZE, Expr.sum(x));
        }));
        c.add(status("lp-unbounded", ProblemStatus.DUAL_INFEASIBLE, m -> {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            m.constraint("a", Expr.sub(x.index(0), x.index(1)), Domain.lessThan(1));
            m.objective(ObjectiveSense.MINIMIZE, Expr.neg(Expr.sum(x)));
        }));
        // QP: x = y = 0.5 → 0.25 − 1 = −0.75.
        c.add(optimal("qp-min", -0.75, m -> {
            Variable x = m.variable("x", 2);
            m.constraint("a", Expr.sum(x), Domain.lessThan(1));
            m.objective(ObjectiveSense.MINIMIZE, QuadExpr.quadForm(x, Matrix.diag(0.5, 0.5)).add(Expr.neg(Expr.sum(x))));
        }));
        // singular P: min x² − y, x + y ≤ 3 → y = 3 − x, min x² + x − 3 at x = −½ → −3.25.
        c.add(optimal("qp-singular-p", -3.25, m -> {
            Variable x = m.variable("x", 2);
            m.constraint("a", Expr.sum(x), Domain.lessThan(3));
            m.objective(ObjectiveSense.MINIMIZE, QuadExpr.quadForm(x, Matrix.diag(1, 0)).add(Expr.neg(x.index(1))));
        }));
        // concave maximization: max −(x−1)² − (y−2)² = −x² + 2x − y² + 4y − 5 with x + y ≤ 2 → (0.5, 1.5) → −0.5.
        c.add(optimal("qp-max-concave", -0.5, m -> {
            Variable x = m.variable("x", 2);
            m.constraint("a", Expr.sum(x), Domain.lessThan(2));
            m.objective(ObjectiveSense.MAXIMIZE, QuadExpr.quadForm(x, Matrix.diag(-1, -1)).add(Expr.dot(new double[]{2, 4}, x).add(-5)));
        }));
        // knapsack over binaries: {a, b} → 9 (a, c → 8; all three violate the first row).
        c.add(optimal("mip-knapsack", 9, m -> {
            Variable x = m.variable("x", 3, Domain.binary());
            m.constraint("w1", Expr.dot(new double[]{2, 3, 1}, x), Domain.lessThan(5));
            m.constraint("w2", Expr.dot(new double[]{4, 1, 2}, x), Domain.lessThan(11));
            m.constraint("w3", Expr.dot(new double[]{3, 4, 2}, x), Domain.lessThan(8));
            m.objective(ObjectiveSense.MAXIMIZE, Expr.dot(new double[]{5, 4, 3}, x));
        }));
        // integer LP: max x + y, 2x + 2y ≤ 7, x,y ∈ Z₊ → 3 (LP relaxation 3.5).
        c.add(optimal("mip-integer-rounding", 3, m -> {
            Variable x = m.variable("x", 2, Domain.integral(Domain.greaterThan(0)));
            m.constraint("c", Expr.mul(2, Expr.sum(x)), Domain.lessThan(7));
            m.objective(ObjectiveSense.MAXIMIZE, Expr.sum(x));
        }));
        // SOC: distance from (1, 2) to the line x + y = 1 is |1 + 2 − 1|/√2 = √2.
        c.add(optimal("soc-distance", Math.sqrt(2), m -> {
            Variable t = m.variable("t", 1);
            Variable p = m.variable("p", 2);
            m.constraint("line", Expr.sum(p), Domain.equalsTo(1));
            m.constraint("cone", Expr.vstack(t, p.toExpr().add(-1, -2)), Domain.inQCone());
            m.objective(ObjectiveSense.MINIMIZE, t);
        }));
        // apex: min t with (t, x) ∈ Q and x = 0 → 0 at the cone's apex.
        c.add(optimal("soc-apex", 0, m -> {
            Variable v = m.variable("v", 3, Domain.inQCone());
            m.constraint("x", v.slice(1, 3), Domain.equalsTo(0));
            m.objective(ObjectiveSense.MINIMIZE, v.index(0));
        }));
        c.add(status("soc-infeasible", ProblemStatus.PRIMAL_INFEASIBLE, m -> {
            Variable v = m.variable("v", 3, Domain.inQCone());
            m.constraint("neg", v.index(0), Domain.lessThan(-1));
        }));
        // min x₂ over the cone x₀ ≥ |x₁, x₂|: x₂ → −∞.
        c.add(status("soc-unbounded", ProblemStatus.DUAL_INFEASIBLE, m -> {
            Variable v = m.variable("v", 3, Domain.inQCone());
            m.objective(ObjectiveSense.MINIMIZE, v.index(2));
        }));
        // rotated: y ≥ x² as 2·y·½ ≥ x², x = 2 → y = 4.
        c.add(optimal("rotated-soc", 4, m -> {
            Variable y = m.variable("y", 1);
            Variable x = m.variable("x", Domain.equalsTo(2));
            m.constraint("rq", Expr.vstack(y, Expr.constTerm(0.5), x), Domain.inRotatedQCone());
            m.objective(ObjectiveSense.MINIMIZE, y);
        }));
        // exp: x ≥ exp(y) with y = 1 → min x = e.
        c.add(optimal("exp-min", Math.E, m -> {
            Variable v = m.variable("v", 3, Domain.inPExpCone());
            m.constraint("one", v.index(1), Domain.equalsTo(1));
            m.constraint("y", v.index(2), Domain.equalsTo(1));
            m.objective(ObjectiveSense.MINIMIZE, v.index(0));
        }));
        // log: max y with 2 ≥ exp(y) → ln 2.
        c.add(optimal("exp-log", Math.log(2), m -> {
            Variable y = m.variable("y", 1);
            m.constraint("e", Expr.vstack(Expr.constTerm(2), Expr.constTerm(1), y), Domain.inPExpCone());
            m.objective(ObjectiveSense.MAXIMIZE, y);
        }));
        // boundary at x₁ = 0: (x₀, 0, x₂) needs x₂ ≤ 0; max x₂ with x₁ = 0 → 0.
        c.add(optimal("exp-boundary", 0, m -> {
            Variable v = m.variable("v", 3, Domain.inPExpCone());
            m.constraint("zero", v.index(1), Domain.equalsTo(0));
            m.constraint("x0", v.index(0), Domain.lessThan(1));
            m.objective(ObjectiveSense.MAXIMIZE, v.index(2));
        }));
        c.add(status("exp-infeasible", ProblemStatus.PRIMAL_INFEASIBLE, m -> {
            Variable v = m.variable("v", 3, Domain.inPExpCone());
            m.constraint("neg", v.index(0), Domain.lessThan(-1));
        }));
        // min y with x ≥ exp(y), x ≤ 5: y → −∞.
        c.add(status("exp-unbounded", ProblemStatus.DUAL_INFEASIBLE, m -> {
            Variable v = m.variable("v", 3, Domain.inPExpCone());
            m.constraint("x", v.index(0), Domain.lessThan(5));
            m.constraint("one", v.index(1), Domain.equalsTo(1));
            m.objective(ObjectiveSense.MINIMIZE, v.index(2));
        }));
        // pow: √(4·1) ≥ |z| → max z = 2.
        c.add(optimal("pow-3", 2, m -> {
            Variable z = m.variable("z", 1);
            m.constraint("p", Expr.vstack(Expr.constTerm(4), Expr.constTerm(1), z), Domain.inPPowerCone(0.5));
            m.objective(ObjectiveSense.MAXIMIZE, z);
        }));
        // pow with 4 elements: 4^0.25·1^0.75 ≥ ‖(t, t)‖ → t = √2/√2 = 1.
        c.add(optimal("pow-4", 1, m -> {
            Variable t = m.variable("t", 1);
            m.constraint("p", Expr.vstack(Expr.constTerm(4), Expr.constTerm(1), t, t), Domain.inPPowerCone(0.25));
            m.objective(ObjectiveSense.MAXIMIZE, t);
        }));
        c.add(status("pow-infeasible", ProblemStatus.PRIMAL_INFEASIBLE, m -> {
            Variable v = m.variable("v", 3, Domain.inPPowerCone(0.5));
            m.constraint("z", v.index(2), Domain.equalsTo(3));
            m.constraint("x", v.slice(0, 2), Domain.lessThan(1));
        }));
        // min −x with x^0.3·y^0.7 ≥ |z|, y ≤ 1: x → ∞.
        c.add(status("pow-unbounded", ProblemStatus.DUAL_INFEASIBLE, m -> {
            Variable v = m.variable("v", 3, Domain.inPPowerCone(0.3));
            m.constraint("y", v.index(1), Domain.lessThan(1));
            m.objective(ObjectiveSense.MINIMIZE, Expr.neg(v.index(0)));
        }));
        return c;
    }
}
