package io.hedgecone.llm.sim;

import io.hedgecone.llm.Embedder;
import io.hedgecone.llm.Embeddings;
import io.hedgecone.llm.FinishReason;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.LlmBadRequestException;
import io.hedgecone.llm.ModelCatalog;
import io.hedgecone.llm.ModelInfo;
import io.hedgecone.llm.Sample;
import io.hedgecone.llm.SamplingParams;
import io.hedgecone.llm.TextGenerator;
import io.hedgecone.llm.TokenLogprob;
import io.hedgecone.llm.Usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A <b>simulator</b> standing in for an LLM (not a language model): deterministic, seedable, instant. RL experiments
 * and tests use it when no real model is configured; results produced with it must be labelled as simulated.
 *
 * <p><b>Generation.</b> The prompt (a chat's messages joined by newlines) is read by line: the last line starting
 * with {@code item:} is the current item ({@code item: action=0.70 comedy=0.20 ...}, every attribute once, values
 * in [0, 1] with at most two decimals), and the {@code edit:} lines after it are applied in order
 * ({@code edit: increase comedy by 0.30}, {@code decrease ... by ...}, {@code set ... to ...}). Each sample is
 * <ul>
 *   <li>with an item and edits: the edited item (the environment of EAGLE) — each edited attribute moves by the edit
 *       plus discretised Gaussian noise of σ = {@code editNoise} hundredths, the others drift by σ = {@code driftNoise}
 *       hundredths, everything clamped to [0, 1];</li>
 *   <li>with an item and no edit: a proposed edit (an action proposal) — uniform attribute, a direction that can move
 *       it, amount 0.10, 0.20 or 0.30;</li>
 *   <li>with no item: a new item, every value uniform on 0.00..1.00.</li>
 * </ul>
 * Temperature divides the logits (σ scales by √T; T = 0 takes the first most likely outcome), top-p truncates each
 * choice's distribution, stop strings and {@code max_tokens} cut the sample (a token = one word with its leading
 * space), and the per-token log-probabilities are exact under the simulator. Every result is a pure function of the
 * simulator's seed, the request's seed (if any), the prompt text and the sample index: repeating a request repeats
 * its samples; pass different request seeds for fresh ones.
 *
 * <p><b>Embedding.</b> A fixed random linear map of the attribute vector plus per-text noise; see {@code SimEmbedding}.
 *
 * <p>Only the model name {@value #MODEL} (or none) is accepted. Thread-safe (immutable).
 */
public final class SimulatedLlm implements TextGenerator, Embedder, ModelCatalog {
    /** The simulator's model name. */
    public static final String MODEL = "hedgecone-sim";

    /**
     * Parameters of the simulator.
     *
     * @param seed           master seed
     * @param space          item attributes
     * @param dimension      embedding dimension, ≥ 1
     * @param editNoise      σ of an edited attribute's noise at T = 1, in hundredths, ≥ 0
     * @param driftNoise     σ of an unedited attribute's drift at T = 1, in hundredths, ≥ 0
     * @param embeddingNoise σ of the per-text embedding noise, ≥ 0
     */
    public record Config(long seed, AttributeSpace space, int dimension, double editNoise, double driftNoise, double embeddingNoise) {
        public Config {
            Objects.requireNonNull(space, "space");
            if (dimension < 1) throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
            for (double v : new double[]{editNoise, driftNoise, embeddingNoise})
                if (!(v >= 0) || !Double.isFinite(v)) throw new IllegalArgumentException("noise levels must be finite and >= 0, got " + v);
        }

        /** Movie attributes, dimension 16, edit noise 5 hundredths, drift 1 hundredth, embedding noise 0.01. */
        public static Config defaults(long seed) { return new Config(seed, AttributeSpace.movies(), 16, 5, 1, 0.01); }

        public Config withDimension(int d) { return new Config(seed, space, d, editNoise, driftNoise, embeddingNoise); }
    }

    private final Config cfg;
    private final SimEmbedding embedding;

    public SimulatedLlm(Config cfg) {
        this.cfg = Objects.requireNonNull(cfg, "cfg");
        this.embedding = new SimEmbedding(cfg.space(), cfg.dimension(), cfg.embeddingNoise(), cfg.seed());
    }

    /** The simulator with default parameters and {@code seed}. */
    public static SimulatedLlm withSeed(long seed) { return new SimulatedLlm(Config.defaults(seed)); }

    public Config config() { return cfg; }

    @Override public Generation generate(GenerationRequest r) {
        checkModel(r.model());
        SamplingParams p = r.params();
        String text = r.prompt().joinedText();
        SimPrompt sp = SimPrompt.parse(text, cfg.space());
        long base = SimRandom.seed(cfg.seed(), p.seed() == null ? 0 : 1, p.seed() == null ? 0 : p.seed(), SimRandom.hash(text));
        int topK = p.logprobs() == null ? 0 : p.logprobs();
        List<Sample> samples = new ArrayList<>();
        int completion = 0;
        for (int i = 0; i < p.n(); i++) {
            SimSampler s = new SimSampler(cfg.space(), p.temperature(), p.topP(), topK, new SimRandom(SimRandom.seed(base, i)));
            List<SimSampler.Tok> toks = sp.item() == null ? s.newItem()
                    : sp.edits().isEmpty() ? s.proposedEdit(sp.item())
                    : s.editedItem(sp.item(), sp.edits(), cfg.editNoise(), cfg.driftNoise());
            Sample sample = finish(i, toks, p);
            completion += completionTokens(toks, p);
            samples.add(sample);
        }
        return new Generation(MODEL, samples, new Usage(words(text), completion));
    }

    /** Applies stop strings, then max_tokens (as a server would have stopped there); keeps log-probabilities only if asked. */
    private static Sample finish(int index, List<SimSampler.Tok> toks, SamplingParams p) {
        List<SimSampler.Tok> kept = cut(toks, p);
        FinishReason reason = FinishReason.STOP; // the sample ended, or a stop string ended it
        if (kept.size() > p.maxTokens()) {
            kept = kept.subList(0, p.maxTokens());
            reason = FinishReason.LENGTH;
        }
        List<TokenLogprob> lps = new ArrayList<>();
        if (p.logprobs() != null) for (SimSampler.Tok t : kept) lps.add(new TokenLogprob(t.text(), t.logprob(), t.top()));
        return new Sample(index, join(kept), reason, lps);
    }

    private static int completionTokens(List<SimSampler.Tok> toks, SamplingParams p) { return Math.min(cut(toks, p).size(), p.maxTokens()); }

    /** The tokens before the first stop string, the last one shortened to end where the stop string starts. */
    private static List<SimSampler.Tok> cut(List<SimSampler.Tok> toks, SamplingParams p) {
        int at = stopIndex(join(toks), p.stop());
        if (at < 0) return toks;
        List<SimSampler.Tok> out = new ArrayList<>();
        int pos = 0;
        for (SimSampler.Tok t : toks) {
            if (pos >= at) break;
            int end = pos + t.text().length();
            out.add(end <= at ? t : new SimSampler.Tok(t.text().substring(0, at - pos), t.logprob(), t.top()));
            pos = end;
        }
        return out;
    }

    private static int stopIndex(String text, List<String> stops) {
        int best = -1;
        for (String s : stops) {
            int i = text.indexOf(s);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private static String join(List<SimSampler.Tok> toks) {
        StringBuilder sb = new StringBuilder();
        for (SimSampler.Tok t : toks) sb.append(t.text());
        return sb.toString();
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static void checkModel(String model) {
        if (model != null && !model.equals(MODEL))
            throw new LlmBadRequestException("unknown model '" + model + "': the simulator serves only '" + MODEL + "'");
    }

    @Override public int dimension() { return embedding.dimension(); }

    @Override public Embeddings embed(List<String> texts) {
        List<float[]> vs = new ArrayList<>(texts.size());
        int tokens = 0;
        for (String t : texts) {
            vs.add(embedding.embed(Objects.requireNonNull(t, "text")));
            tokens += words(t);
        }
        return new Embeddings(MODEL, embedding.dimension(), vs, new Usage(tokens, 0));
    }

    /** W·a for an item, without the noise: the simulator's ground truth for experiments that need it. */
    public double[] embedNoiseFree(SimItem item) { return embedding.linear(item.values()); }

    /** A copy of the linear map W (dimension × attributes). */
    public double[][] embeddingMatrix() { return embedding.matrix(); }

    @Override public List<ModelInfo> models() { return List.of(new ModelInfo(MODEL, "hedgecone simulator (not a language model)")); }

    @Override public String toString() { return "SimulatedLlm[seed=" + cfg.seed() + ", simulator, not an LLM]"; }
}
