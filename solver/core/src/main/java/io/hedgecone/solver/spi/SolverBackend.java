package io.hedgecone.solver.spi;

import io.hedgecone.solver.form.ModelData;

/**
 * A solver engine. Implementations are found with {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/io.hedgecone.solver.spi.SolverBackend}) and must have a public no-argument constructor.
 *
 * <p>Contract: {@link #solve} is only called with models whose needs {@link #capabilities()} covers (checked by the
 * caller through {@link SolverRegistry#checkCapabilities}); it returns statuses for infeasible, unbounded, time- and
 * iteration-limited outcomes and throws only for bad input or internal failure. Values follow the dual convention of
 * {@link ModelData}.
 */
public interface SolverBackend {
    /** Unique lower-case name, e.g. "native", "ojalgo", "ortools". */
    String name();

    /** What models this backend accepts. */
    Capabilities capabilities();

    /** Higher wins when choosing the default backend. */
    default int priority() { return 0; }

    /** One-line description for {@code hedgecone backends}. */
    default String description() { return name(); }

    /** Whether the backend can run on this machine (e.g. its native library loads, its licence is present). */
    default boolean available() { return true; }

    BackendResult solve(ModelData data, SolveOptions options);
}
