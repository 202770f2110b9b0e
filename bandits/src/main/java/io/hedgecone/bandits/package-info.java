/** Offline bandits: instances, posteriors, BRMOB regret bounds, baselines, Monte-Carlo evaluation. */
package io.hedgecone.bandits;
