/** Small policy and value models written for the RL module: linear and MLP scorers, tilted softmax policies, GAE. */
package io.hedgecone.rl.policy;
