package io.hedgecone.cli;

import io.hedgecone.rl.bon.BonConfig;
import io.hedgecone.rl.bon.BonExperiment;
import io.hedgecone.rl.report.ConfigFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code hedgecone rl bon [--config FILE] --out DIR}: BoN-aware fine-tuning on the reasoning bandit; summary.md on stdout. */
@Command(name = "bon", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Best-of-N-aware fine-tuning on a simulated reasoning bandit: SFT, RL (N'=1), BoN-SFT, BoN-RL, BoN-RLB(P);",
                "learning curves and a final table over seeds. Writes CSV, PNG plots and summary.md to DIR."})
final class RlBonCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration; keys not given keep their defaults (see rl/README.md)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory (created)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the configuration's; results do not depend on it)")
    Integer threads;

    @Override public Integer call() {
        BonConfig c = ConfigFiles.load(config, BonConfig.defaults(), BonConfig.class);
        if (threads != null) {
            if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
            c = new BonConfig(c.env(), c.n(), c.methods(), c.policies(), c.train(), c.seeds(), threads);
        }
        String md = BonExperiment.run(c, out, spec.commandLine().getErr());
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
