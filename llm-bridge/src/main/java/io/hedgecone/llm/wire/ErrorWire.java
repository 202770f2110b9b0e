package io.hedgecone.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

/** The protocol's error body: {@code {"error": {"message": ..., "type": ..., "code": ...}}}. */
public final class ErrorWire {
    private ErrorWire() {}

    private static final int MAX_SHOWN = 300;

    /** The error body a server sends. */
    public static ObjectNode json(String message, String type, int code) {
        ObjectNode o = Json.object();
        o.putObject("error").put("message", message).put("type", type).put("code", code);
        return o;
    }

    /**
     * The server's own explanation from an error response, for an exception message: {@code error.message} (or a
     * plain-string {@code error}, or {@code detail} as FastAPI servers send) when the body is such JSON, else the
     * start of the body as text; cut to a few hundred characters.
     */
    public static String explain(byte[] body) {
        if (body == null || body.length == 0) return "";
        String s = null;
        try {
            JsonNode n = Json.parse(body);
            JsonNode e = n.get("error");
            if (e != null && e.isObject() && e.get("message") != null && e.get("message").isTextual()) s = e.get("message").textValue();
            else if (e != null && e.isTextual()) s = e.textValue();
            else if (n.get("detail") != null) s = n.get("detail").isTextual() ? n.get("detail").textValue() : n.get("detail").toString();
        } catch (WireFormatException ignored) {
            // not JSON: show the text itself
        }
        if (s == null) s = new String(body, 0, Math.min(body.length, MAX_SHOWN * 4), StandardCharsets.UTF_8);
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "...";
    }
}
