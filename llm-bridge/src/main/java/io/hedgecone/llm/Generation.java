package io.hedgecone.llm;

import java.util.List;
import java.util.Objects;

/**
 * The samples drawn for one {@link GenerationRequest}.
 *
 * @param model   the model that produced them, as the backend names it
 * @param samples exactly {@code n} samples, sample {@code i} at index {@code i}
 * @param usage   token counts
 */
public record Generation(String model, List<Sample> samples, Usage usage) {
    public Generation {
        Objects.requireNonNull(model, "model");
        samples = List.copyOf(samples);
        Objects.requireNonNull(usage, "usage");
        for (int i = 0; i < samples.size(); i++)
            if (samples.get(i).index() != i) throw new IllegalArgumentException("samples[" + i + "] has index " + samples.get(i).index());
    }

    /** The text of sample 0. */
    public String text() { return samples.get(0).text(); }
}
