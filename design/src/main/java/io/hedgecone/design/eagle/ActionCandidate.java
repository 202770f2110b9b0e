package io.hedgecone.design.eagle;

/**
 * A candidate action for a state with the embedding of the state it leads to (EAGLE's z_a(x) = E_D(x'), a
 * one-sample estimate of the expected next-state embedding).
 *
 * @param action             the action (e.g. a prompt)
 * @param nextStateEmbedding E_D(x') ∈ R^n
 */
public record ActionCandidate<A>(A action, double[] nextStateEmbedding) {
    public ActionCandidate {
        if (nextStateEmbedding == null || nextStateEmbedding.length == 0) throw new IllegalArgumentException("next-state embedding is empty");
        nextStateEmbedding = nextStateEmbedding.clone();
    }

    @Override public double[] nextStateEmbedding() { return nextStateEmbedding.clone(); }
}
