package io.hedgecone.rl.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Experiment configurations as JSON: a file states only what differs from the defaults (objects merge key by key,
 * everything else replaces), unknown keys are errors, and the effective configuration is written next to the results.
 */
public final class ConfigFiles {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ConfigFiles() {}

    /** {@code defaults} with the file's values on top; {@code file == null} gives the defaults. */
    public static <T> T load(Path file, T defaults, Class<T> type) {
        if (file == null) return defaults;
        JsonNode over;
        try {
            over = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such configuration file");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (over == null || !over.isObject()) throw new IllegalArgumentException(file + ": the configuration must be a JSON object");
        ObjectNode base = JSON.valueToTree(defaults);
        merge(base, (ObjectNode) over);
        try {
            return JSON.treeToValue(base, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The configuration as indented JSON. */
    public static String toJson(Object config) {
        try {
            return JSON.writeValueAsString(config) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("configuration is not serialisable: " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode base, ObjectNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode b = base.get(e.getKey());
            if (b != null && b.isObject() && e.getValue().isObject()) merge((ObjectNode) b, (ObjectNode) e.getValue());
            else base.set(e.getKey(), e.getValue());
        }
    }
}
