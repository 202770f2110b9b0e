package io.hedgecone.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hedgecone llm generate|embed|models|serve}: quick manual checks of the LLM bridge against an
 * OpenAI-compatible server ({@code --endpoint URL}), an in-process ONNX embedding model ({@code --onnx MODEL}) or the
 * simulator ({@code --sim}), with throughput on stderr.
 */
@Command(name = "llm", mixinStandardHelpOptions = true, description = "Generate text, embed texts or list models through the LLM bridge.",
        subcommands = {LlmGenerateCommand.class, LlmEmbedCommand.class, LlmModelsCommand.class, LlmServeCommand.class})
final class LlmCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
