package io.hedgecone.cli;

import io.hedgecone.rl.eagle.EagleConfig;
import io.hedgecone.rl.eagle.EagleExperiment;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code hedgecone rl eagle [--config FILE] --out DIR}: the EAGLE experiment; summary.md on stdout, progress on stderr. */
@Command(name = "eagle", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"EAGLE: reference policies on uniform / myopic / G-optimal action sets and agents trained from them, on MovieLens",
                "embeddings, with the LLM bridge's simulator as the environment model. Writes CSV, PNG plots and summary.md to DIR."})
final class RlEagleCommand extends RlExperimentCommand<EagleConfig> {
    @Override EagleConfig defaults() { return EagleConfig.defaults(); }

    @Override Class<EagleConfig> type() { return EagleConfig.class; }

    @Override EagleConfig withThreads(EagleConfig c, int threads) { return new EagleConfig(c.data(), c.env(), c.agent(), c.train(), c.eval(), c.seeds(), threads); }

    @Override String run(EagleConfig c, Path out, PrintWriter log) { return EagleExperiment.run(c, out, log); }
}
