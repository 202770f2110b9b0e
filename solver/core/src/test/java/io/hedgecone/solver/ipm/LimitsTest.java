package io.hedgecone.solver.ipm;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.hedgecone.solver.ipm.Problems.*;
import static org.junit.jupiter.api.Assertions.*;

class LimitsTest {
    /** An SOCP that needs several iterations (the BRMOB-shaped generator at a small size). */
    static ConicProblem medium() { return BrmobShapedBench.instance(200, 3, 1); }

    @Test void iterationLimit() {
        ConicSolution r = ConicSolver.solve(medium(), Settings.builder().maxIterations(2).build());
        assertEquals(SolverStatus.MAX_ITERATIONS, r.status());
        assertEquals(2, r.iterations());
        assertEquals(medium().numVars(), r.x().length, "the last iterate is returned");
    }

    @Test void zeroIterationsEvaluatesTheStartingPoint() {
        ConicSolution r = ConicSolver.solve(medium(), Settings.builder().maxIterations(0).build());
        assertEquals(SolverStatus.MAX_ITERATIONS, r.status());
        assertEquals(0, r.iterations());
    }

    @Test void timeLimit() {
        ConicSolution r = ConicSolver.solve(medium(), Settings.builder().timeLimitSeconds(1e-9).build());
        assertEquals(SolverStatus.MAX_TIME, r.status());
    }

    @Test void verboseLogHasOneLinePerIteration() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ConicSolution r = ConicSolver.solve(medium(), Settings.builder().verbose(true).out(new PrintStream(buf, true, StandardCharsets.UTF_8)).build());
        String log = buf.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("pcost") && log.contains("dres") && log.contains("k/t"), log);
        long lines = log.lines().filter(l -> l.matches("^\\s*\\d+\\s.*")).count();
        assertEquals(r.iterations() + 1, lines, "iteration 0 plus one line per iteration");
        assertTrue(log.contains("status: SOLVED"));
    }

    @Test void unsupportedConeIsRefused() {
        var p = new ConicProblem(io.hedgecone.solver.linalg.CscMatrix.zeros(1, 1), new double[]{1},
                io.hedgecone.solver.linalg.CscMatrix.fromDense(new double[][]{{1}, {0}, {0}}), new double[]{0, 0, 0},
                List.of(new ConeSpec.PsdTri(2)), 0);
        String msg = assertThrows(IllegalArgumentException.class, () -> ConicSolver.solve(p)).getMessage();
        assertTrue(msg.contains("PsdTri"), msg);
    }

    @Test void problemWithoutConstraints() {
        // min ½x² − x (no rows): x = 1, value −½
        var p = new ConicProblem(io.hedgecone.solver.linalg.CscMatrix.identity(1), new double[]{-1},
                io.hedgecone.solver.linalg.CscMatrix.zeros(0, 1), new double[0], List.of(), 0);
        ConicSolution r = ConicSolver.solve(p);
        assertEquals(SolverStatus.SOLVED, r.status());
        assertEquals(1.0, r.x()[0], 1e-6);
    }
}
