package io.hedgecone.cli;

import io.hedgecone.rl.eagle.EagleConfig;
import io.hedgecone.rl.eagle.EagleExperiment;
import io.hedgecone.rl.report.ConfigFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code hedgecone rl eagle [--config FILE] --out DIR}: the EAGLE experiment; summary.md on stdout, progress on stderr. */
@Command(name = "eagle", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"EAGLE: reference policies on uniform / myopic / G-optimal action sets and agents trained from them, on MovieLens",
                "embeddings, with the LLM bridge's simulator as the environment model. Writes CSV, PNG plots and summary.md to DIR."})
final class RlEagleCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration; keys not given keep their defaults (see rl/README.md)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory (created)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the configuration's; results do not depend on it)")
    Integer threads;

    @Override public Integer call() {
        EagleConfig c = ConfigFiles.load(config, EagleConfig.defaults(), EagleConfig.class);
        if (threads != null) {
            if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
            c = new EagleConfig(c.data(), c.env(), c.agent(), c.train(), c.eval(), c.seeds(), threads);
        }
        String md = EagleExperiment.run(c, out, spec.commandLine().getErr());
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
