package io.hedgecone.llm.sim;

import java.util.Locale;
import java.util.Objects;

/**
 * A textual edit instruction that moves one attribute: {@code edit: increase comedy by 0.30},
 * {@code edit: decrease horror by 0.10} or {@code edit: set drama to 0.50}.
 *
 * @param kind      how it moves the attribute
 * @param attribute the attribute's name
 * @param level     amount (increase/decrease) or target (set), in levels 0..100 (0.01 each)
 */
public record Edit(Kind kind, String attribute, int level) {

    /** What an edit does. */
    public enum Kind {
        INCREASE, DECREASE, SET;

        String word() { return name().toLowerCase(Locale.ROOT); }
    }

    public Edit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(attribute, "attribute");
        if (level < 0 || level > SimItem.STEPS) throw new IllegalArgumentException("edit amount must be in 0.00..1.00, got level " + level);
    }

    /** {@code edit: increase comedy by 0.30}. */
    public String render() {
        return "edit: " + kind.word() + " " + attribute + (kind == Kind.SET ? " to " : " by ") + SimItem.formatLevel(level);
    }

    /** The level attribute {@code current} has after this edit, before noise, clamped to 0..100. */
    int apply(int current) {
        int v = switch (kind) {
            case INCREASE -> current + level;
            case DECREASE -> current - level;
            case SET -> level;
        };
        return Math.max(0, Math.min(SimItem.STEPS, v));
    }

    @Override public String toString() { return render(); }
}
