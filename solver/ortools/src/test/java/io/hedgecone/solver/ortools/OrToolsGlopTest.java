package io.hedgecone.solver.ortools;

import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.testing.LpBackendContract;

/** The shared LP/MIP contract with the default engines (GLOP for LPs, SCIP for the knapsack). */
class OrToolsGlopTest extends LpBackendContract {
    private final OrToolsBackend backend = new OrToolsBackend();

    @Override protected SolverBackend backend() { return backend; }
}
