package io.hedgecone.llm.onnx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A WordPiece vocabulary: token {@code i} is line {@code i} (from 0) of {@code vocab.txt}. As in the Hugging Face
 * loader, only the line break is removed (a "\r" too, for files saved on Windows) and a token listed twice keeps its
 * last line number — the ids must be the ones the model's embedding matrix was trained with.
 */
public final class Vocabulary {
    private final Map<String, Integer> ids;
    private final int size;

    private Vocabulary(Map<String, Integer> ids, int size) {
        this.ids = ids;
        this.size = size;
    }

    /** Reads a {@code vocab.txt}. */
    public static Vocabulary load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("vocabulary file " + file + " does not exist (give --vocab or put vocab.txt beside the model)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + file + ": " + e.getMessage(), e);
        }
        return of(lines);
    }

    /** A vocabulary from its tokens in id order. */
    public static Vocabulary of(List<String> tokens) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.endsWith("\r")) t = t.substring(0, t.length() - 1);
            ids.put(t, i);
        }
        if (ids.isEmpty()) throw new IllegalArgumentException("vocabulary is empty");
        return new Vocabulary(ids, tokens.size());
    }

    /** The id of {@code token}, or -1. */
    public int id(String token) {
        Integer i = ids.get(token);
        return i == null ? -1 : i;
    }

    public boolean contains(String token) { return ids.containsKey(token); }

    /** The id of a special token the tokenizer cannot work without. */
    int require(String token) {
        int i = id(token);
        if (i < 0) throw new IllegalArgumentException("vocabulary has no " + token + " token; is it a BERT WordPiece vocab.txt?");
        return i;
    }

    /** Number of lines (the model's embedding rows). */
    public int size() { return size; }
}
