package io.hedgecone.llm.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A simulated item: one level per attribute, each a multiple of 0.01 in [0, 1] (stored as integers 0..100 so text
 * rendering round-trips exactly). Rendered as {@code item: action=0.70 comedy=0.20 ...}.
 */
public final class SimItem {
    /** Levels per unit: values are multiples of 1/STEPS. */
    public static final int STEPS = 100;

    private final AttributeSpace space;
    private final int[] levels;

    private SimItem(AttributeSpace space, int[] levels) {
        this.space = space;
        this.levels = levels;
    }

    /** An item from levels 0..100, one per attribute. */
    public static SimItem ofLevels(AttributeSpace space, int... levels) {
        Objects.requireNonNull(space, "space");
        if (levels.length != space.size())
            throw new IllegalArgumentException("expected " + space.size() + " levels, got " + levels.length);
        for (int i = 0; i < levels.length; i++)
            if (levels[i] < 0 || levels[i] > STEPS)
                throw new IllegalArgumentException(space.names().get(i) + " level must be in 0.." + STEPS + ", got " + levels[i]);
        return new SimItem(space, levels.clone());
    }

    /** An item from values in [0, 1], rounded to the nearest 0.01. */
    public static SimItem of(AttributeSpace space, double... values) {
        int[] l = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0 && values[i] <= 1))
                throw new IllegalArgumentException(space.names().get(Math.min(i, space.size() - 1)) + " must be in [0, 1], got " + values[i]);
            l[i] = (int) Math.round(values[i] * STEPS);
        }
        return ofLevels(space, l);
    }

    public AttributeSpace space() { return space; }

    /** Level of attribute {@code i}, 0..100. */
    public int level(int i) { return levels[i]; }

    /** Value of attribute {@code i}, in [0, 1]. */
    public double value(int i) { return levels[i] / (double) STEPS; }

    /** All values, in attribute order. */
    public double[] values() {
        double[] v = new double[levels.length];
        for (int i = 0; i < v.length; i++) v[i] = value(i);
        return v;
    }

    /** {@code name=0.xx}. */
    static String token(String name, int level) { return name + "=" + formatLevel(level); }

    static String formatLevel(int level) { return String.format(Locale.ROOT, "%d.%02d", level / STEPS, level % STEPS); }

    /** {@code item: a=0.70 b=0.20 ...}. */
    public String render() {
        StringBuilder sb = new StringBuilder("item:");
        for (int i = 0; i < levels.length; i++) sb.append(' ').append(token(space.names().get(i), levels[i]));
        return sb.toString();
    }

    @Override public String toString() { return render(); }

    @Override public boolean equals(Object o) {
        return o instanceof SimItem s && s.space.equals(space) && Arrays.equals(s.levels, levels);
    }

    @Override public int hashCode() { return 31 * space.hashCode() + Arrays.hashCode(levels); }
}
