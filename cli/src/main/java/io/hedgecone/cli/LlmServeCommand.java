package io.hedgecone.cli;

import io.hedgecone.llm.config.LlmSettings;
import io.hedgecone.llm.server.LoopbackOpenAiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code hedgecone llm serve --sim}: an OpenAI-compatible server on 127.0.0.1 in front of the simulator (or, with
 * {@code --onnx}, of an embedding model), to try and measure the HTTP client without a GPU host.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the simulator (--sim) or an ONNX embedder (--onnx) over the OpenAI protocol on 127.0.0.1."
        + " Prints the base URL on stdout; runs until killed or --seconds.")
final class LlmServeCommand extends LlmSubcommand {
    @Option(names = "--port", paramLabel = "P", defaultValue = "0", description = "TCP port on 127.0.0.1 (default: any free one)")
    int port;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "64", description = "requests served at once (default 64)")
    int threads;

    @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "0", description = "added to every request, to mimic a model's compute time")
    int latencyMs;

    @Option(names = "--seconds", paramLabel = "S", description = "stop after S seconds (default: run until killed)")
    Integer seconds;

    @Override int execute() throws Exception {
        if (latencyMs < 0) throw usage("--latency-ms must be >= 0, got " + latencyMs);
        if (seconds != null && seconds < 1) throw usage("--seconds must be >= 1, got " + seconds);
        LlmSettings s = backend.settings(0, null);
        if (backend.kind(s) == LlmBackendOptions.Kind.ENDPOINT) throw usage("serve takes --sim or --onnx MODEL, not an endpoint");
        Duration latency = Duration.ofMillis(latencyMs);
        LoopbackOpenAiServer.Options o = LoopbackOpenAiServer.Options.defaults().withPort(port).withThreads(threads)
                .withInterceptor((ex, path, n) -> {
                    if (!latency.isZero()) {
                        try {
                            Thread.sleep(latency.toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return false;
                });
        try (LlmBackendOptions.Backend b = backend.open(s);
             LoopbackOpenAiServer server = LoopbackOpenAiServer.start(b.generator(), b.embedder(), b.catalog(), o)) {
            out().println(server.baseUrl());
            out().flush();
            err().println("hedgecone llm serve: " + b.description() + " on " + server.baseUrl()
                    + (latencyMs > 0 ? " with " + latencyMs + " ms added per request" : "") + (seconds == null ? "; Ctrl-C stops it" : " for " + seconds + " s"));
            err().flush();
            CountDownLatch forever = new CountDownLatch(1);
            if (seconds == null) forever.await();
            else forever.await(seconds, TimeUnit.SECONDS);
            err().println("hedgecone llm serve: stopping after " + server.requestCount() + " requests");
            err().flush();
        }
        return Main.OK;
    }
}
