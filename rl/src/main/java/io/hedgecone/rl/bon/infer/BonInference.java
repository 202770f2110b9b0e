package io.hedgecone.rl.bon.infer;

import io.hedgecone.llm.ChatMessage;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.LlmFutures;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.Sample;
import io.hedgecone.llm.SamplingParams;
import io.hedgecone.llm.TextGenerator;
import io.hedgecone.rl.util.Ci;
import io.hedgecone.rl.util.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Inference-time Best-of-N through the LLM bridge: N responses per prompt from a {@link TextGenerator}, a
 * {@link Verifier} scores them, and the report gives Bo-N accuracy (the expected correctness of the selected response,
 * ties broken uniformly — computed exactly over the tied responses rather than by one coin flip), pass@N (some
 * response is correct) and pass@1 (mean correctness), with 95 % intervals over prompts.
 */
public final class BonInference {
    private BonInference() {}

    /**
     * @param model       model name, or null for the backend's default
     * @param n           N responses per prompt
     * @param temperature sampling temperature
     * @param maxTokens   most tokens per response
     * @param seed        request seed base (per prompt and chunk derived from it), or null for the backend's choice
     * @param chat        send prompts as a user chat message (else as raw text)
     * @param concurrency prompts in flight at once
     */
    public record Settings(String model, int n, double temperature, int maxTokens, Long seed, boolean chat, int concurrency) {
        public Settings {
            if (n < 1) throw new IllegalArgumentException("N must be >= 1, got " + n);
            if (concurrency < 1) throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
    }

    /**
     * One prompt's outcome.
     *
     * @param responses  the N response texts
     * @param answers    extracted answers (null where none)
     * @param correct    correctness of each response
     * @param scores     verifier scores
     * @param bonCorrect P(selected response is correct) under uniform tie-breaking
     */
    public record PromptResult(List<String> responses, List<String> answers, boolean[] correct, double[] scores, double bonCorrect) {
        public boolean passAtN() {
            for (boolean c : correct) if (c) return true;
            return false;
        }

        public double passAt1() {
            int k = 0;
            for (boolean c : correct) if (c) k++;
            return k / (double) correct.length;
        }
    }

    /** The aggregate with intervals: Student-t for Bo-N accuracy and pass@1, Wilson for pass@N. */
    public record Report(String verifier, int n, List<PromptResult> results, Ci bonAccuracy, Ci passAtN, Ci passAt1) {}

    public static Report run(TextGenerator g, List<InferencePrompt> prompts, Verifier verifier, AnswerExtractor extractor, Settings s) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(s.concurrency(), prompts.size()), r -> {
            Thread t = new Thread(r, "bon-infer");
            t.setDaemon(true);
            return t;
        });
        List<PromptResult> results = new ArrayList<>();
        try {
            List<Future<PromptResult>> fs = new ArrayList<>();
            for (int i = 0; i < prompts.size(); i++) {
                int idx = i;
                fs.add(pool.submit(() -> one(g, prompts.get(idx), idx, verifier, extractor, s)));
            }
            for (Future<PromptResult> f : fs) results.add(LlmFutures.await(f));
        } finally {
            pool.shutdownNow();
        }
        double[] bon = new double[results.size()], p1 = new double[results.size()];
        int pass = 0;
        for (int i = 0; i < bon.length; i++) {
            bon[i] = results.get(i).bonCorrect();
            p1[i] = results.get(i).passAt1();
            if (results.get(i).passAtN()) pass++;
        }
        return new Report(verifier.name(), s.n(), List.copyOf(results), Ci.ofMean(bon), Ci.wilson(pass, bon.length, 0.95), Ci.ofMean(p1));
    }

    private static PromptResult one(TextGenerator g, InferencePrompt p, int index, Verifier v, AnswerExtractor ex, Settings s) {
        Prompt prompt = s.chat() ? Prompt.chat(ChatMessage.user(p.prompt())) : Prompt.text(p.prompt());
        List<Sample> samples = new ArrayList<>();
        for (int chunk = 0; samples.size() < s.n(); chunk++) { // a request carries at most MAX_N samples
            int n = Math.min(SamplingParams.MAX_N, s.n() - samples.size());
            SamplingParams sp = SamplingParams.defaults().withN(n).withTemperature(s.temperature()).withMaxTokens(s.maxTokens())
                    .withSeed(s.seed() == null ? null : Seeds.derive(s.seed(), index, chunk)).withLogprobs(v.needsLogprobs() ? 0 : null);
            samples.addAll(g.generate(new GenerationRequest(s.model(), prompt, sp)).samples());
        }
        List<String> texts = new ArrayList<>(), answers = new ArrayList<>();
        boolean[] correct = new boolean[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            texts.add(samples.get(i).text());
            answers.add(ex.extract(samples.get(i).text()));
            correct[i] = AnswerExtractor.matches(answers.get(i), p.answer());
        }
        double[] scores = v.scores(samples, answers, correct);
        double best = Double.NEGATIVE_INFINITY;
        for (double x : scores) best = Math.max(best, x);
        int tied = 0, tiedCorrect = 0;
        for (int i = 0; i < scores.length; i++)
            if (scores[i] == best) {
                tied++;
                if (correct[i]) tiedCorrect++;
            }
        if (tied == 0) throw new IllegalStateException("verifier " + v.name() + " gave no comparable score for prompt " + (index + 1));
        return new PromptResult(List.copyOf(texts), java.util.Collections.unmodifiableList(answers), correct, scores, tiedCorrect / (double) tied);
    }
}
