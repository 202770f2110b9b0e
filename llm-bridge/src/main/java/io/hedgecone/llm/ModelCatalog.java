package io.hedgecone.llm;

import java.util.List;

/** Lists the models a backend serves (the {@code /v1/models} of an OpenAI-compatible server). */
public interface ModelCatalog {

    /** The models this backend can use, in the backend's order. */
    List<ModelInfo> models();
}
