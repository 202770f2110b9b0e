package io.hedgecone.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * Throughput of a batch of requests: requests/s and tokens/s over the wall time of the whole batch, and latency
 * percentiles of single requests.
 *
 * @param requests    requests completed
 * @param concurrency requests in flight at once
 * @param wallNanos   from the first request sent to the last response
 * @param tokens      tokens counted (completion tokens for generate, input tokens for embed); -1 if not reported
 * @param items       units per request times requests (samples or texts)
 * @param latencies   each request's latency in ns
 */
record LlmThroughput(int requests, int concurrency, long wallNanos, long tokens, long items, long[] latencies) {

    double requestsPerSecond() { return requests / seconds(); }

    double seconds() { return wallNanos / 1e9; }

    /** The q-quantile (nearest rank) of the latencies, in ms. */
    double latencyMs(double q) {
        long[] s = latencies.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(q * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, rank))] / 1e6;
    }

    /** One line for stderr, e.g. "200 requests in 1.23 s at concurrency 8: 162.6 requests/s, 1626 tokens/s; latency p50 ...". */
    String describe(String tokenKind, String itemKind) {
        String tok = tokens < 0 ? tokenKind + " tokens/s n/a (not reported)" : String.format(Locale.ROOT, "%.1f %s tokens/s", tokens / seconds(), tokenKind);
        return String.format(Locale.ROOT, "%d request%s (%d %s) in %.3f s at concurrency %d: %.1f requests/s, %.1f %s/s, %s; latency p50 %.2f ms, p95 %.2f ms",
                requests, requests == 1 ? "" : "s", items, itemKind, seconds(), concurrency, requestsPerSecond(), items / seconds(), itemKind, tok,
                latencyMs(0.5), latencyMs(0.95));
    }
}
