package io.hedgecone.llm.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/** The one JSON mapper of the protocol, configured to refuse what a lenient parser would guess at. */
public final class Json {
    private Json() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // "{...} junk" is malformed, not a prefix to keep
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);  // two "embedding" fields: which one is meant?

    /** A new empty object. */
    public static ObjectNode object() { return MAPPER.createObjectNode(); }

    /** Parses a complete document; anything else (empty, cut short, trailing junk, NaN) is a {@link WireFormatException}. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) throw new WireFormatException("malformed JSON: empty body");
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || n.isMissingNode()) throw new WireFormatException("malformed JSON: no value");
            return n;
        } catch (JsonProcessingException e) {
            throw new WireFormatException("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at byte " + e.getLocation().getByteOffset()) + " of " + body.length, e);
        } catch (IOException e) {
            throw new WireFormatException("malformed JSON: " + e.getMessage(), e);
        }
    }

    /** Serializes a node as UTF-8. */
    public static byte[] bytes(JsonNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize JSON", e);
        }
    }
}
