package io.hedgecone.llm;

import java.util.List;
import java.util.Objects;

/**
 * The natural-log probability of one sampled token, and optionally of the most likely alternatives there.
 *
 * @param token   the token's text
 * @param logprob ln p(token | prefix), ≤ 0
 * @param top     the most likely tokens at this position, most likely first (empty unless asked for)
 */
public record TokenLogprob(String token, double logprob, List<Alternative> top) {

    /** One alternative token at a position. */
    public record Alternative(String token, double logprob) {
        public Alternative { Objects.requireNonNull(token, "token"); }
    }

    public TokenLogprob {
        Objects.requireNonNull(token, "token");
        top = List.copyOf(top);
    }
}
