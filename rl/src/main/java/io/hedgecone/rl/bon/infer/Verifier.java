package io.hedgecone.rl.bon.infer;

import io.hedgecone.llm.Sample;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the N responses of one prompt; Best-of-N returns a highest-scoring one (ties uniform).
 */
public interface Verifier {

    /** Name used in output. */
    String name();

    /** Whether the requests must ask for token log-probabilities. */
    default boolean needsLogprobs() { return false; }

    /**
     * @param samples  the N responses
     * @param answers  their extracted answers (null where none)
     * @param correct  their correctness against the reference (only the oracle may look)
     */
    double[] scores(List<Sample> samples, List<String> answers, boolean[] correct);

    /** By name: {@code logprob}, {@code majority} or {@code oracle}. */
    static Verifier of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "logprob" -> new Verifier() {
                @Override public String name() { return "logprob"; }

                @Override public boolean needsLogprobs() { return true; }

                /** Mean token log-probability: the model's own confidence, length-normalised. */
                @Override public double[] scores(List<Sample> samples, List<String> answers, boolean[] correct) {
                    double[] s = new double[samples.size()];
                    for (int i = 0; i < s.length; i++) {
                        Sample x = samples.get(i);
                        if (x.logprobs().isEmpty()) throw new IllegalStateException("the backend returned no log-probabilities for the logprob verifier");
                        s[i] = x.logprobSum() / x.logprobs().size();
                    }
                    return s;
                }
            };
            case "majority" -> new Verifier() {
                @Override public String name() { return "majority"; }

                /** Self-consistency: the share of the N responses that give the same answer (0 without an answer). */
                @Override public double[] scores(List<Sample> samples, List<String> answers, boolean[] correct) {
                    Map<String, Integer> votes = new HashMap<>();
                    for (String a : answers) if (a != null) votes.merge(key(a), 1, Integer::sum);
                    double[] s = new double[answers.size()];
                    for (int i = 0; i < s.length; i++) s[i] = answers.get(i) == null ? 0 : votes.get(key(answers.get(i))) / (double) answers.size();
                    return s;
                }

                /** Numbers vote by value (5 = 5.0), other answers by case-insensitive text. */
                private String key(String a) {
                    try {
                        return new java.math.BigDecimal(a.strip().replace(",", "")).stripTrailingZeros().toPlainString();
                    } catch (NumberFormatException e) {
                        return a.strip().toLowerCase(Locale.ROOT);
                    }
                }
            };
            case "oracle" -> new Verifier() {
                @Override public String name() { return "oracle"; }

                /** Selection by the true reward: Bo-N then equals pass@N (an upper bound for any verifier). */
                @Override public double[] scores(List<Sample> samples, List<String> answers, boolean[] correct) {
                    double[] s = new double[correct.length];
                    for (int i = 0; i < s.length; i++) s[i] = correct[i] ? 1 : 0;
                    return s;
                }
            };
            default -> throw new IllegalArgumentException("unknown verifier '" + name + "'; expected logprob, majority or oracle");
        };
    }
}
