package io.hedgecone.cli;

import io.hedgecone.cli.bench.BenchReport;
import io.hedgecone.cli.bench.BenchRow;
import io.hedgecone.solver.form.Perturbation;
import io.hedgecone.cli.bench.SolverBenchmark;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.io.InstanceManifest;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code hedgecone bench-solvers DIR...}: every instance of each folder (its MANIFEST.csv, else its model files) on every capable backend. */
@Command(name = "bench-solvers", description = "Benchmark backends on instance sets (folders with a MANIFEST.csv, or of model files without references); writes results.csv, summary.md, profile.png.")
final class BenchSolversCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "instance folders, each with a MANIFEST.csv (instances and reference optima) or else every .cbf/.mps/.qps[.gz] file in it")
    List<Path> dirs;

    @Option(names = "--backends", split = ",", paramLabel = "LIST", description = "backends to run (default: all registered)")
    List<String> backends;

    @Option(names = "--time-limit", paramLabel = "SEC", defaultValue = "60", description = "per-solve limit in seconds (default ${DEFAULT-VALUE})")
    double timeLimit;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "solve each instance N times and report the median time; the first solve is the one judged, and solves over 1 s run once (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--warmup", paramLabel = "SEC", defaultValue = "0",
            description = "before timing, solve the instances round-robin on each backend for SEC seconds per backend, untimed, so that JVM backends are measured with compiled code as in a long-running process (default ${DEFAULT-VALUE}: first solves include JIT compilation)")
    double warmup;

    @Option(names = "--perturb", paramLabel = "REL", defaultValue = "0",
            description = "robustness probe: also solve each instance --seeds times with its objective, row offsets and bounds multiplied entry by entry by 1 + REL·u, u uniform in [-1/2, 1/2) (seeds 1..N), judged like the original; writes robustness.csv and a Robustness section (default ${DEFAULT-VALUE}: off)")
    double perturb;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "5", description = "perturbed copies per instance with --perturb (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "output folder")
    Path out;

    @Override public Integer call() throws Exception {
        if (!(timeLimit > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit must be positive");
        if (!(warmup >= 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be >= 0 seconds, got " + warmup);
        if (repeat < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be >= 1, got " + repeat);
        if (!(perturb >= 0 && perturb < 1)) throw new CommandLine.ParameterException(spec.commandLine(), "--perturb must lie in [0, 1), got " + perturb);
        if (seeds < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--seeds must be >= 1, got " + seeds);
        int copies = perturb > 0 ? seeds : 0;
        List<SolverBackend> bs = new ArrayList<>();
        if (backends == null) bs.addAll(SolverRegistry.all());
        else for (String n : backends) bs.add(SolverRegistry.get(n.trim()));
        List<InstanceManifest> insts = new ArrayList<>();
        for (Path d : dirs) insts.addAll(InstanceManifest.forDir(d));
        List<BenchRow> rows = new ArrayList<>();
        List<BenchReport.Perturbed> perturbed = new ArrayList<>();
        var err = spec.commandLine().getErr();
        if (warmup > 0) SolverBenchmark.warmUp(insts, bs, warmup, err);
        try (SolverBenchmark bench = new SolverBenchmark(timeLimit, repeat);
             SolverBenchmark once = new SolverBenchmark(timeLimit, 1);
             ProgressBar pb = new ProgressBarBuilder().setTaskName("bench").setInitialMax((long) insts.size() * bs.size() * (1 + copies))
                     .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            for (InstanceManifest inst : insts) {
                ModelData data;
                try {
                    data = SolverBenchmark.read(inst);
                } catch (Exception e) {
                    err.println("cannot read " + inst.file() + ": " + e.getMessage());
                    pb.stepBy((long) bs.size() * (1 + copies));
                    continue;
                }
                for (SolverBackend b : bs) {
                    pb.setExtraMessage(inst.name() + " / " + b.name());
                    boolean capable = b.capabilities().missingFor(data).isEmpty();
                    if (capable) rows.add(bench.run(inst, data, b));
                    pb.step();
                    for (int seed = 1; seed <= copies; seed++) {
                        if (capable) perturbed.add(new BenchReport.Perturbed(seed, once.run(inst, Perturbation.of(data, perturb, seed), b)));
                        pb.step();
                    }
                }
            }
        }
        List<String> names = bs.stream().map(SolverBackend::name).toList();
        String cmd = "hedgecone bench-solvers " + String.join(" ", dirs.stream().map(Path::toString).toList())
                + " --backends " + String.join(",", names) + " --time-limit " + timeLimit + " --repeat " + repeat
                + (warmup > 0 ? " --warmup " + warmup : "") + (copies > 0 ? " --perturb " + perturb + " --seeds " + seeds : "") + " --out " + out;
        BenchReport.write(out, rows, names, timeLimit, cmd);
        if (copies > 0) BenchReport.writeRobustness(out, rows, perturbed, names, perturb, seeds);
        var o = spec.commandLine().getOut();
        o.print(Files.readString(out.resolve("summary.md")));
        o.flush();
        return Main.OK;
    }
}
