package io.hedgecone.solver.io;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.form.ModelData.Block;
import io.hedgecone.solver.io.MpsReader.Format;
import io.hedgecone.solver.linalg.CscMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.hedgecone.solver.io.CbfWriterTest.names;
import static io.hedgecone.solver.io.IoTestSupport.assertSame;
import static io.hedgecone.solver.io.IoTestSupport.cbf;
import static io.hedgecone.solver.io.IoTestSupport.mps;
import static io.hedgecone.solver.io.IoTestSupport.mpsRoundTrip;
import static io.hedgecone.solver.io.IoTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MpsWriterTest {
    static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void roundTripOfEverySection() {
        ModelData md = MpsReaderTest.everythingExpected(false);
        String written = text(md, MpsWriter::write);
        assertTrue(written.contains("OBJSENSE\n    MAX\n"), written);
        assertTrue(written.contains("    RHS OBJ -7.5\n"), written);                 // c0 = 7.5 is written as RHS -7.5
        assertTrue(written.contains("'INTORG'") && written.contains("'INTEND'") && written.contains("QUADOBJ\n"), written);
        assertTrue(written.contains(" LO BND U6 0\n UP BND U6 -5\n"), written);     // explicit 0 keeps the lower bound
        assertSame(md, mpsRoundTrip(md));
        assertSame(md, mps(written, "w.mps", Format.FREE));
    }

    @Test
    void coneBlocksAreRefused() {
        ModelData conic = cbf(CbfReaderTest.EVERYTHING, "everything.cbf");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> text(conic, MpsWriter::write));
        assertEquals("MPS is LP/QP only: block 'con_4' of model 'everything' is a quadratic cone; write the model as CBF instead", e.getMessage());
    }

    @Test
    void namesFreeMpsCannotHoldAreRefused() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> text(MpsReaderTest.everythingExpected(true), MpsWriter::write));
        assertTrue(blank.getMessage().contains("row name 'LIM 1' contains a blank"), blank.getMessage());
        ModelData dup = lp(List.of("x", "x"), List.of("a"), new double[] {0}, new double[] {1}, new double[1]);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> text(dup, MpsWriter::write));
        assertTrue(twice.getMessage().contains("variable name 'x' is used twice"), twice.getMessage());
    }

    @Test
    void objectiveRowNameAvoidsRowNames() {
        ModelData md = lp(List.of("x", "y"), List.of("OBJ"), new double[] {1}, new double[] {INF}, new double[1]);
        String written = text(md, MpsWriter::write);
        assertTrue(written.contains("ROWS\n N OBJ_0\n G OBJ\n"), written);
        assertSame(md, mpsRoundTrip(md));
    }

    @Test
    void rangedRowsReadBackBitForBit() {
        Random rnd = new Random(11);
        int m = 300;
        double[] lo = new double[m], hi = new double[m];
        for (int i = 0; i < m; i++) {
            double a = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(12) - 6);
            double b = a + rnd.nextDouble() * Math.pow(10, rnd.nextInt(12) - 6);
            lo[i] = a;
            hi[i] = b > a ? b : Math.nextUp(a);
        }
        lo[0] = 0.1; hi[0] = 0.3;
        lo[1] = 1e-20; hi[1] = 1;
        lo[2] = -1e10; hi[2] = 1e-10;
        ModelData md = lp(List.of("x", "y"), names("r", m), lo, hi, new double[m]);
        assertSame(md, mpsRoundTrip(md));
    }

    @Test
    void freeRowsBecomeNRowsWhichReadersDrop() {
        ModelData md = lp(List.of("x", "y"), List.of("kept", "free"), new double[] {1, -INF}, new double[] {2, INF}, new double[2]);
        assertTrue(text(md, MpsWriter::write).contains(" N free\n"));
        ModelData back = mpsRoundTrip(md);
        assertEquals(List.of("kept"), back.rowNames());
        assertEquals(1, back.numRows());
        assertEquals(2, back.a().nnz(), "x + y of the kept row only");
    }

    @Test
    void rowConstantsShiftTheRowBounds() {
        ModelData md = lp(List.of("x", "y"), List.of("a"), new double[] {1}, new double[] {5}, new double[] {0.5});
        ModelData back = mpsRoundTrip(md);
        assertEquals(0.0, back.g()[0], 0.0);
        assertEquals(0.5, back.blocks().get(0).lo()[0], 0.0);
        assertEquals(4.5, back.blocks().get(0).hi()[0], 0.0);
    }

    @Test
    void columnsWithoutEntriesSurvive() {
        // y has no coefficient anywhere: it must still be declared, through an explicit zero objective entry
        CscMatrix a = new CscMatrix.TripletBuilder(1, 2).add(0, 0, 1).build();
        ModelData md = new ModelData("m", false, List.of("x", "y"), new double[] {0, -1}, new double[] {INF, 1}, new boolean[] {false, true},
                new double[2], 0, CscMatrix.zeros(2, 2), a, new double[1],
                List.of(Block.linear("rows", 0, new double[] {1}, new double[] {1})), List.of("a"));
        assertSame(md, mpsRoundTrip(md));
    }

    /** x and y with one or more rows r_i = x + (i+1) y, lo ≤ r ≤ hi, objective x. */
    static ModelData lp(List<String> vars, List<String> rows, double[] lo, double[] hi, double[] g) {
        CscMatrix.TripletBuilder a = new CscMatrix.TripletBuilder(rows.size(), 2);
        for (int i = 0; i < rows.size(); i++) a.add(i, 0, 1).add(i, 1, i + 1);
        return new ModelData("lp", false, vars, new double[2], new double[] {INF, INF}, new boolean[2], new double[] {1, 0}, 0,
                CscMatrix.zeros(2, 2), a.build(), g, List.of(Block.linear("rows", 0, lo, hi)), rows);
    }
}
