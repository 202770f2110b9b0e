package io.hedgecone.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hedgecone rl eagle|bon|bon-infer}: the RL experiments (EAGLE, Best-of-N-aware fine-tuning) and inference-time
 * Best-of-N through the LLM bridge. Exit codes: 0 done, 2 bad input, 3 internal failure.
 */
@Command(name = "rl", mixinStandardHelpOptions = true, description = "RL experiments: EAGLE and Best-of-N-aware fine-tuning.",
        subcommands = {RlEagleCommand.class, RlBonCommand.class, RlBonInferCommand.class})
final class RlCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
