package io.hedgecone.rl.eagle;

/** Reduces a state's K candidate actions to the k that the reference policy (and the agent) may take. */
public interface ActionSetReducer {

    /** Short name used in output: uniform, myopic, gopt. */
    String name();

    /**
     * @param state   E_D(x) ∈ R^n
     * @param next    K × n one-sample next-state embeddings z_a(x)
     * @param myopic  U(z_a(x)) for each candidate
     * @param k       actions to keep (≤ K; all are kept when K ≤ k)
     * @param seed    seed of randomised rules
     * @return the kept candidate indices, ascending
     */
    int[] reduce(double[] state, double[][] next, double[] myopic, int k, long seed);
}
