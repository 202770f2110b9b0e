package io.hedgecone.cli;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.Criterion;
import io.hedgecone.design.DesignOptions;
import io.hedgecone.design.DesignProblem;
import io.hedgecone.design.DesignResult;
import io.hedgecone.design.Method;
import io.hedgecone.design.OptimalDesign;
import io.hedgecone.design.conic.ConicDesign;
import io.hedgecone.design.conic.DFormulation;
import io.hedgecone.design.data.PointsCsv;
import io.hedgecone.design.rounding.KPointDesign;
import io.hedgecone.solver.spi.SolveOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hedgecone design FILE.csv}: an optimal continuous design over the points of a CSV file, its certificate and
 * optionally a rounding to k points. {@code --repeat N} reruns the whole computation and reports the median time
 * (the first runs include JIT compilation).
 */
@Command(name = "design", sortOptions = false, subcommands = DesignGenerateCommand.class,
        description = {"Optimal experimental design (D, G, A) over candidate points, one per CSV row; certified; optional rounding to k points.",
                "Use 'hedgecone design generate' to write a seeded synthetic points file."})
final class DesignCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.csv", description = "candidate points, one per row (header optional)")
    Path file;

    @Option(names = "--criterion", paramLabel = "D|G|A", defaultValue = "D", description = "optimality criterion (default ${DEFAULT-VALUE})")
    String criterion;

    @Option(names = "--select", paramLabel = "K", description = "round the design to exactly K candidates")
    Integer select;

    @Option(names = "--method", paramLabel = "conic|fw|auto", defaultValue = "auto",
            description = "conic model, Frank-Wolfe, or auto (conic for small models; default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--json", description = "print exactly one JSON object")
    boolean json;

    @Option(names = "--rounding", paramLabel = "RULE", defaultValue = "exchange",
            description = "with --select: exchange (greedy + Fedorov exchange), topk, sample or eagle (default ${DEFAULT-VALUE})")
    String rounding;

    @Option(names = "--epsilon", paramLabel = "EPS", defaultValue = "1e-6", description = "Frank-Wolfe tolerance: max leverage <= (1+EPS)*n (default ${DEFAULT-VALUE})")
    double epsilon;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "1000000", description = "Frank-Wolfe iteration limit (default ${DEFAULT-VALUE})")
    int maxIterations;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "0", description = "seed of the sample and eagle roundings (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--eagle-c", paramLabel = "C", defaultValue = "1", description = "EAGLE acceptance factor: max leverage <= C*n (default ${DEFAULT-VALUE})")
    double eagleC;

    @Option(names = "--max-draws", paramLabel = "N", defaultValue = "1000", description = "EAGLE rejection-sampling draws (default ${DEFAULT-VALUE})")
    int maxDraws;

    @Option(names = "--require", split = ",", paramLabel = "I", description = "0-based candidates every selection must contain")
    int[] required;

    @Option(names = "--backend", paramLabel = "NAME", description = "backend of the conic path (default: the first capable one)")
    String backend;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "conic backend option, e.g. gap_rel_tol=1e-7 for native (default: native solves to 1e-10)")
    java.util.Map<String, String> params = new java.util.HashMap<>();

    @Option(names = "--d-formulation", paramLabel = "F", defaultValue = "geomean_soc",
            description = "D model: geomean_soc (rotated cones only) or logdet_exp (exponential cones) (default ${DEFAULT-VALUE})")
    String dFormulation;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "run N times and report the median solve time")
    int repeat;

    @Override public Integer call() throws Exception {
        if (file == null) throw new CommandLine.ParameterException(spec.commandLine(), "missing FILE.csv (or use 'hedgecone design generate')");
        if (select != null && select < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--select must be >= 1, got " + select);
        if (repeat < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be >= 1, got " + repeat);
        if (!(epsilon > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--epsilon must be positive, got " + epsilon);
        Criterion crit = Criterion.parse(criterion);
        DFormulation df = switch (dFormulation.toLowerCase(java.util.Locale.ROOT)) {
            case "geomean_soc" -> DFormulation.GEOMEAN_SOC;
            case "logdet_exp" -> DFormulation.LOGDET_EXP;
            default -> throw new IllegalArgumentException("unknown --d-formulation '" + dFormulation + "'; expected geomean_soc or logdet_exp");
        };
        SolveOptions so = SolveOptions.defaults();
        for (var e : params.entrySet()) so = so.withParam(e.getKey(), e.getValue());
        DesignOptions opts = DesignOptions.defaults().withMethod(Method.parse(method)).withEpsilon(epsilon).withMaxIterations(maxIterations)
                .withConic(new ConicDesign.Settings(backend, df, so));
        DesignProblem problem = DesignProblem.of(PointsCsv.read(file)).withRequired(required == null ? new int[0] : required);
        var rule = select == null ? null : KPointDesign.rule(rounding, seed, eagleC, maxDraws);
        double[] times = new double[repeat], cpu = new double[repeat];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        DesignResult result = null;
        KPointDesign picked = null;
        for (int run = 0; run < repeat; run++) {
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            Candidates c = Candidates.of(problem, opts.rankTolerance());
            result = OptimalDesign.solve(c, crit, opts, t0);
            picked = rule == null ? null : KPointDesign.round(c, result.weights(), select, rule);
            times[run] = (System.nanoTime() - t0) / 1e6;
            cpu[run] = (threads.getCurrentThreadCpuTime() - c0) / 1e6; // the computation is single-threaded
        }
        double median = median(times), cpuMedian = median(cpu);
        var out = spec.commandLine().getOut();
        if (json) out.println(DesignReport.json(result, picked, median, cpuMedian, repeat > 1 ? times : null));
        else DesignReport.text(out, file.toString(), result, picked, median, cpuMedian, repeat > 1 ? times : null);
        out.flush();
        return Main.OK;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static List<Integer> boxed(int[] a) {
        List<Integer> l = new ArrayList<>(a.length);
        for (int x : a) l.add(x);
        return l;
    }
}
