package io.hedgecone.solver.api;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Flattening of models built with the API into ModelData; exact arithmetic on small integers (tolerance 0). */
class ModelTest {
    @Test void linearModelFlattens() {
        try (Model m = new Model("lp")) {
            Variable x = m.variable("x", 2, Domain.greaterThan(0));
            Variable y = m.variable("y", Domain.inRange(-1, 1));
            m.constraint("c", Expr.add(Expr.dot(new double[]{1, 2}, x), y).add(3), Domain.lessThan(10));
            m.constraint("e", Expr.mul(Matrix.dense(new double[][]{{1, 0}, {1, 1}}), x), Domain.equalsTo(1, 2));
            m.objective(ObjectiveSense.MAXIMIZE, Expr.sum(x).sub(y));
            ModelData d = m.toData();
            assertTrue(d.maximize());
            assertEquals(3, d.numVars());
            assertEquals(3, d.numRows());
            assertArrayEquals(new double[]{1, 1, -1}, d.c());
            assertArrayEquals(new double[]{0, 0, -1}, d.lb());
            assertArrayEquals(new double[]{Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1}, d.ub());
            assertArrayEquals(new double[]{1, 2, 1}, d.a().toDense()[0]);
            assertArrayEquals(new double[]{3, 0, 0}, d.g());
            assertArrayEquals(new double[]{1, 1, 0}, d.a().toDense()[2]);
            assertEquals(2, d.blocks().size());
            assertEquals("e[1]", d.rowNames().get(2));
            assertEquals("x[1]", d.varNames().get(1));
        }
    }

    @Test void coneDomainsOnVariablesBecomeBlocks() {
        try (Model m = new Model()) {
            Variable t = m.variable("t", 3, Domain.inQCone());
            Variable e = m.variable("e", 3, Domain.inPExpCone());
            m.constraint("p", Expr.vstack(t.index(0), e.index(1), t.slice(1, 3)), Domain.inPPowerCone(0.25));
            ModelData d = m.toData();
            assertEquals(BlockKind.QCONE, d.blocks().get(0).kind());
            assertEquals(BlockKind.PEXP, d.blocks().get(1).kind());
            assertEquals(BlockKind.PPOW, d.blocks().get(2).kind());
            assertEquals(0.25, d.blocks().get(2).alpha());
            assertEquals(Double.NEGATIVE_INFINITY, d.lb()[0]);
            assertEquals(1.0, d.a().get(9, 2)); // p[3] = t[2] (rows 0-2 t, 3-5 e, 6-9 p)
            assertEquals(1.0, d.a().get(7, 4)); // p[1] = e[1]
        }
    }

    @Test void quadraticObjectiveIsSymmetrised() {
        try (Model m = new Model()) {
            Variable x = m.variable("x", 2);
            // xᵀ[[2,1],[0,4]]x = 2x0² + x0x1 + 4x1²  →  ½xᵀQx with Q = [[4,1],[1,8]]
            m.objective(ObjectiveSense.MINIMIZE, QuadExpr.quadForm(x, Matrix.dense(new double[][]{{2, 1}, {0, 4}})).add(x.index(0)));
            ModelData d = m.toData();
            assertEquals(4, d.qUpper().get(0, 0));
            assertEquals(1, d.qUpper().get(0, 1));
            assertEquals(8, d.qUpper().get(1, 1));
            assertEquals(2 * 1 + 1 * 2 + 4 * 4 + 1, d.objective(new double[]{1, 2}), 0.0);
        }
    }

    @Test void sumOfSquaresExpands() {
        try (Model m = new Model()) {
            Variable x = m.variable("x", 2);
            Expr r = Expr.mul(Matrix.dense(new double[][]{{1, 2}, {0, 3}}), x).add(1, -1);
            m.objective(ObjectiveSense.MINIMIZE, QuadExpr.sumOfSquares(r));
            ModelData d = m.toData();
            double[] pt = {0.5, -2};
            double r0 = 0.5 - 4 + 1, r1 = -6 - 1;
            assertEquals(r0 * r0 + r1 * r1, d.objective(pt), 1e-12);
        }
    }

    @Test void errorsNameTheBadElement() {
        try (Model m = new Model("bad")) {
            Variable x = m.variable("x", 2);
            var e1 = assertThrows(IllegalArgumentException.class, () -> m.constraint("c", x, Domain.lessThan(1, 2, 3)));
            assertTrue(e1.getMessage().contains("'c'"), e1.getMessage());
            var e2 = assertThrows(IllegalArgumentException.class, () -> m.constraint("k", x, Domain.inPExpCone()));
            assertTrue(e2.getMessage().contains("'k'"), e2.getMessage());
            var e3 = assertThrows(IllegalArgumentException.class, () -> m.variable("x", 1));
            assertTrue(e3.getMessage().contains("'x'"), e3.getMessage());
            var e4 = assertThrows(IllegalArgumentException.class, () -> Expr.dot(new double[]{1, Double.NaN}, x));
            assertTrue(e4.getMessage().contains("NaN"), e4.getMessage());
            try (Model other = new Model("other")) {
                Variable z = other.variable("z", 2);
                var e5 = assertThrows(IllegalArgumentException.class, () -> Expr.add(x, z));
                assertTrue(e5.getMessage().contains("different models"), e5.getMessage());
            }
            assertThrows(IllegalStateException.class, x::level);
        }
    }

    @Test void closedModelRefusesUse() {
        Model m = new Model("closed");
        m.close();
        assertThrows(IllegalStateException.class, () -> m.variable("x", 1));
    }
}
