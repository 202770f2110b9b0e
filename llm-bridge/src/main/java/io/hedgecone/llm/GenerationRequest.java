package io.hedgecone.llm;

import java.util.Objects;

/**
 * One prompt to sample from.
 *
 * @param model  model name, or {@code null} for the backend's default model
 * @param prompt text or chat prompt
 * @param params how to sample
 */
public record GenerationRequest(String model, Prompt prompt, SamplingParams params) {
    public GenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(params, "params");
        if (model != null && model.isBlank()) throw new IllegalArgumentException("model must not be blank (use null for the default)");
    }

    /** A text prompt with default sampling on the default model. */
    public static GenerationRequest of(String text) { return new GenerationRequest(null, Prompt.text(text), SamplingParams.defaults()); }

    public GenerationRequest withParams(SamplingParams p) { return new GenerationRequest(model, prompt, p); }

    public GenerationRequest withModel(String m) { return new GenerationRequest(m, prompt, params); }
}
