package io.hedgecone.solver.io;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.form.ModelData.Block;
import io.hedgecone.solver.linalg.CscMatrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.hedgecone.solver.io.IoTestSupport.assertSame;
import static io.hedgecone.solver.io.IoTestSupport.cbfRoundTrip;
import static io.hedgecone.solver.io.IoTestSupport.instances;
import static io.hedgecone.solver.io.IoTestSupport.manifest;
import static io.hedgecone.solver.io.IoTestSupport.mpsRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every instance under {@code instances/solver/}: it reads, its sizes agree with the facts in its MANIFEST notes, and
 * writing it back in its own format and reading that gives a model equal by {@link ModelData#sameAs}.
 */
class InstanceFilesTest {

    @Test
    void everyInstanceFileIsInItsManifestAndViceVersa() throws IOException {
        for (String folder : List.of("netlib", "maros", "cblib")) {
            Set<String> listed = new HashSet<>();
            for (Map<String, String> row : manifest(folder)) {
                assertTrue(listed.add(row.get("file")), "listed twice: " + row.get("file"));
                assertTrue(Files.isRegularFile(instances(folder).resolve(row.get("file"))), "missing file " + row.get("file"));
                assertTrue(row.get("source").matches("[^@]+/[^@]+@[0-9a-f]{40}:.+"), "source is repo@commit:path: " + row.get("source"));
                if (!row.get("reference_objective").isEmpty()) {
                    Double.parseDouble(row.get("reference_objective"));
                    assertTrue(Double.parseDouble(row.get("rel_tolerance")) >= 0 && Double.parseDouble(row.get("abs_tolerance")) >= 0);
                }
            }
            try (Stream<Path> files = Files.list(instances(folder))) {
                files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(".gz") || f.endsWith(".QPS"))
                        .forEach(f -> assertTrue(listed.contains(f), folder + "/" + f + " has no MANIFEST row"));
            }
        }
        assertEquals(20, manifest("netlib").size());
        assertEquals(20, manifest("maros").size());
        assertEquals(35, manifest("cblib").size());
    }

    @Test
    void afiroHas32ColumnsAnd27Rows() throws IOException {
        ModelData afiro = ModelFiles.read(instances("netlib").resolve("afiro.mps.gz"));
        assertEquals(32, afiro.numVars());
        assertEquals(27, afiro.numRows());
        assertEquals("AFIRO", afiro.name());
        assertEquals(List.of(BlockKind.LINEAR), afiro.kindsUsed());
    }

    @Test
    void hs21ObjectiveConstantIsMinusTheObjectiveRhs() throws IOException {
        // HS21 has "RHS OBJ.FUNC 100": the constant is -100 and the published optimum is -99.96
        ModelData hs21 = ModelFiles.read(instances("maros").resolve("HS21.QPS"));
        assertEquals(-100.0, hs21.c0(), 0.0);
        assertEquals(0.02, hs21.qUpper().get(0, 0), 0.0);
        assertEquals(2.0, hs21.qUpper().get(1, 1), 0.0);
        // the published optimum x = (2, 0) with objective -99.96 = -100 + ½·0.02·4
        assertEquals(-99.96, hs21.objective(new double[] {2, 0}), 1e-12);
    }

    @TestFactory
    Stream<DynamicTest> netlib() {
        return manifest("netlib").stream().map(row -> DynamicTest.dynamicTest(row.get("name"), () -> {
            ModelData md = ModelFiles.read(instances("netlib").resolve(row.get("file")));
            String notes = row.get("notes");
            int rows = notes.contains("rows(incl. cost row)=") ? intAfter(notes, "rows\\(incl\\. cost row\\)=")
                    : intAfter(notes, "file has ");
            assertEquals(rows - 1, md.numRows(), "rows without the cost row");
            assertEquals(intAfter(notes, "cols="), md.numVars(), "columns");
            assertEquals(intAfter(notes, "nnz(?:\\(incl\\. cost\\))?="), md.a().nnz() + nonzeros(md.c()), "nonzeros including the cost row");
            assertFalse(md.hasQuadraticObjective());
            assertSame(md, mpsRoundTrip(md));
        }));
    }

    @TestFactory
    Stream<DynamicTest> maros() {
        return manifest("maros").stream().map(row -> DynamicTest.dynamicTest(row.get("name"), () -> {
            ModelData md = ModelFiles.read(instances("maros").resolve(row.get("file")));
            String notes = row.get("notes");
            assertEquals(intAfter(notes, "M="), md.numRows(), "M");
            assertEquals(intAfter(notes, "N="), md.numVars(), "N");
            assertEquals(intAfter(notes, "NZ="), md.a().nnz(), "NZ");
            CscMatrix q = md.qUpper();
            int offDiagonal = 0;
            Set<Integer> inQ = new HashSet<>();
            for (int j = 0; j < q.cols(); j++)
                for (int k = q.colPtr()[j]; k < q.colPtr()[j + 1]; k++) {
                    if (q.rowIdx()[k] != j) offDiagonal++;
                    inQ.add(j);
                    inQ.add(q.rowIdx()[k]);
                }
            assertEquals(intAfter(notes, "QNZ="), offDiagonal, "QNZ: off-diagonal entries of one triangle of Q");
            assertEquals(intAfter(notes, "QN="), inQ.size(), "QN: variables in the quadratic term");
            assertTrue(md.hasQuadraticObjective());
            assertSame(md, mpsRoundTrip(md));
        }));
    }

    private static final Pattern CONES = Pattern.compile("cones=([A-Z+\\-=/]+)");

    @TestFactory
    Stream<DynamicTest> cblib() {
        return manifest("cblib").stream().map(row -> DynamicTest.dynamicTest(row.get("name"), () -> {
            ModelData md = ModelFiles.read(instances("cblib").resolve(row.get("file")));
            String notes = row.get("notes");
            assertEquals(intAfter(notes, "nvar="), md.numVars(), "nvar");
            int conRows = 0;
            for (Block b : md.blocks()) if (b.name().startsWith("con_")) conRows += b.size();
            assertEquals(intAfter(notes, "ncon="), conRows, "ncon: rows of the CON section");
            assertEquals(intAfter(notes, "nnzA="), md.a().rowRange(0, conRows).nnz(), "nnzA: ACOORD entries");
            assertEquals(notes.contains("MAX;"), md.maximize());
            Matcher cm = CONES.matcher(notes);
            assertTrue(cm.find(), "cones= in notes");
            Set<String> cones = Set.of(cm.group(1).split("/"));
            List<BlockKind> kinds = md.kindsUsed();
            assertEquals(cones.contains("Q"), kinds.contains(BlockKind.QCONE), "Q cones");
            assertEquals(cones.contains("QR"), kinds.contains(BlockKind.RQCONE), "QR cones");
            assertEquals(cones.contains("EXP"), kinds.contains(BlockKind.PEXP), "EXP cones");
            assertFalse(md.hasIntegers(), "no INT sections in the set");
            assertSame(md, cbfRoundTrip(md));
        }));
    }

    private static int intAfter(String notes, String regex) {
        Matcher m = Pattern.compile(regex + "(\\d+)").matcher(notes);
        assertTrue(m.find(), "notes should state " + regex + ": " + notes);
        return Integer.parseInt(m.group(1));
    }

    private static int nonzeros(double[] v) {
        int k = 0;
        for (double x : v) if (x != 0) k++;
        return k;
    }

}
