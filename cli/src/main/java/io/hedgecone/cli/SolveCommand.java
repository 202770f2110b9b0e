package io.hedgecone.cli;

import io.hedgecone.bandits.BanditSolve;
import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.instance.BanditInstance;
import io.hedgecone.bandits.instance.InstanceReader;
import io.hedgecone.bandits.instance.InstanceValidator;
import io.hedgecone.bandits.method.MethodOptions;
import io.hedgecone.bandits.method.Methods;
import io.hedgecone.bandits.method.PolicyMethod;
import io.hedgecone.bandits.method.VarMip;
import io.hedgecone.bandits.report.SolveJson;
import io.hedgecone.bandits.report.SolveTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code hedgecone solve INSTANCE.json}: policies of the chosen methods, certified bounds and Monte-Carlo regret. */
@Command(name = "solve", description = "Offline bandit: compute policies (BRMOB and baselines), certified VaR bounds and Monte-Carlo regret.")
final class SolveCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "bandit instance (JSON)")
    Path instance;

    @Option(names = "--method", paramLabel = "LIST", defaultValue = Methods.DEFAULT,
            description = "comma-separated methods, or all (default ${DEFAULT-VALUE}); known: brmob, brmob-union, brmob-chernoff, brmob-ellipsoid, cvar, scenario, var-mip, lcb, greedy, uniform")
    String methods;

    @Option(names = "--delta", paramLabel = "D", description = "risk level δ in (0, 0.5) (default: the instance's)")
    Double delta;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "100000", description = "Monte-Carlo posterior draws (default ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of all random draws (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "z", description = "LCB width: z, chernoff, hong or a number (default ${DEFAULT-VALUE})")
    String alpha;

    @Option(names = "--opt-samples", paramLabel = "N", defaultValue = "1000", description = "posterior draws optimized over by cvar (cap for scenario) (default ${DEFAULT-VALUE})")
    int optSamples;

    @Option(names = "--mip-samples", paramLabel = "N", defaultValue = "200", description = "draws (binaries) of var-mip (default ${DEFAULT-VALUE})")
    int mipSamples;

    @Option(names = "--mip-time-limit", paramLabel = "SEC", defaultValue = "10", description = "time limit of var-mip (default ${DEFAULT-VALUE})")
    double mipTimeLimit;

    @Option(names = "--mip-engine", paramLabel = "E", defaultValue = "scip", description = "OR-Tools engine of var-mip: scip or cpsat (default ${DEFAULT-VALUE})")
    String mipEngine;

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = "--verbose", description = "print each method's solver notes under the table")
    boolean verbose;

    @Override public Integer call() throws Exception {
        if (samples < 10) throw new CommandLine.ParameterException(spec.commandLine(), "--samples must be at least 10, got " + samples);
        BanditInstance in = InstanceReader.read(instance);
        double d = delta == null ? in.delta() : delta;
        InstanceValidator.checkDelta(d, "--delta");
        MethodOptions options = new MethodOptions(seed, optSamples, mipSamples, mipTimeLimit, mipEngine, alpha);
        List<PolicyMethod> list = Methods.parse(methods);
        var err = spec.commandLine().getErr();
        if (methods.strip().equals("all") && !VarMip.available())
            err.println("note: var-mip left out of 'all': the ortools backend is not on the class path");
        BanditSolve.Outcome out = BanditSolve.run(BanditProblem.of(in, d), list, options, samples, seed);
        var o = spec.commandLine().getOut();
        if (json) {
            if (!out.boundNote().isEmpty()) err.println("note: " + out.boundNote());
            o.println(SolveJson.toJson(out));
        } else {
            o.print(SolveTable.format(out, verbose));
        }
        o.flush();
        err.flush();
        return Main.OK;
    }
}
