package io.hedgecone.solver.api;

/** Anything usable as an affine expression: a {@link Variable} or an {@link Expr}. */
public interface Expression {
    /** Number of elements. */
    int size();

    /** This expression as an {@link Expr}. */
    Expr toExpr();
}
