package io.hedgecone.design.conic;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;
import io.hedgecone.solver.spi.UnsupportedModelException;

import java.util.Collection;
import java.util.Optional;

/** Finds a registered backend able to solve a design model ("any capable backend"). */
public final class ConicBackends {
    private ConicBackends() { }

    /** The highest-priority available backend accepting every block kind in {@code kinds}, if any. */
    public static Optional<SolverBackend> capable(Collection<BlockKind> kinds) {
        for (SolverBackend b : SolverRegistry.all())
            if (b.available() && b.capabilities().blockKinds().containsAll(kinds)) return Optional.of(b);
        return Optional.empty();
    }

    /**
     * The backend named {@code name} (its capabilities are checked at solve time, with an error naming what it
     * lacks), or when {@code name} is null the first capable one for {@code data}.
     */
    static SolverBackend choose(String name, ModelData data) {
        if (name != null) return SolverRegistry.get(name);
        for (SolverBackend b : SolverRegistry.all())
            if (b.available() && b.capabilities().missingFor(data).isEmpty()) return b;
        throw new UnsupportedModelException("no registered solver backend accepts the design model (it needs "
                + String.join(", ", data.kindsUsed().stream().map(BlockKind::label).toList()) + "); registered: "
                + SolverRegistry.all().stream().map(SolverBackend::name).toList() + ". Use the first-order method instead");
    }
}
