package io.hedgecone.solver.spi;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a backend accepts. A model needing more is refused with {@link UnsupportedModelException}. */
public record Capabilities(Set<BlockKind> blockKinds, boolean quadraticObjective, boolean integers) {
    public Capabilities {
        blockKinds = blockKinds.isEmpty() ? EnumSet.noneOf(BlockKind.class) : EnumSet.copyOf(blockKinds);
    }

    /** The capabilities {@code data} needs that these lack, as human-readable names (empty if none). */
    public List<String> missingFor(ModelData data) {
        List<String> missing = new ArrayList<>();
        for (BlockKind k : data.kindsUsed()) if (!blockKinds.contains(k)) missing.add(k.label());
        if (data.hasQuadraticObjective() && !quadraticObjective) missing.add("quadratic objective");
        if (data.hasIntegers() && !integers) missing.add("integer variables");
        return missing;
    }

    /** Short description, e.g. "linear, quadratic cone, quadratic objective, integers". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (BlockKind k : blockKinds) parts.add(k == BlockKind.LINEAR ? "linear" : k.label());
        if (quadraticObjective) parts.add("quadratic objective");
        if (integers) parts.add("integers");
        return String.join(", ", parts);
    }
}
