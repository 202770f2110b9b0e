package io.hedgecone.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.llm.ChatMessage;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.Sample;
import io.hedgecone.llm.SamplingParams;
import io.hedgecone.llm.TokenLogprob;
import io.hedgecone.llm.config.LlmSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code hedgecone llm generate PROMPT}: samples on stdout, throughput on stderr. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Sample text for a prompt; the samples go to stdout, the throughput to stderr.")
final class LlmGenerateCommand extends LlmSubcommand {
    @Parameters(paramLabel = "PROMPT", arity = "1..*", description = "the prompt (words are joined by spaces); '-' reads it from stdin")
    List<String> prompt;

    @Option(names = "--chat", description = "send the prompt as a user message to /v1/chat/completions")
    boolean chat;

    @Option(names = "--system", paramLabel = "TEXT", description = "system message (implies --chat)")
    String system;

    @Option(names = "--n", paramLabel = "N", defaultValue = "1", description = "samples per request (default 1)")
    int n;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1.0", description = "sampling temperature (default 1)")
    double temperature;

    @Option(names = "--top-p", paramLabel = "P", defaultValue = "1.0", description = "nucleus mass (default 1)")
    double topP;

    @Option(names = "--max-tokens", paramLabel = "K", defaultValue = "256", description = "most tokens per sample (default 256)")
    int maxTokens;

    @Option(names = "--stop", paramLabel = "S", description = "stop string (repeatable)")
    List<String> stop = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", description = "sampling seed")
    Long seed;

    @Option(names = "--logprobs", paramLabel = "K", description = "return token log-probabilities and the K most likely alternatives (0: sampled tokens only)")
    Integer logprobs;

    @Option(names = "--requests", paramLabel = "R", defaultValue = "1", description = "send the request R times, for throughput (samples of the first are printed)")
    int requests;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "1", description = "requests in flight at once (default 1)")
    int concurrency;

    @Override int execute() throws IOException {
        if (requests < 1) throw usage("--requests must be >= 1, got " + requests);
        if (concurrency < 1) throw usage("--concurrency must be >= 1, got " + concurrency);
        SamplingParams params = new SamplingParams(n, temperature, topP, maxTokens, stop, seed, logprobs);
        String text = prompt.size() == 1 && prompt.get(0).equals("-") ? readStdin() : String.join(" ", prompt);
        Prompt p = chat || system != null
                ? (system == null ? Prompt.chat(ChatMessage.user(text)) : Prompt.chat(ChatMessage.system(system), ChatMessage.user(text)))
                : Prompt.text(text);
        GenerationRequest request = new GenerationRequest(backend.model, p, params);
        LlmSettings s = backend.settings(concurrency, null);
        if (backend.kind(s) == LlmBackendOptions.Kind.ONNX)
            throw usage("--onnx is an embedding model: generate needs --endpoint URL or --sim");
        try (LlmBackendOptions.Backend b = backend.open(s)) {
            LlmRunner.Run<Generation> run = LlmRunner.run(requests, concurrency, i -> b.generator().generate(request));
            long tokens = 0;
            for (Generation g : run.results()) tokens = tokens < 0 || !g.usage().hasCompletionTokens() ? -1 : tokens + g.usage().completionTokens();
            LlmThroughput t = new LlmThroughput(requests, Math.min(concurrency, requests), run.wallNanos(), tokens, (long) requests * n, run.latencies());
            Generation first = run.results().get(0);
            if (json) printJson(first, b.description(), t);
            else printText(first);
            err().println("hedgecone llm generate: " + b.description() + ", model " + first.model() + ": " + t.describe("completion", "samples"));
            err().flush();
        }
        return Main.OK;
    }

    private void printText(Generation g) {
        PrintWriter out = out();
        for (Sample s : g.samples()) {
            if (g.samples().size() > 1 && s.index() > 0) out.println("---");
            out.println(s.text());
        }
        out.flush();
    }

    private void printJson(Generation g, String backendName, LlmThroughput t) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("backend", backendName);
        o.put("model", g.model());
        ArrayNode samples = o.putArray("samples");
        for (Sample s : g.samples()) {
            ObjectNode x = samples.addObject();
            x.put("index", s.index());
            x.put("text", s.text());
            x.put("finish_reason", s.finishReason().name().toLowerCase(java.util.Locale.ROOT));
            if (!s.logprobs().isEmpty()) {
                x.put("logprob_sum", s.logprobSum());
                ArrayNode lp = x.putArray("logprobs");
                for (TokenLogprob tl : s.logprobs()) lp.addObject().put("token", tl.token()).put("logprob", tl.logprob());
            }
        }
        ObjectNode u = o.putObject("usage");
        u.put("prompt_tokens", g.usage().promptTokens());
        u.put("completion_tokens", g.usage().completionTokens());
        LlmJson.putThroughput(o, t);
        out().println(m.writeValueAsString(o));
        out().flush();
    }

    private static String readStdin() throws IOException {
        InputStream in = System.in;
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
    }
}
