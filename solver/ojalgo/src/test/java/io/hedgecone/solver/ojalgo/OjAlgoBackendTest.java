package io.hedgecone.solver.ojalgo;

import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.testing.LpBackendContract;

/** The shared LP/MIP contract on ojAlgo. */
class OjAlgoBackendTest extends LpBackendContract {
    private final OjAlgoBackend backend = new OjAlgoBackend();

    @Override protected SolverBackend backend() { return backend; }
}
