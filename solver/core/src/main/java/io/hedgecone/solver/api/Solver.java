package io.hedgecone.solver.api;

import io.hedgecone.solver.form.ConvexityCheck;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;

/** The one path from a flattened model to a backend: capability and convexity checks, then the call. */
public final class Solver {
    private Solver() { }

    /**
     * Solves {@code data} with {@code backend}. Throws {@link io.hedgecone.solver.spi.UnsupportedModelException} when the
     * backend lacks a capability, {@link IllegalArgumentException} for a non-convex quadratic objective.
     */
    public static BackendResult solve(ModelData data, SolverBackend backend, SolveOptions options) {
        SolverRegistry.checkCapabilities(backend, data);
        ConvexityCheck.requireConvex(data);
        BackendResult r = backend.solve(data, options);
        checkShape(r, data, backend);
        return r;
    }

    private static void checkShape(BackendResult r, ModelData d, SolverBackend b) {
        if (r == null || r.status() == null) throw new IllegalStateException("backend '" + b.name() + "' returned no status");
        check(r.x(), d.numVars(), "x", b);
        check(r.y(), d.numRows(), "y", b);
        check(r.z(), d.numVars(), "z", b);
    }

    private static void check(double[] v, int n, String what, SolverBackend b) {
        if (v != null && v.length != n)
            throw new IllegalStateException("backend '" + b.name() + "' returned " + what + " of length " + v.length + ", expected " + n);
    }
}
