package io.hedgecone.rl.eagle;

import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.Sample;
import io.hedgecone.llm.SamplingParams;
import io.hedgecone.llm.TextGenerator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generic actions sampled from a {@link TextGenerator} (EAGLE's action-generating LLM): one request for up to twice
 * as many samples as needed, first {@code count} distinct ones kept. With {@code personalised}, the prompt also
 * carries the user's profile; the simulator ignores that line (it proposes uniform edits), a real model may not.
 */
public final class GeneratorActionProposer implements ActionProposer {
    static final String INSTRUCTION = "Propose one edit instruction that changes the item below, written as "
            + "'edit: increase ATTRIBUTE by AMOUNT' or 'edit: decrease ATTRIBUTE by AMOUNT'. Answer with the edit line only.";

    private final TextGenerator generator;
    private final String model;
    private final double temperature;
    private final boolean personalised;

    public GeneratorActionProposer(TextGenerator generator, String model, double temperature, boolean personalised) {
        this.generator = generator;
        this.model = model;
        this.temperature = temperature;
        this.personalised = personalised;
    }

    @Override public List<String> propose(String state, UserProfile profile, int count, long seed) {
        if (count <= 0) return List.of();
        String prompt = INSTRUCTION + "\n" + (personalised ? profile.render() + "\n" : "") + state;
        int n = Math.min(SamplingParams.MAX_N, 2 * count);
        SamplingParams p = SamplingParams.defaults().withN(n).withTemperature(temperature).withMaxTokens(32).withSeed(seed);
        Set<String> out = new LinkedHashSet<>();
        for (Sample s : generator.generate(new GenerationRequest(model, Prompt.text(prompt), p)).samples()) {
            String a = s.text().strip();
            if (!a.isEmpty()) out.add(a);
            if (out.size() == count) break;
        }
        return new ArrayList<>(out);
    }
}
