package io.hedgecone.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.hedgecone.llm.Embeddings;
import io.hedgecone.llm.Usage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddingWireTest {
    private static JsonNode json(String s) { return Json.parse(s.getBytes(StandardCharsets.UTF_8)); }

    @Test void vectorsComeBackInInputOrder() {
        Embeddings e = EmbeddingWire.response(json("{\"data\":[{\"index\":1,\"embedding\":[3,4]},{\"index\":0,\"embedding\":[1,2]}],"
                + "\"model\":\"emb\",\"usage\":{\"prompt_tokens\":6,\"total_tokens\":6}}"), 2, 0, "declared", 0, "requested");
        assertArrayEquals(new float[]{1, 2}, e.vectors().get(0));
        assertArrayEquals(new float[]{3, 4}, e.vectors().get(1));
        assertEquals("emb", e.model());
        assertEquals(new Usage(6, 0), e.usage());
    }

    @Test void roundTrip() {
        Embeddings e = new Embeddings("m", 3, List.of(new float[]{0.1f, -2.5e-8f, 3e30f}, new float[]{1, 2, 3}), new Usage(4, 0));
        Embeddings back = EmbeddingWire.response(Json.parse(Json.bytes(EmbeddingWire.responseJson(e))), 2, 3, "declared", 0, "m");
        for (int i = 0; i < 2; i++) assertArrayEquals(e.vectors().get(i), back.vectors().get(i)); // floats survive exactly
    }

    @Test void inconsistentResponsesAreRefused() {
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> EmbeddingWire.response(json("{\"data\":[{\"index\":0,\"embedding\":[1,2]}]}"), 2, 0, "declared", 0, "m"));
        assertEquals("server returned 1 embeddings for 2 inputs", e.getMessage());
        e = assertThrows(WireFormatException.class, () -> EmbeddingWire.response(
                json("{\"data\":[{\"index\":0,\"embedding\":[1,2]},{\"index\":1,\"embedding\":[1]}]}"), 2, 0, "declared", 10, "m"));
        assertEquals("data[1].embedding (input 11) has dimension 1, expected 2 (as the first vector of this response)", e.getMessage());
        e = assertThrows(WireFormatException.class,
                () -> EmbeddingWire.response(json("{\"data\":[{\"index\":0,\"embedding\":\"AAAA\"}]}"), 1, 0, "declared", 0, "m"));
        assertEquals("data[0].embedding is a string (base64?); the client asked for encoding_format=float", e.getMessage());
        e = assertThrows(WireFormatException.class,
                () -> EmbeddingWire.response(json("{\"data\":[{\"index\":3,\"embedding\":[1]}]}"), 1, 0, "declared", 0, "m"));
        assertEquals("data[0].index is 3, outside 0..0", e.getMessage());
        e = assertThrows(WireFormatException.class,
                () -> EmbeddingWire.response(json("{\"data\":[{\"index\":0,\"embedding\":[1,\"x\"]}]}"), 1, 0, "declared", 0, "m"));
        assertEquals("data[0].embedding[1] must be a number, got string \"x\"", e.getMessage());
    }

    @Test void nanIsNotJson() {
        WireFormatException e = assertThrows(WireFormatException.class, () -> json("{\"data\":[{\"embedding\":[NaN]}]}"));
        assertEquals(true, e.getMessage().startsWith("malformed JSON"), e.getMessage());
    }
}
