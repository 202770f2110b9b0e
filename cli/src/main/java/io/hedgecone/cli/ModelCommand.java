package io.hedgecone.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.solver.api.Solver;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.io.ModelFiles;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;
import io.hedgecone.solver.verify.SolutionVerifier;
import io.hedgecone.solver.verify.VerificationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code hedgecone model FILE}: read a CBF/MPS/QPS file, solve it, verify the answer independently, print it. */
@Command(name = "model", description = "Solve a model file (.cbf, .mps, .qps, optionally .gz) and verify the answer.")
final class ModelCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CBF, MPS or QPS file (.gz allowed)")
    Path file;

    @Option(names = "--backend", paramLabel = "NAME", description = "solver backend (default: the default backend; see 'hedgecone backends')")
    String backend;

    @Option(names = "--time-limit", paramLabel = "SEC", description = "wall-clock limit in seconds")
    Double timeLimit;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "backend option, e.g. engine=highs for ortools")
    Map<String, String> params = new HashMap<>();

    @Option(names = "--json", description = "print exactly one JSON object")
    boolean json;

    @Option(names = "--verbose", description = "print the backend's iteration log (to stderr with --json)")
    boolean verbose;

    @Override public Integer call() throws Exception {
        if (timeLimit != null && !(timeLimit > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit must be positive, got " + timeLimit);
        ModelData data = ModelFiles.read(file);
        SolverBackend b = backend == null ? SolverRegistry.defaultBackend() : SolverRegistry.get(backend);
        PrintWriter out = spec.commandLine().getOut();
        out.flush();
        PrintStream log = json ? System.err : System.out;
        SolveOptions opts = SolveOptions.defaults().withVerbose(verbose).withLog(log);
        if (timeLimit != null) opts = opts.withTimeLimit(timeLimit);
        for (var e : params.entrySet()) opts = opts.withParam(e.getKey(), e.getValue());
        BackendResult r = Solver.solve(data, b, opts);
        VerificationReport v = SolutionVerifier.verify(data, r);
        if (json) out.println(toJson(data, r, v));
        else printText(out, data, r, v);
        out.flush();
        return Main.OK;
    }

    private String toJson(ModelData data, BackendResult r, VerificationReport v) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("file", file.toString());
        o.put("backend", r.info().backend());
        o.put("status", r.status().label());
        putNumber(o, "objective", hasPoint(r) ? data.objective(r.x()) : Double.NaN);
        o.put("iterations", r.info().iterations());
        o.put("solve_ms", Math.round(r.info().solveMillis() * 1000) / 1000.0);
        putNumber(o, "primal_residual", v.primalResidualRel());
        putNumber(o, "dual_residual", v.dualResidualRel());
        putNumber(o, "gap", v.gapRel());
        return m.writeValueAsString(o);
    }

    private static boolean hasPoint(BackendResult r) {
        return r.x() != null && r.primalStatus() != io.hedgecone.solver.api.SolutionStatus.CERTIFICATE
                && r.primalStatus() != io.hedgecone.solver.api.SolutionStatus.UNDEFINED;
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.putNull(key);
    }

    private void printText(PrintWriter out, ModelData data, BackendResult r, VerificationReport v) {
        out.printf("file        %s%n", file);
        out.printf("model       %d variables, %d rows, %s%s%n", data.numVars(), data.numRows(),
                String.join(" + ", data.kindsUsed().stream().map(k -> k.label()).toList()),
                data.hasQuadraticObjective() ? ", quadratic objective" : "");
        out.printf("backend     %s%s%n", r.info().backend(), r.info().message().isEmpty() ? "" : " (" + r.info().message() + ")");
        out.printf("status      %s%n", r.status().label());
        if (hasPoint(r)) out.printf("objective   %.10g%n", data.objective(r.x()));
        out.printf("iterations  %d%n", r.info().iterations());
        out.printf("time        %.1f ms%n", r.info().solveMillis());
        out.printf("verified    %s%n", v.summary());
        for (String n : v.notes()) out.printf("            %s%n", n);
    }
}
