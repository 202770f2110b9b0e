package io.hedgecone.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.llm.ModelInfo;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /v1/models}: the response body. */
public final class ModelsWire {
    private ModelsWire() {}

    /** Reads the model list. */
    public static List<ModelInfo> response(JsonNode body) {
        WireNode root = WireNode.root(body, "response");
        List<ModelInfo> out = new ArrayList<>();
        for (WireNode m : root.req("data").array()) {
            WireNode owner = m.object().opt("owned_by");
            out.add(new ModelInfo(m.req("id").text(), owner == null ? "" : owner.text()));
        }
        return out;
    }

    /** The response body a server sends. */
    public static ObjectNode responseJson(List<ModelInfo> models, long createdEpochSeconds) {
        ObjectNode o = Json.object();
        o.put("object", "list");
        ArrayNode data = o.putArray("data");
        for (ModelInfo m : models)
            data.addObject().put("id", m.id()).put("object", "model").put("created", createdEpochSeconds).put("owned_by", m.ownedBy());
        return o;
    }
}
