package io.hedgecone.cli;

import io.hedgecone.rl.report.ConfigFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The shape shared by {@code hedgecone rl eagle} and {@code rl bon}: a JSON configuration over defaults, an output
 * folder, an optional thread count; summary.md on stdout, progress on stderr.
 *
 * @param <C> the experiment's configuration record
 */
abstract class RlExperimentCommand<C> implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration; keys not given keep their defaults (see rl/README.md)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory (created)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the configuration's; results do not depend on it)")
    Integer threads;

    abstract C defaults();

    abstract Class<C> type();

    abstract C withThreads(C config, int threads);

    abstract String run(C config, Path out, PrintWriter log);

    @Override public Integer call() {
        C c = ConfigFiles.load(config, defaults(), type());
        if (threads != null) {
            if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
            c = withThreads(c, threads);
        }
        spec.commandLine().getOut().print(run(c, out, spec.commandLine().getErr()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
