package io.hedgecone.solver.ortools;

import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.testing.LpBackendContract;

/** The shared contract with engine=highs (LP and MIP): primal values and certificates, no duals. */
class OrToolsHighsTest extends LpBackendContract {
    private final OrToolsBackend backend = new OrToolsBackend();

    @Override protected SolverBackend backend() { return backend; }

    @Override protected SolveOptions options() { return SolveOptions.defaults().withParam("engine", "highs"); }

    @Override protected boolean expectDuals() { return false; }
}
