package io.hedgecone.llm;

import java.util.List;
import java.util.Objects;

/**
 * How to sample. Values are checked here, so a backend never sends a request that names an impossible value.
 *
 * @param n           samples to draw for the prompt, 1..128
 * @param temperature softmax temperature, finite and ≥ 0 (0 = greedy)
 * @param topP        nucleus mass, in (0, 1]
 * @param maxTokens   most tokens per sample, ≥ 1
 * @param stop        strings that end a sample (not included in it); none empty
 * @param seed        sampling seed, or {@code null} for the backend's choice (servers may ignore it)
 * @param logprobs    {@code null}: no log-probabilities; 0: the log-probability of each sampled token;
 *                    k in 1..20: also the k most likely alternatives at each position
 */
public record SamplingParams(int n, double temperature, double topP, int maxTokens, List<String> stop, Long seed,
                             Integer logprobs) {

    public static final int MAX_N = 128, MAX_TOP_LOGPROBS = 20;

    public SamplingParams {
        if (n < 1 || n > MAX_N) throw new IllegalArgumentException("n must be in 1.." + MAX_N + ", got " + n);
        if (!Double.isFinite(temperature) || temperature < 0)
            throw new IllegalArgumentException("temperature must be finite and >= 0, got " + temperature);
        if (!(topP > 0 && topP <= 1)) throw new IllegalArgumentException("top_p must be in (0, 1], got " + topP);
        if (maxTokens < 1) throw new IllegalArgumentException("max_tokens must be >= 1, got " + maxTokens);
        stop = List.copyOf(Objects.requireNonNull(stop, "stop"));
        for (int i = 0; i < stop.size(); i++)
            if (stop.get(i).isEmpty()) throw new IllegalArgumentException("stop[" + i + "] must not be empty");
        if (logprobs != null && (logprobs < 0 || logprobs > MAX_TOP_LOGPROBS))
            throw new IllegalArgumentException("logprobs must be in 0.." + MAX_TOP_LOGPROBS + ", got " + logprobs);
    }

    /** One sample, temperature 1, top-p 1, at most 256 tokens, no stop strings, no seed, no log-probabilities. */
    public static SamplingParams defaults() { return new SamplingParams(1, 1.0, 1.0, 256, List.of(), null, null); }

    public SamplingParams withN(int v) { return new SamplingParams(v, temperature, topP, maxTokens, stop, seed, logprobs); }

    public SamplingParams withTemperature(double v) { return new SamplingParams(n, v, topP, maxTokens, stop, seed, logprobs); }

    public SamplingParams withTopP(double v) { return new SamplingParams(n, temperature, v, maxTokens, stop, seed, logprobs); }

    public SamplingParams withMaxTokens(int v) { return new SamplingParams(n, temperature, topP, v, stop, seed, logprobs); }

    public SamplingParams withStop(List<String> v) { return new SamplingParams(n, temperature, topP, maxTokens, v, seed, logprobs); }

    public SamplingParams withSeed(Long v) { return new SamplingParams(n, temperature, topP, maxTokens, stop, v, logprobs); }

    public SamplingParams withLogprobs(Integer v) { return new SamplingParams(n, temperature, topP, maxTokens, stop, seed, v); }
}
