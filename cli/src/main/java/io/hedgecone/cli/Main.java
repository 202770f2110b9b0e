package io.hedgecone.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code hedgecone} command. Exit codes: 0 the command ran (whatever a solve's status), 2 bad input or usage,
 * 3 internal failure.
 */
@Command(name = "hedgecone", mixinStandardHelpOptions = true, version = "hedgecone 0.1.0",
        description = "Decision engine for epistemic uncertainty around a conic optimization core.",
        subcommands = {ModelCommand.class, SolveCommand.class, BenchCommand.class, BackendsCommand.class, BenchSolversCommand.class,
                DesignCommand.class, LlmCommand.class, RlCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0, BAD_INPUT = 2, INTERNAL = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (OutOfMemoryError e) {
            // the stack has unwound, so the model's memory is free again and a message fits
            err.println("hedgecone: error: out of memory (" + e.getMessage() + ", heap maximum "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB): raise it with HEDGECONE_JAVA_OPTS=-Xmx<size>, e.g. -Xmx8g");
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("hedgecone: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.util.NoSuchElementException || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException) {
                err.println("hedgecone: error: " + ex.getMessage());
                return BAD_INPUT;
            }
            err.println("hedgecone: internal error: " + ex);
            ex.printStackTrace(err);
            return INTERNAL;
        });
        return cl.execute(args);
    }
}
