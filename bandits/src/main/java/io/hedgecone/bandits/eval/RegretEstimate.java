package io.hedgecone.bandits.eval;

/**
 * Monte-Carlo estimates of a policy's regret under the posterior.
 *
 * @param var     VaR_δ of regret: the ⌈(1−δ)N⌉-th order statistic, with a distribution-free CI from order statistics
 * @param mean    mean regret with a normal-approximation CI
 * @param samples number of posterior draws N
 */
public record RegretEstimate(Estimate var, Estimate mean, int samples) { }
