package io.hedgecone.cli;

import io.hedgecone.bandits.bench.BenchRunner;
import io.hedgecone.bandits.bench.ResultRow;
import io.hedgecone.bandits.bench.ResultsFile;
import io.hedgecone.bandits.bench.Suite;
import io.hedgecone.bandits.bench.SuitePlots;
import io.hedgecone.bandits.bench.SuiteReader;
import io.hedgecone.bandits.bench.SummaryWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code hedgecone bench SUITE.json --out DIR}: the frequentist-Bayes bandit benchmark; resumable. */
@Command(name = "bench", description = "Run a bandit benchmark suite (JSON); writes results.csv, summary.md and PNG plots into --out. Rerunning resumes.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE", description = "suite file (JSON), e.g. instances/suites/paper-style.json")
    Path suiteFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created; an existing results.csv is resumed)")
    Path out;

    @Override public Integer call() throws Exception {
        Suite s = SuiteReader.read(suiteFile);
        Files.createDirectories(out);
        ResultsFile results = new ResultsFile(out.resolve("results.csv"));
        ProgressBar[] bar = new ProgressBar[1];
        try {
            BenchRunner.run(s, results, new BenchRunner.Progress() {
                @Override public void start(int total, int done) {
                    bar[0] = new ProgressBarBuilder().setTaskName(s.name()).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
                    bar[0].stepTo(done);
                }

                @Override public void cellDone(String label) {
                    bar[0].setExtraMessage(label);
                    bar[0].step();
                }
            });
        } finally {
            if (bar[0] != null) bar[0].close();
        }
        List<ResultRow> rows = results.read();
        String cmd = "hedgecone bench " + suiteFile + " --out " + out;
        SummaryWriter.write(s, rows, cmd, out.resolve("summary.md"));
        List<Path> plots = SuitePlots.write(s, rows, out);
        var o = spec.commandLine().getOut();
        o.print(Files.readString(out.resolve("summary.md")));
        o.println();
        o.println("wrote " + out.resolve("results.csv") + ", " + out.resolve("summary.md") + " and " + plots.size() + " plots");
        o.flush();
        return Main.OK;
    }
}
