package io.hedgecone.llm.sim;

import io.hedgecone.llm.ChatMessage;
import io.hedgecone.llm.FinishReason;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.LlmBadRequestException;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.Sample;
import io.hedgecone.llm.SamplingParams;
import io.hedgecone.llm.TokenLogprob;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedLlmTest {
    private static final AttributeSpace SPACE = AttributeSpace.movies();
    private static final SimItem ITEM = SimItem.of(SPACE, 0.70, 0.20, 0.50, 0.10, 0.00, 0.90, 0.30, 0.05);
    private final SimulatedLlm sim = SimulatedLlm.withSeed(2024);

    private static GenerationRequest req(String prompt, SamplingParams p) { return new GenerationRequest(null, Prompt.text(prompt), p); }

    private static SimItem parse(String text) { return SimPrompt.lastItem(text, SPACE); }

    @Test void itemsRenderAndParseBackExactly() {
        assertEquals("item: action=0.70 comedy=0.20 drama=0.50 romance=0.10 horror=0.00 scifi=0.90 animation=0.30 documentary=0.05", ITEM.render());
        assertEquals(ITEM, parse("some words\n" + ITEM.render() + "\nmore words"));
        assertEquals(new Edit(Edit.Kind.SET, "drama", 90), SimPrompt.parse(ITEM.render() + "\nedit: set drama to 0.9", SPACE).edits().get(0));
    }

    @Test void sameSeedSameSamplesOtherSeedOthers() {
        GenerationRequest r = req(ITEM.render() + "\nedit: increase comedy by 0.30", SamplingParams.defaults().withN(4));
        assertEquals(sim.generate(r), SimulatedLlm.withSeed(2024).generate(r));
        assertNotEquals(sim.generate(r), SimulatedLlm.withSeed(2025).generate(r));
        assertNotEquals(sim.generate(r), sim.generate(r.withParams(r.params().withSeed(1L))));
    }

    @Test void anEditMovesItsAttributeAndLittleElse() {
        GenerationRequest r = req(ITEM.render() + "\nedit: increase comedy by 0.30", SamplingParams.defaults().withN(64).withSeed(3L));
        double comedy = 0, drift = 0;
        Set<String> distinct = new HashSet<>();
        for (Sample s : sim.generate(r).samples()) {
            SimItem out = parse(s.text());
            distinct.add(s.text());
            comedy += out.value(1);
            for (int i = 0; i < SPACE.size(); i++) if (i != 1) drift = Math.max(drift, Math.abs(out.value(i) - ITEM.value(i)));
        }
        // mean of 64 draws with σ = 0.05 is within 0.03 of 0.50 except with odds below 1e-5
        assertEquals(0.50, comedy / 64, 0.03);
        assertTrue(drift <= 0.07, "drift σ is 0.01, saw " + drift); // 7σ
        assertTrue(distinct.size() > 32, "samples should differ: " + distinct.size());
    }

    @Test void temperatureZeroIsGreedyAndExact() {
        GenerationRequest r = req(ITEM.render() + "\nedit: decrease action by 0.20\nedit: set horror to 0.40",
                SamplingParams.defaults().withN(3).withTemperature(0).withLogprobs(0));
        Generation g = sim.generate(r);
        SimItem expected = SimItem.of(SPACE, 0.50, 0.20, 0.50, 0.10, 0.40, 0.90, 0.30, 0.05);
        for (Sample s : g.samples()) {
            assertEquals(expected.render(), s.text());
            assertEquals(0.0, s.logprobSum());
        }
    }

    @Test void valuesAreClampedToTheUnitInterval() {
        Generation g = sim.generate(req(ITEM.render() + "\nedit: increase scifi by 0.30", SamplingParams.defaults().withN(20).withSeed(8L)));
        for (Sample s : g.samples()) assertTrue(parse(s.text()).value(5) <= 1.0);
        assertEquals(1.0, parse(sim.generate(req(ITEM.render() + "\nedit: increase scifi by 0.30",
                SamplingParams.defaults().withTemperature(0))).text()).value(5));
    }

    @Test void logprobsAreExactUnderTheSimulator() {
        // the sampled level of an edited attribute has probability ∝ exp(-k²/2σ²) of its offset k from the target
        SamplingParams p = SamplingParams.defaults().withSeed(4L).withLogprobs(3);
        Sample s = sim.generate(req(ITEM.render() + "\nedit: set drama to 0.50", p)).samples().get(0);
        TokenLogprob drama = s.logprobs().get(3);
        assertTrue(drama.token().startsWith(" drama="), drama.token());
        int k = (int) Math.round(Double.parseDouble(drama.token().substring(7)) * 100) - 50;
        double z = 0;
        for (int j = -60; j <= 60; j++) z += Math.exp(-0.5 * (j / 5.0) * (j / 5.0)); // σ = 5 hundredths, far from the bounds
        assertEquals(-0.5 * (k / 5.0) * (k / 5.0) - Math.log(z), drama.logprob(), 1e-12);
        assertEquals(" drama=0.50", drama.top().get(0).token()); // the mode is most likely
        assertEquals(3, drama.top().size());
        assertEquals(s.text(), s.logprobs().stream().map(TokenLogprob::token).reduce("", String::concat)); // tokens tile the text
    }

    @Test void withoutAnEditItProposesOne() {
        Sample s = sim.generate(req(ITEM.render(), SamplingParams.defaults().withSeed(1L).withLogprobs(0))).samples().get(0);
        assertTrue(s.text().matches("edit: (increase|decrease) [a-z]+ by 0\\.[123]0"), s.text());
        // uniform attribute (1/8), feasible direction (1/2 or 1), amount (1/3)
        double lp = s.logprobSum();
        assertTrue(Math.abs(lp - Math.log(1 / 8.0 / 2 / 3)) < 1e-12 || Math.abs(lp - Math.log(1 / 8.0 / 3)) < 1e-12, "" + lp);
        String first = sim.generate(req(ITEM.render(), SamplingParams.defaults().withTemperature(0))).text();
        assertEquals("edit: increase action by 0.10", first);
        // horror is 0.00: it can only increase
        for (Sample x : sim.generate(req(ITEM.render(), SamplingParams.defaults().withN(100).withSeed(2L))).samples())
            assertTrue(!x.text().contains("decrease horror"), x.text());
    }

    @Test void withoutAnItemItInventsOne() {
        Generation g = sim.generate(req("hello world", SamplingParams.defaults().withN(2)));
        SimItem a = parse(g.samples().get(0).text());
        assertTrue(a != null && !g.samples().get(0).text().equals(g.samples().get(1).text()));
        assertEquals(2, g.usage().promptTokens());
        assertEquals(2 * (1 + SPACE.size()), g.usage().completionTokens());
    }

    @Test void stopStringsAndMaxTokensCutTheSample() {
        String prompt = ITEM.render() + "\nedit: set drama to 0.50";
        Sample stopped = sim.generate(req(prompt, SamplingParams.defaults().withTemperature(0).withStop(List.of(" romance")).withLogprobs(0))).samples().get(0);
        assertEquals("item: action=0.70 comedy=0.20 drama=0.50", stopped.text());
        assertEquals(FinishReason.STOP, stopped.finishReason());
        assertEquals(4, stopped.logprobs().size());
        Sample cut = sim.generate(req(prompt, SamplingParams.defaults().withTemperature(0).withMaxTokens(3))).samples().get(0);
        assertEquals("item: action=0.70 comedy=0.20", cut.text());
        assertEquals(FinishReason.LENGTH, cut.finishReason());
        Sample mid = sim.generate(req(prompt, SamplingParams.defaults().withTemperature(0).withStop(List.of("=0.2")).withLogprobs(0))).samples().get(0);
        assertEquals("item: action=0.70 comedy", mid.text()); // a stop inside a token shortens that token
        assertEquals(" comedy", mid.logprobs().get(2).token());
    }

    @Test void topPNarrowsTheChoices() {
        // top_p = 0.05 keeps only the most likely level of each attribute: the greedy answer
        String prompt = ITEM.render() + "\nedit: set drama to 0.50";
        Generation g = sim.generate(req(prompt, SamplingParams.defaults().withN(5).withTopP(0.05)));
        String greedy = sim.generate(req(prompt, SamplingParams.defaults().withTemperature(0))).text();
        for (Sample s : g.samples()) assertEquals(greedy, s.text());
    }

    @Test void chatMessagesAreReadToo() {
        GenerationRequest r = new GenerationRequest(null, Prompt.chat(ChatMessage.system("Rewrite the item."),
                ChatMessage.user(ITEM.render()), ChatMessage.user("edit: set drama to 1.00")), SamplingParams.defaults().withTemperature(0));
        assertEquals(1.0, parse(sim.generate(r).text()).value(2));
    }

    @Test void malformedPromptLinesAreBadRequestsNamingTheLine() {
        LlmBadRequestException e = assertThrows(LlmBadRequestException.class,
                () -> sim.generate(req("x\nitem: action=0.7 comedy=2", SamplingParams.defaults())));
        assertEquals("simulator prompt line 2: comedy value '2' must be a number in [0, 1] with at most two decimals", e.getMessage());
        e = assertThrows(LlmBadRequestException.class, () -> sim.generate(req(ITEM.render() + "\nedit: make it funnier", SamplingParams.defaults())));
        assertTrue(e.getMessage().startsWith("simulator prompt line 2: edit must be"), e.getMessage());
        e = assertThrows(LlmBadRequestException.class, () -> sim.generate(req(ITEM.render().replace("horror", "thriller"), SamplingParams.defaults())));
        assertTrue(e.getMessage().contains("unknown attribute 'thriller'"), e.getMessage());
        e = assertThrows(LlmBadRequestException.class, () -> sim.generate(GenerationRequest.of("x").withModel("gpt-4")));
        assertTrue(e.getMessage().contains("serves only 'hedgecone-sim'"), e.getMessage());
    }

    @Test void theEmbeddingIsALinearMapPlusSmallNoise() {
        float[] e = sim.embed(ITEM.render());
        double[] clean = sim.embedNoiseFree(ITEM);
        double[][] w = sim.embeddingMatrix();
        double[] a = ITEM.values();
        for (int i = 0; i < clean.length; i++) {
            double wa = 0;
            for (int j = 0; j < a.length; j++) wa += w[i][j] * a[j];
            assertEquals(wa, clean[i], 1e-12);
            assertEquals(clean[i], e[i], 0.06); // σ = 0.01: 6σ
        }
        assertArrayEquals(e, sim.embed(ITEM.render())); // same text, same vector
        assertTrue(!java.util.Arrays.equals(e, sim.embed("a preface\n" + ITEM.render()))); // other text, other noise
        assertEquals(16, sim.dimension());
        assertEquals(16, sim.embed("free text without an item").length);
    }

    @Test void pinnedValuesDoNotDriftAcrossVersions() {
        // the simulator's numbers are fixed by its own code (SplitMix64, Box–Muller): a change here changes experiments
        SimRandom r = new SimRandom(42);
        assertEquals(-4767286540954276203L, r.nextLong()); // SplitMix64's published first output for seed 42
        assertEquals("item: action=0.68 comedy=0.54 drama=0.49 romance=0.10 horror=0.01 scifi=0.91 animation=0.31 documentary=0.05",
                SimulatedLlm.withSeed(1).generate(req(ITEM.render() + "\nedit: increase comedy by 0.30", SamplingParams.defaults())).text());
    }
}
