package io.hedgecone.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.llm.Embeddings;
import io.hedgecone.llm.config.LlmSettings;
import io.hedgecone.llm.config.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code hedgecone llm embed TEXT...}: one vector per line on stdout, throughput on stderr. */
@Command(name = "embed", mixinStandardHelpOptions = true, description = "Embed texts; one vector per text goes to stdout (numbers separated by spaces), the throughput to stderr.")
final class LlmEmbedCommand extends LlmSubcommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "texts to embed, one per argument; '-' reads one text per line from stdin")
    List<String> texts;

    @Option(names = "--normalize", description = "ONNX: scale vectors to unit length")
    boolean normalize;

    @Option(names = "--cased", description = "ONNX: the model is cased (no lower-casing or accent stripping)")
    boolean cased;

    @Option(names = "--max-tokens", paramLabel = "K", description = "ONNX: truncate texts to K tokens including [CLS] and [SEP] (default 256)")
    Integer maxTokens;

    @Option(names = "--batch-size", paramLabel = "B", description = "endpoint: texts per /v1/embeddings request (default 32)")
    Integer batchSize;

    @Option(names = "--requests", paramLabel = "R", defaultValue = "1", description = "embed the texts R times, for throughput")
    int requests;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "1", description = "embedding calls in flight at once (default 1)")
    int concurrency;

    @Override int execute() throws IOException {
        if (requests < 1) throw usage("--requests must be >= 1, got " + requests);
        if (concurrency < 1) throw usage("--concurrency must be >= 1, got " + concurrency);
        List<String> in = texts.size() == 1 && texts.get(0).equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList() : texts;
        LlmSettings s = backend.settings(concurrency, batchSize);
        if (normalize) s = s.with(Setting.ONNX_NORMALIZE, "true", "--normalize");
        if (cased) s = s.with(Setting.ONNX_LOWERCASE, "false", "--cased");
        if (maxTokens != null) s = s.with(Setting.ONNX_MAX_TOKENS, maxTokens.toString(), "--max-tokens");
        try (LlmBackendOptions.Backend b = backend.open(s)) {
            LlmRunner.Run<Embeddings> run = LlmRunner.run(requests, concurrency, i -> b.embedder().embed(in));
            long tokens = 0;
            for (Embeddings e : run.results()) tokens = tokens < 0 || !e.usage().hasPromptTokens() ? -1 : tokens + e.usage().promptTokens();
            LlmThroughput t = new LlmThroughput(requests, Math.min(concurrency, requests), run.wallNanos(), tokens, (long) requests * in.size(), run.latencies());
            Embeddings first = run.results().get(0);
            if (json) printJson(first, b.description(), t);
            else printText(first);
            err().println("hedgecone llm embed: " + b.description() + ", model " + first.model() + ", dimension " + first.dimension() + ": "
                    + t.describe("input", "texts"));
            err().flush();
        }
        return Main.OK;
    }

    private void printText(Embeddings e) {
        PrintWriter out = out();
        StringBuilder sb = new StringBuilder();
        for (float[] v : e.vectors()) {
            sb.setLength(0);
            for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : " ").append(v[i]);
            out.println(sb);
        }
        out.flush();
    }

    private void printJson(Embeddings e, String backendName, LlmThroughput t) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("backend", backendName);
        o.put("model", e.model());
        o.put("dimension", e.dimension());
        ArrayNode vs = o.putArray("vectors");
        for (float[] v : e.vectors()) {
            ArrayNode a = vs.addArray();
            for (float x : v) a.add(x);
        }
        o.putObject("usage").put("prompt_tokens", e.usage().promptTokens());
        LlmJson.putThroughput(o, t);
        out().println(m.writeValueAsString(o));
        out().flush();
    }
}
