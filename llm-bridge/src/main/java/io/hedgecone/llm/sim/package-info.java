/**
 * A deterministic, seedable <b>simulator</b> that stands in for a language model in RL experiments and tests when no
 * real model is configured. It is not a language model and results produced with it must say "simulator".
 *
 * <p>Items are attribute vectors rendered as text ({@code item: action=0.70 comedy=0.20 ...}); actions are textual
 * edit instructions that move attributes ({@code edit: increase comedy by 0.30}); the embedder is a fixed random
 * linear map of the attributes plus noise. See {@link io.hedgecone.llm.sim.SimulatedLlm}.
 */
package io.hedgecone.llm.sim;
