package io.hedgecone.cli;

import io.hedgecone.llm.LlmBadRequestException;
import io.hedgecone.llm.LlmException;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the {@code hedgecone llm} subcommands share: backend options, {@code --json}, {@code --verbose}, and turning
 * every failure into one line on stderr with exit code 2 (the request or the input was refused) or 3 (the backend
 * failed: unreachable, timed out, 5xx after retries, unusable response).
 */
abstract class LlmSubcommand implements Callable<Integer> {
    /** Held so the level set here is not lost when JUL forgets an unreferenced logger. */
    private static final Logger BRIDGE_LOG = Logger.getLogger("io.hedgecone.llm");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin LlmBackendOptions backend;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Option(names = "--verbose", description = "also log retries on stderr")
    boolean verbose;

    /** Does the work; returns the exit code. */
    abstract int execute() throws Exception;

    @Override public final Integer call() throws Exception {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null)
            System.setProperty("java.util.logging.SimpleFormatter.format", "hedgecone: %4$s: %5$s%6$s%n");
        BRIDGE_LOG.setLevel(verbose ? Level.INFO : Level.WARNING);
        try {
            return execute();
        } catch (LlmException e) {
            return fail(e.getMessage(), e instanceof LlmBadRequestException ? Main.BAD_INPUT : Main.INTERNAL);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return fail(e.getMessage(), Main.BAD_INPUT);
        }
    }

    private int fail(String message, int code) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("hedgecone " + spec.qualifiedName().replaceFirst("^hedgecone ", "") + ": error: "
                + (message == null ? "(no message)" : message.replaceAll("\\s+", " ").strip()));
        err.flush();
        return code;
    }

    PrintWriter out() { return spec.commandLine().getOut(); }

    PrintWriter err() { return spec.commandLine().getErr(); }

    /** A usage error (exit 2) naming the option. */
    CommandLine.ParameterException usage(String message) { return new CommandLine.ParameterException(spec.commandLine(), message); }
}
