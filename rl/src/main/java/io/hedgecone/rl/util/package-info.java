/** Shared numerics of the RL module: seeded streams, confidence intervals, softmax, Adam. */
package io.hedgecone.rl.util;
