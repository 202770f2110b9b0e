/**
 * Best-of-N-aware fine-tuning (Chow et al., ICLR 2025; digest rl-papers.md §1) on a reasoning bandit: the exact
 * tie-aware BoN law, pass@N, the variational BoN policy with calibrated λ_N, and the training methods SFT, RL with
 * N' = 1, BoN-SFT, BoN-RL (exact and sampled; verifier- and reward-selected), BoN-RLB and BoN-RLB(P); plus
 * inference-time BoN through the LLM bridge ({@link io.hedgecone.rl.bon.infer}).
 */
package io.hedgecone.rl.bon;
