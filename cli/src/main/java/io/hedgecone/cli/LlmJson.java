package io.hedgecone.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code throughput} object of the {@code llm} subcommands' JSON output. */
final class LlmJson {
    private LlmJson() {}

    static void putThroughput(ObjectNode o, LlmThroughput t) {
        ObjectNode x = o.putObject("throughput");
        x.put("requests", t.requests());
        x.put("concurrency", t.concurrency());
        x.put("seconds", t.seconds());
        x.put("requests_per_s", t.requestsPerSecond());
        if (t.tokens() >= 0) x.put("tokens_per_s", t.tokens() / t.seconds());
        else x.putNull("tokens_per_s");
        x.put("latency_p50_ms", t.latencyMs(0.5));
        x.put("latency_p95_ms", t.latencyMs(0.95));
    }
}
