package io.hedgecone.cli;

import io.hedgecone.design.data.PointsCsv;
import io.hedgecone.design.data.SyntheticPoints;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code hedgecone design generate}: a seeded synthetic candidate set as CSV (the same seed writes the same file). */
@Command(name = "generate", description = "Write a seeded synthetic points file (an anisotropic Gaussian cloud around a random unit vector, or standard Gaussian).")
final class DesignGenerateCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--points", required = true, paramLabel = "K", description = "number of points")
    int points;

    @Option(names = "--dim", required = true, paramLabel = "N", description = "dimension")
    int dim;

    @Option(names = "--seed", required = true, paramLabel = "SEED", description = "seed of java.util.Random")
    long seed;

    @Option(names = "--kind", paramLabel = "cloud|gaussian", defaultValue = "cloud", description = "distribution (default ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "output file")
    Path out;

    @Override public Integer call() throws Exception {
        if (points < 1 || dim < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--points and --dim must be >= 1");
        double[][] z = switch (kind) {
            case "cloud" -> SyntheticPoints.embeddingCloud(points, dim, seed);
            case "gaussian" -> SyntheticPoints.gaussian(points, dim, seed);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--kind must be cloud or gaussian, got '" + kind + "'");
        };
        PointsCsv.write(out, z);
        spec.commandLine().getErr().printf("wrote %d x %d points (%s, seed %d) to %s%n", points, dim, kind, seed, out);
        return Main.OK;
    }
}
