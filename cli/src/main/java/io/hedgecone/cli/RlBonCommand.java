package io.hedgecone.cli;

import io.hedgecone.rl.bon.BonConfig;
import io.hedgecone.rl.bon.BonExperiment;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code hedgecone rl bon [--config FILE] --out DIR}: BoN-aware fine-tuning on the reasoning bandit; summary.md on stdout. */
@Command(name = "bon", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Best-of-N-aware fine-tuning on a simulated reasoning bandit: SFT, RL (N'=1), BoN-SFT, BoN-RL, BoN-RLB(P);",
                "learning curves and a final table over seeds. Writes CSV, PNG plots and summary.md to DIR."})
final class RlBonCommand extends RlExperimentCommand<BonConfig> {
    @Override BonConfig defaults() { return BonConfig.defaults(); }

    @Override Class<BonConfig> type() { return BonConfig.class; }

    @Override BonConfig withThreads(BonConfig c, int threads) { return new BonConfig(c.env(), c.n(), c.methods(), c.policies(), c.train(), c.seeds(), threads); }

    @Override String run(BonConfig c, Path out, PrintWriter log) { return BonExperiment.run(c, out, log); }
}
