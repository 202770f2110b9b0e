package io.hedgecone.llm;

import java.util.Objects;

/**
 * One model a backend serves.
 *
 * @param id      the name to put in requests
 * @param ownedBy who publishes it, as the backend reports it (may be empty)
 */
public record ModelInfo(String id, String ownedBy) {
    public ModelInfo {
        Objects.requireNonNull(id, "id");
        ownedBy = ownedBy == null ? "" : ownedBy;
    }
}
