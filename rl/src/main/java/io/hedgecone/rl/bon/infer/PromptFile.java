package io.hedgecone.rl.bon.infer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads prompts as JSON Lines: one object per line with string fields {@code prompt} and {@code answer}. */
public final class PromptFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptFile() {}

    public static List<InferencePrompt> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such prompts file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        List<InferencePrompt> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) continue;
            JsonNode n;
            try {
                n = JSON.readTree(l);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a JSON object: " + e.getOriginalMessage());
            }
            if (n == null || !n.isObject() || !n.path("prompt").isTextual() || !(n.path("answer").isTextual() || n.path("answer").isNumber()))
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected {\"prompt\": \"...\", \"answer\": \"...\"}");
            out.add(new InferencePrompt(n.get("prompt").asText(), n.get("answer").asText()));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no prompts");
        return List.copyOf(out);
    }
}
