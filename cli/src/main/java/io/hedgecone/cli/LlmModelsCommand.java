package io.hedgecone.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.hedgecone.llm.ModelInfo;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.List;

/** {@code hedgecone llm models}: the backend's models, one per line ({@code id<TAB>owner}). */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List the models of the backend (id and owner, tab-separated).")
final class LlmModelsCommand extends LlmSubcommand {

    @Override int execute() throws IOException {
        try (LlmBackendOptions.Backend b = backend.open(backend.settings(0, null))) {
            long t0 = System.nanoTime();
            List<ModelInfo> models = b.catalog().models();
            long ns = System.nanoTime() - t0;
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ArrayNode a = m.createArrayNode();
                for (ModelInfo mi : models) a.addObject().put("id", mi.id()).put("owned_by", mi.ownedBy());
                out().println(m.writeValueAsString(m.createObjectNode().put("backend", b.description()).set("models", a)));
            } else {
                for (ModelInfo mi : models) out().println(mi.id() + "\t" + mi.ownedBy());
            }
            out().flush();
            err().printf(java.util.Locale.ROOT, "hedgecone llm models: %s: %d models in %.2f ms%n", b.description(), models.size(), ns / 1e6);
            err().flush();
        }
        return Main.OK;
    }
}
