package io.hedgecone.rl.bon.infer;

import java.util.Objects;

/**
 * A prompt with its reference answer.
 *
 * @param prompt the text sent to the model
 * @param answer the reference answer the extracted answer is compared with
 */
public record InferencePrompt(String prompt, String answer) {
    public InferencePrompt {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
    }
}
