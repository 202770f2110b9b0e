/**
 * Reinforcement learning on top of the optimization core and the LLM bridge: the EAGLE agent
 * ({@link io.hedgecone.rl.eagle}) and Best-of-N-aware fine-tuning ({@link io.hedgecone.rl.bon}). Language models are
 * reached only through {@code io.hedgecone.llm} ({@code TextGenerator}, {@code Embedder}); offline experiments use the
 * bridge's simulator, which is a simulator and never an LLM. Every random choice takes an explicit seed.
 */
package io.hedgecone.rl;
