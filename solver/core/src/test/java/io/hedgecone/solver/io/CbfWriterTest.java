package io.hedgecone.solver.io;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.form.ModelData.Block;
import io.hedgecone.solver.linalg.CscMatrix;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.hedgecone.solver.io.IoTestSupport.assertSame;
import static io.hedgecone.solver.io.IoTestSupport.cbf;
import static io.hedgecone.solver.io.IoTestSupport.cbfRoundTrip;
import static io.hedgecone.solver.io.IoTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CbfWriterTest {
    static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void roundTripOfEverySectionPutsVariableConesBackIntoVar() {
        ModelData md = cbf(CbfReaderTest.EVERYTHING, "everything.cbf");
        String written = text(md, CbfWriter::write);
        assertTrue(written.contains("VAR\n13 7\nL+ 2\nF 1\nL- 1\nL= 1\nQ 3\nEXP 3\nQR 2\n"), written);
        assertTrue(written.contains("CON\n13 7\nL+ 1\nL- 1\nL= 2\nF 1\nQ 2\nEXP 3\n@0:POW 3\n"), written);
        assertTrue(written.contains("INT\n2\n0\n2\n"), written);
        assertTrue(written.startsWith("# everything, written by hedgecone CbfWriter\nVER\n3\n"), written);
        assertSame(md, cbfRoundTrip(md));
    }

    /**
     * An LP with every kind of bound and row: bounds CBF has no cone for become rows after the model's rows, and a
     * ranged row becomes an L+ row followed by an L- row. The re-read model is spelled out.
     */
    @Test
    void generalBoundsAndRangesBecomeRows() {
        double[] lb = {0, 0, -INF, 1, -2, -3, -INF};
        double[] ub = {INF, 4, INF, 1, 0, 5, 7};
        CscMatrix a = new CscMatrix.TripletBuilder(3, 7).add(0, 0, 1).add(0, 1, 1).add(1, 2, 2).add(2, 3, 1).add(2, 5, -1).build();
        ModelData lp = new ModelData("lp", false, names("v", 7), lb, ub, new boolean[7], new double[] {1, 0, -1, 0, 0, 0, 2}, 3,
                CscMatrix.zeros(7, 7), a, new double[] {0, 0.5, 0},
                List.of(Block.linear("rows", 0, new double[] {1, 2, -INF}, new double[] {1, 6, 3})), List.of("a", "b", "c"));
        String written = text(lp, CbfWriter::write);
        assertTrue(written.contains("VAR\n7 4\nL+ 2\nF 2\nL- 1\nF 2\n"), written);
        assertTrue(written.contains("CON\n10 8\nL= 1\nL+ 1\nL- 1\nL- 1\nL- 1\nL= 1\nL+ 2\nL- 2\n"), written);

        CscMatrix.TripletBuilder ea = new CscMatrix.TripletBuilder(10, 7);
        ea.add(0, 0, 1).add(0, 1, 1);          // row a = 1            -> a - 1 ∈ L=
        ea.add(1, 2, 2).add(2, 2, 2);          // 2 ≤ b = 2x2 + 0.5 ≤ 6 -> b - 2 ∈ L+, b - 6 ∈ L-
        ea.add(3, 3, 1).add(3, 5, -1);         // c ≤ 3                 -> c - 3 ∈ L-
        ea.add(4, 1, 1);                       // x1 ≤ 4 (x1 is the L+ variable cone)
        ea.add(5, 3, 1);                       // x3 = 1
        ea.add(6, 4, 1).add(7, 5, 1);          // x4 ≥ -2 (x4 is L-), x5 ≥ -3
        ea.add(8, 5, 1).add(9, 6, 1);          // x5 ≤ 5, x6 ≤ 7
        double[] g = {-1, -1.5, -5.5, -3, -4, -1, 2, 3, -5, -7};
        List<Block> blocks = List.of(
                Block.linear("con_0", 0, new double[] {0}, new double[] {0}),
                Block.linear("con_1", 1, new double[] {0}, new double[] {INF}),
                Block.linear("con_2", 2, new double[] {-INF}, new double[] {0}),
                Block.linear("con_3", 3, new double[] {-INF}, new double[] {0}),
                Block.linear("con_4", 4, new double[] {-INF}, new double[] {0}),
                Block.linear("con_5", 5, new double[] {0}, new double[] {0}),
                Block.linear("con_6", 6, new double[] {0, 0}, new double[] {INF, INF}),
                Block.linear("con_7", 8, new double[] {-INF, -INF}, new double[] {0, 0}));
        ModelData expected = new ModelData("roundtrip", false, names("x", 7),
                new double[] {0, 0, -INF, -INF, -INF, -INF, -INF}, new double[] {INF, INF, INF, INF, 0, INF, INF},
                new boolean[7], lp.c(), 3, CscMatrix.zeros(7, 7), ea.build(), g, blocks, names("r", 10));
        assertSame(expected, cbfRoundTrip(lp));
    }

    @Test
    void powerConeExponentsReadBackBitForBit() {
        Random rnd = new Random(7);
        List<Double> alphas = new ArrayList<>(List.of(0.1, 1.0 / 3, 0.5, 0.7, 0.999999, 1e-9, 1 - 1e-12));
        for (int k = 0; k < 200; k++) alphas.add(rnd.nextDouble() * 0.998 + 0.001);
        for (double alpha : alphas) {
            ModelData md = new ModelData("p", false, names("x", 3), new double[3], new double[] {INF, INF, INF}, new boolean[3],
                    new double[3], 0, CscMatrix.zeros(3, 3), CscMatrix.identity(3), new double[] {0, 0, 1},
                    List.of(Block.power("pow", 0, 3, alpha)), names("r", 3));
            ModelData back = cbfRoundTrip(md);
            assertEquals(Double.doubleToLongBits(alpha), Double.doubleToLongBits(back.blocks().get(0).alpha()), "alpha " + alpha);
        }
    }

    @Test
    void aConeBlockThatIsNotAPureVariableConeStaysInCon() {
        // named like a variable cone but with a constant: must be written as a CON cone, keeping its constant
        ModelData md = new ModelData("m", false, names("x", 3), new double[] {-INF, -INF, -INF}, new double[] {INF, INF, INF},
                new boolean[3], new double[] {1, 0, 0}, 0, CscMatrix.zeros(3, 3), CscMatrix.identity(3), new double[] {1, 0, 0},
                List.of(Block.cone("var_cone_0", 0, 3, BlockKind.QCONE)), names("r", 3));
        String written = text(md, CbfWriter::write);
        assertTrue(written.contains("VAR\n3 1\nF 3\n") && written.contains("CON\n3 1\nQ 3\n"), written);
        ModelData back = cbfRoundTrip(md);
        assertEquals("con_0", back.blocks().get(0).name());
        assertEquals(1.0, back.g()[0], 0.0);
    }

    @Test
    void quadraticObjectiveIsRefused() {
        ModelData qp = new ModelData("qp", false, names("x", 1), new double[1], new double[] {INF}, new boolean[1], new double[1], 0,
                CscMatrix.identity(1), CscMatrix.zeros(0, 1), new double[0], List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> text(qp, CbfWriter::write));
        assertTrue(e.getMessage().contains("CBF cannot represent the quadratic objective of model 'qp'"), e.getMessage());
    }

    @Test
    void emptyModelRoundTrips() {
        ModelData md = new ModelData("empty", true, List.of(), new double[0], new double[0], new boolean[0], new double[0], 2.5,
                CscMatrix.zeros(0, 0), CscMatrix.zeros(0, 0), new double[0], List.of(), List.of());
        assertSame(md, cbfRoundTrip(md));
    }

    static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }
}
