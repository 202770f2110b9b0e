package io.hedgecone.solver.io;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.form.ModelData.Block;
import io.hedgecone.solver.linalg.CscMatrix;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.hedgecone.solver.io.IoTestSupport.assertFormatError;
import static io.hedgecone.solver.io.IoTestSupport.assertSame;
import static io.hedgecone.solver.io.IoTestSupport.cbf;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CbfReaderTest {
    static final double INF = Double.POSITIVE_INFINITY;

    /** Every supported section and cone, entries deliberately out of order. */
    static final String EVERYTHING = String.join("\n",
            "# every supported CBF section",
            "VER", "3", "",
            "OBJSENSE", "MAX", "",
            "POWCONES", "2 5", "2", "1.0", "3.0", "3", "1", "1", "1", "",
            "VAR", "13 7", "L+ 2", "F 1", "L- 1", "L= 1", "Q 3", "EXP 3", "QR 2", "",
            "INT", "2", "2", "0", "",
            "CON", "13 7", "L+ 1", "L- 1", "L= 2", "F 1", "Q 2", "EXP 3", "@0:POW 3", "",
            "OBJACOORD", "2", "12 -2", "0 1.5", "",
            "OBJBCOORD", "4.25", "",
            "ACOORD", "8", "0 1 2.5", "0 0 1", "1 2 -1", "2 3 1e-3", "3 4 4", "4 12 7", "5 5 1", "12 11 -3.5", "",
            "BCOORD", "3", "1 -2", "3 0.5", "12 6", "");

    /** The model {@link #EVERYTHING} must read to, written out by hand. */
    static ModelData everythingExpected() {
        double[] lb = {0, 0, -INF, -INF, 0, -INF, -INF, -INF, -INF, -INF, -INF, -INF, -INF};
        double[] ub = {INF, INF, INF, 0, 0, INF, INF, INF, INF, INF, INF, INF, INF};
        boolean[] integer = new boolean[13];
        integer[0] = true;
        integer[2] = true;
        double[] c = new double[13];
        c[0] = 1.5;
        c[12] = -2;
        CscMatrix.TripletBuilder a = new CscMatrix.TripletBuilder(21, 13);
        a.add(0, 0, 1).add(0, 1, 2.5).add(1, 2, -1).add(2, 3, 1e-3).add(3, 4, 4).add(4, 12, 7).add(5, 5, 1).add(12, 11, -3.5);
        for (int d = 0; d < 8; d++) a.add(13 + d, 5 + d, 1.0);   // identity rows of the three VAR cones over x5..x12
        double[] g = new double[21];
        g[1] = -2;
        g[3] = 0.5;
        g[12] = 6;
        List<Block> blocks = List.of(
                Block.linear("con_0", 0, new double[] {0}, new double[] {INF}),
                Block.linear("con_1", 1, new double[] {-INF}, new double[] {0}),
                Block.linear("con_2", 2, new double[] {0, 0}, new double[] {0, 0}),
                Block.linear("con_3", 4, new double[] {-INF}, new double[] {INF}),
                Block.cone("con_4", 5, 2, BlockKind.QCONE),
                Block.cone("con_5", 7, 3, BlockKind.PEXP),
                Block.power("con_6", 10, 3, 0.25),
                Block.cone("var_cone_0", 13, 3, BlockKind.QCONE),
                Block.cone("var_cone_1", 16, 3, BlockKind.PEXP),
                Block.cone("var_cone_2", 19, 2, BlockKind.RQCONE));
        List<String> vars = new ArrayList<>();
        for (int j = 0; j < 13; j++) vars.add("x" + j);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 21; i++) rows.add("r" + i);
        return new ModelData("everything", true, vars, lb, ub, integer, c, 4.25, CscMatrix.zeros(13, 13), a.build(), g, blocks, rows);
    }

    @Test
    void readsEverySectionAndConeExactly() {
        ModelData md = cbf(EVERYTHING, "everything.cbf");
        assertSame(everythingExpected(), md);
        assertEquals("everything", md.name());
        assertEquals(0.25, md.blocks().get(6).alpha(), 0.0);   // 1/(1+3)
    }

    @Test
    void readsAGzippedStreamByItsMagicBytes() throws Exception {
        byte[] gz = IoTestSupport.gzip(EVERYTHING.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ModelData md = CbfReader.read(new ByteArrayInputStream(gz), "everything.cbf.gz");
        assertSame(everythingExpected(), md);
        assertEquals("everything", md.name());
    }

    @Test
    void acceptsCrLfLineEndsTabsAndVersionOneWithoutOptionalSections() {
        String text = "VER\r\n1\r\nOBJSENSE\r\nMIN\r\nVAR\r\n2\t1\r\nF 2\r\n";
        ModelData md = cbf(text, "tiny.cbf");
        assertEquals(2, md.numVars());
        assertEquals(0, md.numRows());
        assertEquals(List.of(), md.blocks());
        assertEquals(-INF, md.lb()[1], 0.0);
        assertEquals(0.0, md.c0(), 0.0);
    }

    // ---- malformed input: file name, line number and what was expected ----

    /** A small valid file; line numbers below refer to it. */
    private static List<String> small() {
        return new ArrayList<>(Arrays.asList(
                "VER",          // 1
                "1",            // 2
                "OBJSENSE",     // 3
                "MIN",          // 4
                "VAR",          // 5
                "3 1",          // 6
                "F 3",          // 7
                "CON",          // 8
                "2 1",          // 9
                "L+ 2",         // 10
                "ACOORD",       // 11
                "3",            // 12
                "0 0 1",        // 13
                "1 1 2",        // 14
                "1 2 3",        // 15
                "BCOORD",       // 16
                "1",            // 17
                "0 -1"));       // 18
    }

    private static String with(int line, String text) {
        List<String> l = small();
        l.set(line - 1, text);
        return String.join("\n", l) + "\n";
    }

    @Test
    void theSmallFileIsValid() {
        ModelData md = cbf(String.join("\n", small()), "small.cbf");
        assertEquals(3, md.numVars());
        assertEquals(2, md.numRows());
        assertEquals(3.0, md.a().get(1, 2), 0.0);
        assertEquals(-1.0, md.g()[0], 0.0);
    }

    @Test
    void badNumber() {
        assertFormatError("bad.cbf", 14, "expected the coefficient to be a number, found '2x'", () -> cbf(with(14, "1 1 2x"), "bad.cbf"));
        assertFormatError("bad.cbf", 14, "expected the coefficient to be a number, found '0x1p3'", () -> cbf(with(14, "1 1 0x1p3"), "bad.cbf"));
    }

    @Test
    void nanIsRefused() {
        assertFormatError("nan.cbf", 18, "the constant is NaN", () -> cbf(with(18, "0 NaN"), "nan.cbf"));
    }

    @Test
    void unknownCone() {
        assertFormatError("cone.cbf", 7, "unknown cone 'FOO'; expected F, L+, L-, L=, Q, QR, EXP, EXP*, @k:POW or @k:POW*", () -> cbf(with(7, "FOO 3"), "cone.cbf"));
    }

    @Test
    void fewerEntriesThanDeclared() {
        assertFormatError("count.cbf", 16, "ACOORD at line 11 declares 4 entries but only 3 precede section BCOORD",
                () -> cbf(with(12, "4"), "count.cbf"));
    }

    @Test
    void moreEntriesThanDeclared() {
        assertFormatError("count.cbf", 15, "expected a section keyword, found '1 2 3'", () -> cbf(with(12, "2"), "count.cbf"));
    }

    @Test
    void coneDimensionsMustAddUpToTheDeclaredTotal() {
        assertFormatError("dims.cbf", 6, "VAR declares 3 variables but its 1 cones cover 2", () -> cbf(with(7, "F 2"), "dims.cbf"));
        assertFormatError("dims.cbf", 9, "CON declares 2 rows but its 1 cones cover 3", () -> cbf(with(10, "L+ 3"), "dims.cbf"));
    }

    @Test
    void wrongNumberOfFields() {
        assertFormatError("fields.cbf", 13, "expected 3 fields (row, variable, value), found 2", () -> cbf(with(13, "0 0"), "fields.cbf"));
        assertFormatError("fields.cbf", 6, "expected 2 fields (number of variables, number of cones), found 3", () -> cbf(with(6, "3 1 1"), "fields.cbf"));
    }

    @Test
    void indicesMustBeInRange() {
        assertFormatError("range.cbf", 15, "row index 2 out of range: CON declares 2 rows (0..1)", () -> cbf(with(15, "2 2 3"), "range.cbf"));
        assertFormatError("range.cbf", 15, "variable index 3 out of range: VAR declares 3 variables (0..2)", () -> cbf(with(15, "1 3 3"), "range.cbf"));
        assertFormatError("range.cbf", 15, "expected the row index to be a non-negative integer, found '-1'", () -> cbf(with(15, "-1 0 3"), "range.cbf"));
    }

    @Test
    void duplicateCoordinatesAreRefused() {
        assertFormatError("dup.cbf", 15, "duplicate ACOORD entry for row 0, variable 0 (first at line 13)", () -> cbf(with(15, "0 0 5"), "dup.cbf"));
    }

    @Test
    void semidefiniteSectionsAreRefusedByName() {
        for (String section : List.of("PSDVAR", "PSDCON", "FCOORD", "OBJFCOORD", "HCOORD", "DCOORD")) {
            List<String> l = small();
            l.add(4, section);     // becomes line 5
            l.add(5, "1");
            assertFormatError("psd.cbf", 5, "section " + section + " (semidefinite data) is not supported",
                    () -> cbf(String.join("\n", l), "psd.cbf"));
        }
    }

    @Test
    void badPowerAndExponentialConesAreRefused() {
        String pow3 = String.join("\n", "VER", "3", "OBJSENSE", "MIN", "POWCONES", "1 3", "3", "1", "1", "1", "VAR", "3 1", "@0:POW 3", "");
        assertFormatError("pow.cbf", 13, "power cone @0:POW has 3 exponents; only two-exponent power cones", () -> cbf(pow3, "pow.cbf"));
        String undeclared = String.join("\n", "VER", "3", "OBJSENSE", "MIN", "VAR", "3 1", "@0:POW 3", "");
        assertFormatError("pow.cbf", 7, "power cone @0:POW is not declared: POWCONES declares 0 cones", () -> cbf(undeclared, "pow.cbf"));
        // POW* cones refer to POW*CONES, not POWCONES
        String dualUndeclared = String.join("\n", "VER", "3", "OBJSENSE", "MIN", "POWCONES", "1 2", "2", "1", "1", "VAR", "3 1", "@0:POW* 3", "");
        assertFormatError("pow.cbf", 12, "power cone @0:POW* is not declared: POW*CONES declares 0 cones", () -> cbf(dualUndeclared, "pow.cbf"));
        assertFormatError("exp.cbf", 7, "exponential cone EXP must have dimension 3, found 2", () -> cbf(with(6, "3 2").replace("F 3", "EXP 2\nF 1"), "exp.cbf"));
        assertFormatError("exp.cbf", 7, "dual exponential cone EXP* must have dimension 3, found 2", () -> cbf(with(6, "3 2").replace("F 3", "EXP* 2\nF 1"), "exp.cbf"));
    }

    private static double solvedObjective(String text) {
        var r = io.hedgecone.solver.api.Solver.solve(cbf(text, "dual.cbf"), io.hedgecone.solver.spi.SolverRegistry.get("native"),
                io.hedgecone.solver.spi.SolveOptions.defaults());
        assertEquals(io.hedgecone.solver.api.ProblemStatus.OPTIMAL, r.status());
        return r.objective();
    }

    @Test
    void dualExponentialAndPowerConesAreReadAsMapsOfThePrimalOnes() {
        // (s₀, s₁, s₂) ∈ EXP* ⟺ s₀ ≥ −s₂·exp(s₁/s₂ − 1), s₂ < 0: min s₀ with s₁ = 1, s₂ = −1 is e⁻²; once as a CON
        // cone of A x + b, once as a VAR cone
        String con = String.join("\n", "VER", "3", "OBJSENSE", "MIN", "VAR", "1 1", "F 1", "CON", "3 1", "EXP* 3",
                "OBJACOORD", "1", "0 1", "ACOORD", "1", "0 0 1", "BCOORD", "2", "1 1", "2 -1", "");
        assertEquals(Math.exp(-2), solvedObjective(con), 1e-7);
        String var = String.join("\n", "VER", "3", "OBJSENSE", "MIN", "VAR", "3 1", "EXP* 3", "CON", "2 1", "L= 2",
                "OBJACOORD", "1", "0 1", "ACOORD", "2", "0 1 1", "1 2 1", "BCOORD", "2", "0 -1", "1 1", "");
        assertEquals(Math.exp(-2), solvedObjective(var), 1e-7);
        // POW* with exponents (3, 1), α = 3/4: (s₀/α)^α (s₁/(1−α))^(1−α) ≥ |s₂|; with s₁ = 1, s₂ = 2 the least s₀ is
        // α·2^(2/3)
        String pow = String.join("\n", "VER", "3", "OBJSENSE", "MIN", "POW*CONES", "1 2", "2", "3", "1", "VAR", "3 1", "@0:POW* 3",
                "CON", "2 1", "L= 2", "OBJACOORD", "1", "0 1", "ACOORD", "2", "0 1 1", "1 2 1", "BCOORD", "2", "0 -1", "1 -2", "");
        assertEquals(0.75 * Math.pow(2, 2.0 / 3), solvedObjective(pow), 1e-7);
    }

    @Test
    void structuralErrors() {
        assertFormatError("ver.cbf", 2, "CBF version 4 is not supported; expected 1, 2 or 3", () -> cbf(with(2, "4"), "ver.cbf"));
        assertFormatError("ver.cbf", 1, "expected VER as the first section, found OBJSENSE", () -> cbf("OBJSENSE\nMIN\nVER\n1\n", "ver.cbf"));
        assertFormatError("sense.cbf", 4, "expected MIN or MAX, found 'MINIMIZE'", () -> cbf(with(4, "MINIMIZE"), "sense.cbf"));
        assertFormatError("twice.cbf", 8, "section VAR appears twice (first at line 5)", () -> cbf(with(8, "VAR"), "twice.cbf"));
        assertFormatError("unknown.cbf", 16, "unknown section 'BCORD'", () -> cbf(with(16, "BCORD"), "unknown.cbf"));
        assertFormatError("empty.cbf", 1, "empty file", () -> cbf("", "empty.cbf"));
        assertFormatError("order.cbf", 5, "section INT must come after section VAR", () -> cbf("VER\n1\nOBJSENSE\nMIN\nINT\n0\n", "order.cbf"));
        assertFormatError("order.cbf", 8, "section POWCONES must come before VAR and CON",
                () -> cbf("VER\n3\nOBJSENSE\nMIN\nVAR\n1 1\nF 1\nPOWCONES\n0 0\n", "order.cbf"));
        List<String> noSense = small();
        noSense.subList(2, 4).clear();
        assertFormatError("sense.cbf", 16, "the OBJSENSE section is missing", () -> cbf(String.join("\n", noSense), "sense.cbf"));
    }

    @Test
    void truncatedText() {
        List<String> l = small().subList(0, 14);   // ends after the second of three ACOORD entries
        assertFormatError("cut.cbf", 14, "unexpected end of file in ACOORD (line 11): declared 3 entries, found 2",
                () -> cbf(String.join("\n", l), "cut.cbf"));
    }
}
