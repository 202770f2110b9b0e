package io.hedgecone.cli;

import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hedgecone backends}: the registered backends and what they accept. */
@Command(name = "backends", description = "List solver backends and their capabilities.")
final class BackendsCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        var out = spec.commandLine().getOut();
        SolverBackend def = SolverRegistry.defaultBackend();
        for (SolverBackend b : SolverRegistry.all()) {
            out.printf("%-8s %s%s%n", b.name(), b.available() ? "available" : "UNAVAILABLE", b == def ? " (default)" : "");
            out.printf("         accepts: %s%n", b.capabilities().describe());
            out.printf("         %s%n", b.description());
        }
        out.flush();
    }
}
