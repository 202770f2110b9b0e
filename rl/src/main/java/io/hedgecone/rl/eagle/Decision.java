package io.hedgecone.rl.eagle;

import java.util.List;

/**
 * What the agent chooses from in one state: the k actions left after reduction, with the one-sample next-state
 * embeddings that the reduction used, the agent's features and the reference policy.
 *
 * @param actions    k action texts
 * @param candidates K, the number of proposals before reduction
 * @param next       k × n look-ahead embeddings z_a(x)
 * @param features   k × d agent features φ(x, a)
 * @param reference  π_ref(·|x) over the k actions (uniform: EAGLE's SFT target over the kept actions)
 */
public record Decision(List<String> actions, int candidates, double[][] next, double[][] features, double[] reference) {}
