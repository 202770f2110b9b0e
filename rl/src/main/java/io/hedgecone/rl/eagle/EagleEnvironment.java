package io.hedgecone.rl.eagle;

import io.hedgecone.llm.GenerationRequest;
import io.hedgecone.llm.Prompt;
import io.hedgecone.llm.SamplingParams;
import io.hedgecone.llm.TextGenerator;
import io.hedgecone.rl.util.Seeds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * EAGLE's MDP (digest §A.2) over a {@link TextGenerator} (the fixed environment model) and an {@link ItemEncoder}
 * (E_D): the state is an item text, an action is a textual edit instruction, the transition asks the generator to
 * rewrite the item under the edit, and the reward U(E_D(x_H)) comes at the horizon. In each state the environment
 * proposes K candidate actions (generic from the generator, personalised from the profile), rolls each through the
 * generator once to get its next-state embedding z_a(x) (the sample the design and the agent's features use), and
 * keeps k by its {@link ActionSetReducer}. Every draw is seeded by the episode's seed, the step and the action text,
 * so an episode is a deterministic function of its seed and the agent's choices. Thread-safe if its parts are.
 */
public final class EagleEnvironment {
    static final String REWRITE = "Rewrite the item so that it follows the edit below; keep everything else. Answer with the new item line only.";

    /**
     * @param horizon      H, steps per episode
     * @param candidates   K, proposals per state
     * @param generic      how many of the K come from the generator (the rest from the profile)
     * @param keep         k, actions left after reduction
     * @param temperature  sampling temperature of the environment model
     * @param neighbours   nearest neighbours of the anchor in the utility (3 in EAGLE)
     * @param lambda       λ of the utility
     * @param model        model name for the generator, or null for its default
     */
    public record Settings(int horizon, int candidates, int generic, int keep, double temperature, int neighbours, double lambda, String model) {
        public Settings {
            if (horizon < 1) throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
            if (keep < 1 || candidates < keep) throw new IllegalArgumentException("need 1 <= k <= K, got k = " + keep + ", K = " + candidates);
            if (generic < 0 || generic > candidates) throw new IllegalArgumentException("generic proposals must be in 0..K, got " + generic);
        }
    }

    private final TextGenerator generator;
    private final ItemEncoder encoder;
    private final EagleDataset data;
    private final ActionProposer genericProposer, personalProposer;
    private final ActionSetReducer reducer;
    private final Settings s;

    public EagleEnvironment(TextGenerator generator, ItemEncoder encoder, EagleDataset data, ActionProposer genericProposer,
                            ActionProposer personalProposer, ActionSetReducer reducer, Settings settings) {
        this.generator = generator;
        this.encoder = encoder;
        this.data = data;
        this.genericProposer = genericProposer;
        this.personalProposer = personalProposer;
        this.reducer = reducer;
        this.s = settings;
    }

    public Settings settings() { return s; }

    public ActionSetReducer reducer() { return reducer; }

    /** x_0 = the anchor's text, with the utility for ({@code user}, {@code anchor}). */
    public Episode begin(int anchor, int user, long seed) {
        ContentGapUtility u = ContentGapUtility.forAnchor(data.userEmbeddings()[user], anchor, data.itemEmbeddings(), s.neighbours(), s.lambda());
        String text = data.itemText(anchor);
        return new Episode(anchor, user, seed, u, data.profiles().get(user), new EagleState(text, encoder.encode(text), 0));
    }

    /** Proposes K actions in {@code state}, looks each one step ahead and reduces them to k. */
    public Decision decide(Episode ep, EagleState state) {
        long stepSeed = Seeds.derive(ep.seed(), state.t());
        LinkedHashSet<String> proposals = new LinkedHashSet<>(genericProposer.propose(state.text(), ep.profile(), s.generic(), Seeds.derive(stepSeed, 1)));
        proposals.addAll(personalProposer.propose(state.text(), ep.profile(), s.candidates() - s.generic(), Seeds.derive(stepSeed, 2)));
        List<String> cands = new ArrayList<>(proposals);
        if (cands.isEmpty()) throw new IllegalStateException("no action proposed in state " + state.text());
        List<String> nextTexts = new ArrayList<>(cands.size());
        for (String a : cands) nextTexts.add(rewrite(state.text(), a, Seeds.derive(stepSeed, 3, Seeds.hash(a))));
        double[][] next = encoder.encode(nextTexts);
        double[] myopic = new double[next.length];
        for (int i = 0; i < next.length; i++) myopic[i] = ep.utility().value(next[i]);
        int[] keep = reducer.reduce(state.embedding(), next, myopic, s.keep(), Seeds.derive(stepSeed, 4));
        List<String> actions = new ArrayList<>(keep.length);
        double[][] kept = new double[keep.length][], feats = new double[keep.length][];
        double[] ref = new double[keep.length];
        for (int j = 0; j < keep.length; j++) {
            actions.add(cands.get(keep[j]));
            kept[j] = next[keep[j]];
            feats[j] = Features.action(ep.utility(), state.embedding(), kept[j]);
            ref[j] = 1.0 / keep.length;
        }
        return new Decision(List.copyOf(actions), cands.size(), kept, feats, ref);
    }

    /** Takes {@code action} in {@code state}: a fresh sample of the environment model (not the look-ahead one). */
    public EagleState step(Episode ep, EagleState state, String action) {
        String next = rewrite(state.text(), action, Seeds.derive(ep.seed(), state.t(), 5, Seeds.hash(action)));
        return new EagleState(next, encoder.encode(next), state.t() + 1);
    }

    private String rewrite(String state, String action, long seed) {
        SamplingParams p = SamplingParams.defaults().withTemperature(s.temperature()).withSeed(seed);
        String out = generator.generate(new GenerationRequest(s.model(), Prompt.text(REWRITE + "\n" + state + "\n" + action), p)).text().strip();
        return out.isEmpty() ? state : out; // an empty answer leaves the item as it was
    }
}
