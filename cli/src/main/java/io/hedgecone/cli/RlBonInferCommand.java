package io.hedgecone.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.llm.config.LlmSettings;
import io.hedgecone.rl.bon.infer.AnswerExtractor;
import io.hedgecone.rl.bon.infer.BonInference;
import io.hedgecone.rl.bon.infer.InferencePrompt;
import io.hedgecone.rl.bon.infer.PromptFile;
import io.hedgecone.rl.bon.infer.Verifier;
import io.hedgecone.rl.util.Ci;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code hedgecone rl bon-infer --endpoint URL --verifier V --prompts FILE}: inference-time Best-of-N through the LLM
 * bridge's {@code TextGenerator}, reporting Bo-N accuracy, pass@N and pass@1 with 95 % intervals over prompts.
 */
@Command(name = "bon-infer", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Inference-time Best-of-N: N responses per prompt from an OpenAI-compatible server, selected by a verifier;",
                "reports Bo-N accuracy, pass@N and pass@1 with 95% confidence intervals over prompts."})
final class RlBonInferCommand extends LlmSubcommand {
    @Option(names = "--verifier", paramLabel = "V", required = true,
            description = "logprob (mean token log-probability), majority (answer vote share, self-consistency) or oracle (true correctness: Bo-N = pass@N)")
    String verifier;

    @Option(names = "--prompts", paramLabel = "FILE", required = true, description = "JSON Lines: {\"prompt\": \"...\", \"answer\": \"...\"} per line")
    Path prompts;

    @Option(names = "--n", paramLabel = "N", defaultValue = "8", description = "responses per prompt (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1.0", description = "sampling temperature (default ${DEFAULT-VALUE})")
    double temperature;

    @Option(names = "--max-tokens", paramLabel = "K", defaultValue = "512", description = "most tokens per response (default ${DEFAULT-VALUE})")
    int maxTokens;

    @Option(names = "--seed", paramLabel = "S", description = "request seed base (servers may ignore seeds)")
    Long seed;

    @Option(names = "--answer-regex", paramLabel = "RE", description = "answer = group 1 (or the match) of the last match; default: the last number")
    String answerRegex;

    @Option(names = "--raw", description = "send prompts as raw text to /v1/completions instead of a chat user message")
    boolean raw;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "4", description = "prompts in flight at once (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--out", paramLabel = "DIR", description = "also write responses.jsonl (every response, answer, score) and summary.json here")
    Path out;

    @Override int execute() throws IOException {
        if (n < 1) throw usage("--n must be >= 1, got " + n);
        if (concurrency < 1) throw usage("--concurrency must be >= 1, got " + concurrency);
        Verifier v = Verifier.of(verifier);
        AnswerExtractor ex = answerRegex == null ? AnswerExtractor.lastNumber() : AnswerExtractor.regex(answerRegex);
        List<InferencePrompt> ps = PromptFile.read(prompts);
        LlmSettings s = backend.settings(concurrency, null);
        if (backend.kind(s) != LlmBackendOptions.Kind.ENDPOINT)
            throw usage("bon-infer samples answers from a language model: give --endpoint URL (the simulator generates items, not answers; --onnx embeds only)");
        BonInference.Report r;
        try (LlmBackendOptions.Backend b = backend.open(s)) {
            r = BonInference.run(b.generator(), ps, v, ex, new BonInference.Settings(backend.model, n, temperature, maxTokens, seed, !raw, concurrency));
            err().println("hedgecone: " + b.description() + ", " + ps.size() + " prompts x " + n + " responses");
        }
        ObjectNode summary = summary(r);
        if (out != null) write(r, summary);
        PrintWriter o = out();
        if (json) o.println(summary.toPrettyString());
        else {
            o.printf(Locale.ROOT, "verifier %s, N = %d, %d prompts (95%% CI over prompts)%n", r.verifier(), r.n(), r.results().size());
            o.println("Bo-" + n + " accuracy  " + r.bonAccuracy().format(3));
            o.println("pass@" + n + "         " + r.passAtN().format(3));
            o.println("pass@1          " + r.passAt1().format(3));
        }
        o.flush();
        return Main.OK;
    }

    private static ObjectNode summary(BonInference.Report r) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("verifier", r.verifier());
        o.put("n", r.n());
        o.put("prompts", r.results().size());
        ci(o.putObject("bon_accuracy"), r.bonAccuracy());
        ci(o.putObject("pass_at_n"), r.passAtN());
        ci(o.putObject("pass_at_1"), r.passAt1());
        return o;
    }

    private static void ci(ObjectNode o, Ci c) {
        o.put("mean", c.mean());
        o.put("lo", c.lo());
        o.put("hi", c.hi());
    }

    private void write(BonInference.Report r, ObjectNode summary) throws IOException {
        Files.createDirectories(out);
        ObjectMapper m = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.results().size(); i++) {
            BonInference.PromptResult pr = r.results().get(i);
            ObjectNode line = m.createObjectNode();
            line.put("prompt", i + 1);
            line.put("bon_correct", pr.bonCorrect());
            ArrayNode rs = line.putArray("responses");
            for (int k = 0; k < pr.responses().size(); k++) {
                ObjectNode x = rs.addObject();
                x.put("text", pr.responses().get(k));
                x.put("answer", pr.answers().get(k));
                x.put("correct", pr.correct()[k]);
                x.put("score", pr.scores()[k]);
            }
            sb.append(m.writeValueAsString(line)).append('\n');
        }
        Files.writeString(out.resolve("responses.jsonl"), sb.toString());
        Files.writeString(out.resolve("summary.json"), summary.toPrettyString() + "\n");
    }
}
