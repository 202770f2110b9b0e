package io.hedgecone.rl.bon.infer;

import io.hedgecone.llm.FinishReason;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.Sample;
import io.hedgecone.llm.TextGenerator;
import io.hedgecone.llm.TokenLogprob;
import io.hedgecone.llm.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class BonInferenceTest {
    /** Answers cycle through a fixed list per prompt; each response's one token has the listed log-probability. */
    static final class Scripted implements TextGenerator {
        final Map<String, List<String>> answers;
        final Map<String, List<Double>> logprobs;
        final AtomicInteger requests = new AtomicInteger();

        Scripted(Map<String, List<String>> answers, Map<String, List<Double>> logprobs) {
            this.answers = answers;
            this.logprobs = logprobs;
        }

        @Override public Generation generate(GenerationRequest r) {
            requests.incrementAndGet();
            int base = 0; // every request restarts the cycle
            String q = r.prompt().joinedText();
            List<String> a = answers.get(q);
            List<Sample> out = new ArrayList<>();
            for (int i = 0; i < r.params().n(); i++) {
                int k = (base + i) % a.size();
                List<TokenLogprob> lp = r.params().logprobs() == null ? List.of() : List.of(new TokenLogprob("x", logprobs.get(q).get(k), List.of()));
                out.add(new Sample(i, "Reasoning... so the answer is " + a.get(k) + ".", FinishReason.STOP, lp));
            }
            return new Generation("scripted", out, new Usage(1, r.params().n()));
        }
    }

    static final List<InferencePrompt> PROMPTS = List.of(new InferencePrompt("Q1", "5"), new InferencePrompt("Q2", "3"));
    static final Scripted GEN = new Scripted(
            Map.of("Q1", List.of("5", "6", "5.0", "7"), "Q2", List.of("3", "4", "4", "3")),
            Map.of("Q1", List.of(-0.1, -2.0, -0.5, -3.0), "Q2", List.of(-1.0, -0.2, -0.3, -1.5)));

    private static BonInference.Report run(String verifier, int n) {
        return BonInference.run(GEN, PROMPTS, Verifier.of(verifier), AnswerExtractor.lastNumber(), new BonInference.Settings(null, n, 1.0, 64, 1L, true, 2));
    }

    @Test void majorityVotingWithExactTieHandling() {
        BonInference.Report r = run("majority", 4);
        // Q1: "5" and "5.0" are one answer (2 of 4 votes) and correct: Bo-4 picks one of them → 1.
        // Q2: "3" and "4" tie at 2 votes each: uniform among the 4 tied responses, 2 correct → 0.5.
        assertEquals(1.0, r.results().get(0).bonCorrect(), 0);
        assertEquals(0.5, r.results().get(1).bonCorrect(), 0);
        assertEquals(0.75, r.bonAccuracy().mean(), 1e-15);
        assertEquals(1.0, r.passAtN().mean(), 0);
        assertEquals(0.5, r.passAt1().mean(), 1e-15);
        assertTrue(r.passAtN().lo() < 1, "Wilson interval of 2/2 still has a lower end below 1");
    }

    @Test void logprobAndOracleVerifiers() {
        BonInference.Report lp = run("logprob", 4);
        assertEquals(1.0, lp.results().get(0).bonCorrect(), 0, "Q1's most likely response (−0.1) is the correct 5");
        assertEquals(0.0, lp.results().get(1).bonCorrect(), 0, "Q2's most likely response (−0.2) is the wrong 4");
        BonInference.Report or = run("oracle", 4);
        assertEquals(or.passAtN().mean(), or.bonAccuracy().mean(), 0, "selection by the true reward: Bo-N = pass@N");
        assertEquals(1, run("majority", 1).results().get(0).responses().size());
    }

    @Test void moreThanOneHundredTwentyEightResponsesAreSplitIntoRequests() {
        int before = GEN.requests.get();
        BonInference.Report r = run("majority", 130);
        assertEquals(130, r.results().get(0).responses().size());
        assertEquals(4, GEN.requests.get() - before, "2 prompts × (128 + 2)");
    }

    @Test void answersAndPromptFiles(@TempDir Path dir) throws Exception {
        AnswerExtractor x = AnswerExtractor.lastNumber();
        assertEquals("1234.5", x.extract("first 3, then 1,234.5"));
        assertNull(x.extract("no digits"));
        assertTrue(AnswerExtractor.matches("5.00", "5"));
        assertFalse(AnswerExtractor.matches("6", "5"));
        assertEquals("B", AnswerExtractor.regex("answer: \\(([A-D])\\)").extract("answer: (A) ... final answer: (B)"));
        assertTrue(AnswerExtractor.matches("b", "B"));
        Path f = dir.resolve("p.jsonl");
        Files.writeString(f, "{\"prompt\": \"2+2?\", \"answer\": 4}\n\n{\"prompt\": \"3+3?\", \"answer\": \"6\"}\n");
        assertEquals(List.of(new InferencePrompt("2+2?", "4"), new InferencePrompt("3+3?", "6")), PromptFile.read(f));
        Files.writeString(f, "{\"prompt\": \"2+2?\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PromptFile.read(f));
        assertTrue(e.getMessage().contains("p.jsonl:1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Verifier.of("judge"));
    }
}
