package io.hedgecone.llm.sim;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The attribute names of simulated items, in their fixed order. Names are lower-case words
 * ({@code [a-z][a-z0-9_]*}) so that items and edits render as plain text and parse back exactly.
 *
 * @param names distinct attribute names
 */
public record AttributeSpace(List<String> names) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public AttributeSpace {
        names = List.copyOf(names);
        if (names.isEmpty()) throw new IllegalArgumentException("attribute names must not be empty");
        for (int i = 0; i < names.size(); i++) {
            if (!NAME.matcher(names.get(i)).matches())
                throw new IllegalArgumentException("attribute name '" + names.get(i) + "' must match [a-z][a-z0-9_]*");
            if (names.indexOf(names.get(i)) != i) throw new IllegalArgumentException("attribute name '" + names.get(i) + "' appears twice");
        }
    }

    /** Eight movie-like attributes (EAGLE's MovieLens setting, in miniature). */
    public static AttributeSpace movies() {
        return new AttributeSpace(List.of("action", "comedy", "drama", "romance", "horror", "scifi", "animation", "documentary"));
    }

    public int size() { return names.size(); }

    /** Index of {@code name}, or -1. */
    public int indexOf(String name) { return names.indexOf(name); }
}
