package io.hedgecone.solver.form;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Variable;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerturbationTest {
    /** min 2x + 3y + 0z s.t. x + y = 4, 1 ≤ x − y ≤ 2, x ∈ [0, 10], y ≥ −1, z = 5 fixed, (x, y, z) in a cone. */
    private static ModelData model() {
        Model m = new Model("p");
        Variable x = m.variable("x", 1, Domain.inRange(0, 10));
        Variable y = m.variable("y", 1, Domain.greaterThan(-1));
        Variable z = m.variable("z", 1, Domain.equalsTo(5));
        m.constraint("sum", Expr.add(x, y), Domain.equalsTo(4));
        m.constraint("diff", Expr.sub(x, y), Domain.inRange(1, 2));
        m.constraint("cone", Expr.vstack(z, x, y), Domain.inQCone());
        m.objective(ObjectiveSense.MINIMIZE, Expr.add(Expr.mul(2, x), Expr.mul(3, y)));
        return m.toData();
    }

    @Test void changesEveryFiniteNonzeroEntryByAtMostHalfTheRelativeAmountAndKeepsTheStructure() {
        ModelData d = model(), p = Perturbation.of(d, 1e-6, 7);
        assertSame(d.a(), p.a());
        assertEquals(d.blocks().size(), p.blocks().size());
        checkClose(d.c(), p.c(), 1e-6);
        checkClose(d.g(), p.g(), 1e-6);
        checkClose(d.lb(), p.lb(), 1e-6);
        checkClose(d.ub(), p.ub(), 1e-6);
        for (int k = 0; k < d.blocks().size(); k++) {
            ModelData.Block a = d.blocks().get(k), b = p.blocks().get(k);
            assertEquals(a.kind(), b.kind());
            if (a.lo() == null) { assertSame(a, b); continue; }
            checkClose(a.lo(), b.lo(), 1e-6);
            checkClose(a.hi(), b.hi(), 1e-6);
            for (int i = 0; i < a.size(); i++) {
                if (a.lo()[i] == a.hi()[i]) assertEquals(b.lo()[i], b.hi()[i], "an equality row stays one");
                assertTrue(b.lo()[i] <= b.hi()[i]);
            }
        }
        for (int j = 0; j < d.lb().length; j++) if (d.lb()[j] == d.ub()[j]) assertEquals(p.lb()[j], p.ub()[j], "a fixed variable stays fixed");
        assertTrue(changed(d.c(), p.c()), "the objective moved");
    }

    @Test void isReproducibleBySeedAndLeavesTheOriginalAlone() {
        ModelData d = model();
        double[] c0 = d.c().clone();
        ModelData a = Perturbation.of(d, 1e-9, 3), b = Perturbation.of(d, 1e-9, 3), other = Perturbation.of(d, 1e-9, 4);
        assertArrayEquals(a.c(), b.c());
        assertArrayEquals(a.lb(), b.lb());
        assertNotEquals(a.c()[0], other.c()[0]);
        assertArrayEquals(c0, d.c());
        assertArrayEquals(d.c(), Perturbation.of(d, 0, 3).c(), "rel = 0 is the identity");
    }

    @Test void rejectsARelativeSizeOutsideZeroToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Perturbation.of(model(), 1.5, 1));
        assertTrue(e.getMessage().contains("[0, 1), got 1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Perturbation.of(model(), Double.NaN, 1));
    }

    private static void checkClose(double[] a, double[] b, double rel) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i]) || a[i] == 0) { assertEquals(a[i], b[i], "zeros and infinities are kept"); continue; }
            assertTrue(Math.abs(b[i] - a[i]) <= 0.5 * rel * Math.abs(a[i]) * (1 + 1e-12), a[i] + " -> " + b[i]);
        }
    }

    private static boolean changed(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != 0 && a[i] != b[i]) return true;
        return false;
    }
}
