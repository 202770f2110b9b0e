package io.hedgecone.rl.policy;

/**
 * A differentiable map from a feature vector (length {@link #inputDim()}) to one real score, with its parameters in
 * one flat array so that one optimizer serves every scorer. Not thread-safe; {@link #copy()} for another thread.
 */
public interface Scorer {

    int inputDim();

    /** The live parameter vector (the optimizer updates it in place). */
    double[] parameters();

    double score(double[] x);

    /** grad += dScore · ∂score(x)/∂θ. */
    void accumulateGradient(double[] x, double dScore, double[] grad);

    /** An independent copy with the same parameters. */
    Scorer copy();
}
