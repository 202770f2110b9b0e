package io.hedgecone.solver.mosek;

import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.testing.LpBackendContract;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/** The shared LP/MIP contract on MOSEK; skipped (with MOSEK's message) where MOSEK or its licence is missing. */
class MosekBackendTest extends LpBackendContract {
    private final MosekBackend backend = new MosekBackend();

    @BeforeEach
    void requireMosek() { Assumptions.assumeTrue(backend.available(), backend.description()); }

    @Override protected SolverBackend backend() { return backend; }

    /** Interior point with basis identification: vertex solutions to about 1e-8; 1e-6 leaves room. */
    @Override protected double tol() { return 1e-6; }
}
