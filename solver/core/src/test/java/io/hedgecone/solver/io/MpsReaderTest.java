package io.hedgecone.solver.io;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.form.ModelData.Block;
import io.hedgecone.solver.io.MpsReader.Format;
import io.hedgecone.solver.linalg.CscMatrix;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.hedgecone.solver.io.IoTestSupport.assertFormatError;
import static io.hedgecone.solver.io.IoTestSupport.assertSame;
import static io.hedgecone.solver.io.IoTestSupport.mps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MpsReaderTest {
    static final double INF = Double.POSITIVE_INFINITY;

    /** One fixed-format line: each field placed at its standard column (2, 5, 15, 25, 40, 50). */
    static String fx(String... fields) {
        int[] at = {1, 4, 14, 24, 39, 49};
        char[] line = new char[61];
        Arrays.fill(line, ' ');
        for (int k = 0; k < fields.length; k++) fields[k].getChars(0, fields[k].length(), line, at[k]);
        return new String(line).stripTrailing();
    }

    /**
     * Every section and bound type. {@code x} and {@code lim} are the names of column "MY X" and row "LIM 1", so the
     * same content serves the fixed layout (names with spaces) and the free layout (names without).
     */
    static String everything(boolean fixed) {
        String x = fixed ? "MY X" : "MYX", lim = fixed ? "LIM 1" : "LIM1";
        List<String> l = new ArrayList<>();
        l.add("NAME          TESTQP   (words after the name are ignored)");
        l.add("* a comment line");
        l.add("OBJSENSE");
        l.add("    MAX");
        l.add("ROWS");
        for (String[] r : new String[][] {{"N", "COST"}, {"L", lim}, {"G", "MYEQN"}, {"E", "BAL"}, {"E", "RNEG"}, {"N", "FREE"}, {"E", "PLAIN"}})
            l.add(fx(r[0], r[1]));
        l.add("COLUMNS");
        l.add(fx("", x, "COST", "1.0", lim, "1."));
        l.add(fx("", x, "MYEQN", "2"));
        l.add("    MARKER                 'MARKER'                 'INTORG'");
        l.add(fx("", "Y", "COST", ".2e1", "BAL", "1"));
        l.add("    MARKER                 'MARKER'                 'INTEND'");
        l.add(fx("", "Z", "FREE", "3.0", "RNEG", "-1"));
        l.add(fx("", "Z", "PLAIN", "0"));
        l.add(fx("", "W", lim, "1", "PLAIN", "5D0"));
        l.add(fx("", "V", "BAL", "-2.5"));
        for (int k = 1; k <= 9; k++) l.add(fx("", "U" + k, "COST", "0"));
        l.add("RHS");
        l.add(fx("", "RHS", "COST", "-7.5", lim, "10"));
        l.add(fx("", "RHS", "MYEQN", "1", "BAL", "3"));
        l.add(fx("", "RHS", "RNEG", "4", "FREE", "99"));
        l.add(fx("", "OTHER", lim, "1000"));
        l.add("RANGES");
        l.add(fx("", "RNG", lim, "-4", "MYEQN", "2"));
        l.add(fx("", "RNG", "BAL", "2", "RNEG", "-1.5"));
        l.add("BOUNDS");
        l.add(fx("UP", "BND", x, "4"));
        l.add(fx("LO", "BND", "Y", "-1"));
        l.add(fx("FX", "BND", "Z", "2.5"));
        l.add(fx("FR", "BND", "W"));
        l.add(fx("MI", "BND", "V"));
        l.add(fx("UP", "BND", "U1", "3"));
        l.add(fx("PL", "BND", "U1"));
        l.add(fx("BV", "BND", "U2"));
        l.add(fx("LI", "BND", "U3", "2"));
        l.add(fx("UI", "BND", "U4", "9"));
        l.add(fx("UP", "BND", "U5", "-5"));
        l.add(fx("LO", "BND", "U6", "0"));
        l.add(fx("UP", "BND", "U6", "-5"));
        l.add(fx("UP", "BND", "U7", "1e30"));
        l.add(fx("MI", "BND", "U8"));
        l.add(fx("UP", "BND", "U8", "-2"));
        l.add(fx("LO", "OTHERBND", "U9", "7"));
        l.add("QUADOBJ");
        l.add(fx("", x, x, "2.0"));
        l.add(fx("", "Y", x, "-1.0"));
        l.add(fx("", "Z", "Z", "4"));
        l.add("ENDATA");
        l.add("anything after ENDATA is ignored");
        return String.join("\n", l) + "\n";
    }

    static ModelData everythingExpected(boolean fixed) {
        List<String> cols = new ArrayList<>(List.of(fixed ? "MY X" : "MYX", "Y", "Z", "W", "V"));
        for (int k = 1; k <= 9; k++) cols.add("U" + k);
        double[] lb = {0, -1, 2.5, -INF, -INF, 0, 0, 2, 0, -INF, 0, 0, -INF, 0};
        double[] ub = {4, INF, 2.5, INF, INF, INF, 1, INF, 9, -5, -5, INF, -2, INF};
        boolean[] integer = new boolean[14];
        integer[1] = integer[6] = integer[7] = integer[8] = true;   // Y (marker), U2 (BV), U3 (LI), U4 (UI)
        double[] c = new double[14];
        c[0] = 1;
        c[1] = 2;
        CscMatrix a = new CscMatrix.TripletBuilder(5, 14)
                .add(0, 0, 1).add(1, 0, 2).add(2, 1, 1).add(3, 2, -1).add(0, 3, 1).add(4, 3, 5).add(2, 4, -2.5).build();
        Block rows = Block.linear("rows", 0, new double[] {6, 1, 3, 2.5, 0}, new double[] {10, 3, 5, 4, 0});
        CscMatrix q = new CscMatrix.TripletBuilder(14, 14).add(0, 0, 2).add(0, 1, -1).add(2, 2, 4).build();
        return new ModelData("TESTQP", true, cols, lb, ub, integer, c, 7.5, q, a, new double[5], List.of(rows),
                List.of(fixed ? "LIM 1" : "LIM1", "MYEQN", "BAL", "RNEG", "PLAIN"));
    }

    @Test
    void fixedFormatWithEverySectionAndBoundTypeAndNamesWithSpaces() {
        ModelData md = mps(everything(true), "every.mps", Format.AUTO);
        assertSame(everythingExpected(true), md);
        assertEquals("TESTQP", md.name());
        assertSame(everythingExpected(true), mps(everything(true), "every.mps", Format.FIXED));
    }

    @Test
    void freeFormatGivesTheSameModel() {
        String free = everything(false).replaceAll(" +", " ");   // collapse the columns: no longer fixed
        assertSame(everythingExpected(false), mps(free, "every.mps", Format.AUTO));
        assertSame(everythingExpected(false), mps(free, "every.mps", Format.FREE));
    }

    @Test
    void freeFormatExtensions() {
        // OBJSENSE on one line, RHS/RANGES without a vector name, bounds without a bound-set name, lower-case row types
        String text = String.join("\n",
                "NAME free", "OBJSENSE MAXIMIZE", "ROWS", " n obj", " l c1", " g c2", "COLUMNS",
                " x obj 1 c1 2", " x c2 1", " y c1 1", "RHS", " c1 4 obj 2.5", "RANGES", " c2 3",
                "BOUNDS", " UP x 3", " MI y", " UP y inf", "ENDATA");
        ModelData md = mps(text, "free.mps", Format.AUTO);
        assertTrue(md.maximize());
        assertEquals(-2.5, md.c0(), 0.0);
        assertEquals(List.of("c1", "c2"), md.rowNames());
        assertTrue(Arrays.equals(new double[] {-INF, 0}, md.blocks().get(0).lo()));
        assertTrue(Arrays.equals(new double[] {4, 3}, md.blocks().get(0).hi()));
        assertTrue(Arrays.equals(new double[] {0, -INF}, md.lb()));
        assertTrue(Arrays.equals(new double[] {3, INF}, md.ub()));
    }

    @Test
    void qmatrixAndQsectionGiveTheSameQuadraticObjective() {
        String quadobj = everything(false).replaceAll(" +", " ");
        String qmatrix = quadobj.replace("QUADOBJ\n", "QMATRIX\n MYX Y -1.0\n").replace(" Y MYX -1.0\n", " Y MYX -1.0\n");
        assertSame(everythingExpected(false), mps(qmatrix, "qmatrix.mps", Format.FREE));
        assertSame(everythingExpected(false), mps(quadobj.replace("QUADOBJ\n", "QSECTION COST\n"), "qsection.mps", Format.FREE));
        assertSame(everythingExpected(false), mps(quadobj.replace("QUADOBJ\n", "QSECTION\n"), "qsection.mps", Format.FREE));
    }

    // ---- malformed input ----

    private static List<String> small() {
        return new ArrayList<>(Arrays.asList(
                "NAME T",            // 1
                "ROWS",              // 2
                " N obj",            // 3
                " L c1",             // 4
                "COLUMNS",           // 5
                " x obj 1 c1 2",     // 6
                " y c1 1",           // 7
                "RHS",               // 8
                " RHS c1 4",         // 9
                "BOUNDS",            // 10
                " UP BND x 3",       // 11
                "ENDATA"));          // 12
    }

    private static String with(int line, String text) {
        List<String> l = small();
        l.set(line - 1, text);
        return String.join("\n", l) + "\n";
    }

    private static String inserted(int line, String text) {
        List<String> l = small();
        l.add(line - 1, text);
        return String.join("\n", l) + "\n";
    }

    private static ModelData free(String text) {
        return mps(text, "bad.mps", Format.AUTO);
    }

    @Test
    void theSmallFileIsValid() {
        ModelData md = free(String.join("\n", small()));
        assertEquals(2, md.numVars());
        assertEquals(1, md.numRows());
        assertEquals(3.0, md.ub()[0], 0.0);
    }

    @Test
    void missingEndata() {
        List<String> l = small().subList(0, 11);
        assertFormatError("bad.mps", 11, "unexpected end of file: the ENDATA line is missing", () -> free(String.join("\n", l)));
    }

    @Test
    void undeclaredAndDuplicateNames() {
        assertFormatError("bad.mps", 7, "row 'c2' in COLUMNS is not declared in ROWS", () -> free(with(7, " y c2 1")));
        assertFormatError("bad.mps", 9, "row 'c9' in RHS is not declared in ROWS", () -> free(with(9, " RHS c9 4")));
        assertFormatError("bad.mps", 11, "column 'z' in BOUNDS is not declared in COLUMNS", () -> free(with(11, " UP BND z 3")));
        assertFormatError("bad.mps", 4, "row 'obj' is declared twice (first at line 3)", () -> free(with(4, " L obj")));
        assertFormatError("bad.mps", 8, "column 'x' appears again after other columns (its entries began at line 6)",
                () -> free(inserted(8, " x c1 5")));
        assertFormatError("bad.mps", 7, "duplicate entry for column 'x' in row 'c1' (first at line 6)", () -> free(inserted(7, " x c1 5")));
        assertFormatError("bad.mps", 7, "duplicate objective coefficient for column 'x' (first at line 6)", () -> free(inserted(7, " x obj 5")));
        assertFormatError("bad.mps", 10, "duplicate RHS entry for row 'c1' (first at line 9)", () -> free(inserted(10, " RHS c1 5")));
    }

    @Test
    void badNumbersAndNaN() {
        assertFormatError("bad.mps", 7, "expected the coefficient of column 'y' in row 'c1' to be a number, found '1.0.0'", () -> free(with(7, " y c1 1.0.0")));
        assertFormatError("bad.mps", 9, "the RHS value of row 'c1' is NaN", () -> free(with(9, " RHS c1 nan")));
        assertFormatError("bad.mps", 11, "the UP bound of column 'x' is NaN", () -> free(with(11, " UP BND x NaN")));
        assertFormatError("bad.mps", 7, "is out of the range of a double", () -> free(with(7, " y c1 1e999")));
    }

    @Test
    void wrongFieldCounts() {
        assertFormatError("bad.mps", 6, "expected 3 or 5 fields (column, row, value[, row, value]) in COLUMNS, found 4", () -> free(with(6, " x obj 1 c1")));
        assertFormatError("bad.mps", 4, "expected 2 fields (row type, row name) in ROWS, found 3", () -> free(with(4, " L c1 extra")));
        assertFormatError("bad.mps", 11, "expected 3 or 4 fields (UP, [bound set,] column, value) in BOUNDS, found 5", () -> free(with(11, " UP BND x 3 4")));
    }

    @Test
    void unknownAndUnsupportedSectionsAndTypes() {
        assertFormatError("bad.mps", 10, "unknown section 'BOUNDZ'", () -> free(with(10, "BOUNDZ")));
        assertFormatError("bad.mps", 10, "section SOS is not supported", () -> free(with(10, "SOS")));
        assertFormatError("bad.mps", 11, "SC (semi-continuous) bounds are not supported", () -> free(with(11, " SC BND x 3")));
        assertFormatError("bad.mps", 11, "unknown bound type 'XX'", () -> free(with(11, " XX BND x 3")));
        assertFormatError("bad.mps", 4, "unknown row type 'K' for row 'c1'; expected N, E, L or G", () -> free(with(4, " K c1")));
        assertFormatError("bad.mps", 9, "RANGES entry for N row 'obj'", () -> free(with(8, "RANGES").replace(" RHS c1 4", " RNG obj 4")));
        assertFormatError("bad.mps", 2, "data line outside a section", () -> free(inserted(2, " x y 1")));
        assertFormatError("bad.mps", 10, "section RHS appears twice (first at line 8)", () -> free(with(10, "RHS")));
        assertFormatError("bad.mps", 2, "expected MAX or MIN after OBJSENSE, found 'UP'", () -> free(inserted(2, "OBJSENSE UP")));
        assertFormatError("bad.mps", 10, "QSECTION for row 'c1' is a quadratic constraint, which is not supported", () -> free(with(10, "QSECTION c1")));
        assertFormatError("bad.mps", 7, "'INTEND' without a preceding 'INTORG'", () -> free(inserted(7, " MARKER 'MARKER' 'INTEND'")));
        assertFormatError("bad.mps", 7, "never closed by 'INTEND'", () -> free(inserted(7, " MARKER 'MARKER' 'INTORG'")));
        assertFormatError("bad.mps", 7, "section COLUMNS must come before RHS", () -> free("NAME T\nROWS\n N obj\n L c1\nRHS\n RHS c1 4\nCOLUMNS\n x c1 1\nENDATA\n"));
        assertFormatError("bad.mps", 2, "OBJSENSE has no value; expected MAX or MIN", () -> free(inserted(2, "OBJSENSE")));
        assertFormatError("bad.mps", 2, "section COLUMNS must come after ROWS", () -> free("NAME T\nCOLUMNS\n x c1 1\nENDATA\n"));
        assertFormatError("bad.mps", 2, "section RHS must come after ROWS and COLUMNS", () -> free("NAME T\nRHS\nENDATA\n"));
    }

    @Test
    void asymmetricQmatrix() {
        String text = with(12, "QMATRIX\n x y 1\n y x 2\nENDATA");
        assertFormatError("bad.mps", 14, "QMATRIX is not symmetric: (x, y) is 1.0 but (y, x) is 2.0", () -> free(text));
        String lonely = with(12, "QMATRIX\n x y 1\nENDATA");
        assertFormatError("bad.mps", 13, "QMATRIX entry (x, y) has no symmetric entry (y, x)", () -> free(lonely));
        String twice = with(12, "QUADOBJ\n x y 1\n y x 1\nENDATA");
        assertFormatError("bad.mps", 14, "duplicate QUADOBJ entry for (y, x) (first at line 13)", () -> free(twice));
    }

    @Test
    void forcingTheWrongLayoutFailsClearly() {
        assertFormatError("fixed.mps", 7, "expected 2 fields (row type, row name) in ROWS, found 3",
                () -> mps(everything(true), "fixed.mps", Format.FREE));
        assertFormatError("free.mps", 3, "text in column 4, which must be blank in fixed MPS",
                () -> mps(String.join("\n", small()), "free.mps", Format.FIXED));
    }
}
