package io.hedgecone.rl.eagle;

import io.hedgecone.llm.sim.SimulatedLlm;
import io.hedgecone.rl.mf.SyntheticRatings;
import io.hedgecone.rl.mf.WalsConfig;

import java.util.ArrayList;
import java.util.List;

/** A small synthetic EAGLE setting shared by the tests (built in well under a second). */
final class EagleFixtures {
    static final SyntheticRatings SMALL = new SyntheticRatings(80, 120, 4, 8, 4, 1.0, 0.3, 0.1, 0.3, 3.5, 0.3);
    static final EagleDataset DATA = EagleDatasets.synthetic(SMALL, 3, new WalsConfig(5, 1.0, WalsConfig.Mode.EXPLICIT, 0, 0, 10, 0.1, 3), 0.1, 3);

    private EagleFixtures() {}

    static SimulatedLlm sim(long seed) { return new SimulatedLlm(new SimulatedLlm.Config(seed, DATA.space(), 16, 5, 1, 0.01)); }

    static ItemEncoder.Fit encoder(SimulatedLlm sim) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < DATA.items(); i++) texts.add(DATA.itemText(i));
        return ItemEncoder.fit(sim, texts, DATA.itemEmbeddings(), 1.0, 0.2, 5);
    }

    static EagleEnvironment environment(SimulatedLlm sim, ActionSetReducer reducer, int horizon) {
        return new EagleEnvironment(sim, encoder(sim).encoder(), DATA, new GeneratorActionProposer(sim, null, 1.0, false), new ProfileActionProposer(),
                reducer, new EagleEnvironment.Settings(horizon, 10, 5, 4, 1.0, 3, 0.5, null));
    }
}
