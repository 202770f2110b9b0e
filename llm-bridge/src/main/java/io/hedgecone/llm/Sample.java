package io.hedgecone.llm;

import java.util.List;
import java.util.Objects;

/**
 * One sampled continuation.
 *
 * @param index        position among the request's samples, 0..n-1
 * @param text         the generated text (without the prompt and without the stop string)
 * @param finishReason why it ended
 * @param logprobs     per-token log-probabilities in order; empty unless the request asked for them
 */
public record Sample(int index, String text, FinishReason finishReason, List<TokenLogprob> logprobs) {
    public Sample {
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, got " + index);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(finishReason, "finishReason");
        logprobs = List.copyOf(logprobs);
    }

    /** ln p(sample | prompt) as the sum of the token log-probabilities; NaN when they were not returned. */
    public double logprobSum() {
        if (logprobs.isEmpty()) return Double.NaN;
        double s = 0;
        for (TokenLogprob t : logprobs) s += t.logprob();
        return s;
    }
}
