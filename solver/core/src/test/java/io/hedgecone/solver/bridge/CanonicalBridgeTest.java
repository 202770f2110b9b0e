package io.hedgecone.solver.bridge;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.verify.ConeMembership;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Round trips through each rewrite: (1) a model point maps to a canonical slack inside K exactly when it satisfies
 * the model, and (2) canonical duals z ∈ K* map to model duals that satisfy Aᵀy + z = −(Aᶜᵀzᶜ) on the model columns
 * and lie in the model's dual cones. Exact algebra up to rounding: tolerance 1e-12.
 */
class CanonicalBridgeTest {
    private static final double TOL = 1e-12;
    private final Random rnd = new Random(7);

    /** A model with one block over 3 random rows plus free bounds. */
    private ModelData oneBlock(ModelData.Block b, int n, boolean maximize) {
        CscMatrix.TripletBuilder t = new CscMatrix.TripletBuilder(b.size(), n);
        for (int i = 0; i < b.size(); i++) for (int j = 0; j < n; j++) t.add(i, j, rnd.nextGaussian());
        double[] g = new double[b.size()];
        for (int i = 0; i < g.length; i++) g[i] = rnd.nextGaussian();
        List<String> names = new ArrayList<>(), rows = new ArrayList<>();
        for (int j = 0; j < n; j++) names.add("x" + j);
        for (int i = 0; i < b.size(); i++) rows.add("r" + i);
        double[] lb = new double[n], ub = new double[n];
        java.util.Arrays.fill(lb, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(ub, Double.POSITIVE_INFINITY);
        return new ModelData("t", maximize, names, lb, ub, new boolean[n], new double[n], 0, CscMatrix.zeros(n, n), t.build(), g, List.of(b), rows);
    }

    /** Canonical dual-cone membership (Clarabel orders). */
    private static boolean inDualCone(ConeSpec c, double[] z, int off) {
        if (c instanceof ConeSpec.Zero) return true;
        if (c instanceof ConeSpec.Nonneg) { for (int i = 0; i < c.dim(); i++) if (z[off + i] < -TOL) return false; return true; }
        if (c instanceof ConeSpec.Soc) return ConeMembership.primalViolation(BlockKind.QCONE, 0, z, off, c.dim()) <= TOL;
        // dual exp (x,y,z order): u < 0, −u·exp(v/u) ≤ e·w
        if (c instanceof ConeSpec.Exp) return z[off] < 0 && -z[off] * Math.exp(z[off + 1] / z[off]) <= Math.E * z[off + 2] + TOL;
        ConeSpec.Pow p = (ConeSpec.Pow) c;
        return Math.pow(z[off] / p.alpha(), p.alpha()) * Math.pow(z[off + 1] / (1 - p.alpha()), 1 - p.alpha()) >= Math.abs(z[off + 2]) - TOL;
    }

    /** A random point of the canonical dual cone. */
    private double[] randomDual(ConicProblem p) {
        double[] z = new double[p.numRows()];
        int off = 0;
        for (ConeSpec c : p.cones()) {
            if (c instanceof ConeSpec.Zero) {
                for (int i = 0; i < c.dim(); i++) z[off + i] = rnd.nextGaussian();
            } else if (c instanceof ConeSpec.Nonneg) {
                for (int i = 0; i < c.dim(); i++) z[off + i] = rnd.nextDouble();
            } else if (c instanceof ConeSpec.Soc) {
                double norm = 0;
                for (int i = 1; i < c.dim(); i++) { z[off + i] = rnd.nextGaussian(); norm += z[off + i] * z[off + i]; }
                z[off] = Math.sqrt(norm) + rnd.nextDouble();
            } else if (c instanceof ConeSpec.Exp) {
                z[off] = -1 - rnd.nextDouble(); z[off + 1] = rnd.nextGaussian();
                z[off + 2] = -z[off] * Math.exp(z[off + 1] / z[off]) / Math.E + rnd.nextDouble();
            } else {
                ConeSpec.Pow pw = (ConeSpec.Pow) c;
                z[off] = 1 + rnd.nextDouble(); z[off + 1] = 1 + rnd.nextDouble();
                z[off + 2] = 0.5 * Math.pow(z[off] / pw.alpha(), pw.alpha()) * Math.pow(z[off + 1] / (1 - pw.alpha()), 1 - pw.alpha());
            }
            assertTrue(inDualCone(c, z, off), "generator produced a point outside " + c);
            off += c.dim();
        }
        return z;
    }

    private void checkDualMap(ModelData d) {
        Canonicalized can = CanonicalBridge.toConic(d);
        ConicProblem p = can.problem();
        double[] zc = randomDual(p);
        double[][] yz = can.farkas(zc);
        double[] aty = d.a().transposeMultiply(yz[0]);
        double[] atz = p.a().transposeMultiply(zc);
        for (int j = 0; j < d.numVars(); j++) assertEquals(-atz[j], aty[j] + yz[1][j], 1e-10, "stationarity map at column " + j);
        for (ModelData.Block b : d.blocks())
            if (b.kind() != BlockKind.LINEAR)
                assertEquals(0.0, ConeMembership.dualViolation(b.kind(), b.alpha(), yz[0], b.start(), b.size()), 1e-9, "mapped dual in K* of " + b);
        // for maximization the reported duals are negated
        double[][] flipped = can.duals(zc);
        double[] v = d.numRows() > 0 ? yz[0] : yz[1], w = d.numRows() > 0 ? flipped[0] : flipped[1];
        assertEquals(d.maximize() ? -v[0] : v[0], w[0], 0.0);
    }

    /** Slack s = b − Aᶜx for a model point; checks the canonical cone membership equals the model's. */
    private boolean canonicalFeasible(ConicProblem p, double[] x) {
        double[] xs = java.util.Arrays.copyOf(x, p.numVars());
        double[] s = p.b().clone();
        p.a().multiplyAdd(-1.0, xs, s);
        int off = 0;
        for (ConeSpec c : p.cones()) {
            boolean ok = true;
            if (c instanceof ConeSpec.Zero) { for (int i = 0; i < c.dim(); i++) ok &= Math.abs(s[off + i]) <= 1e-9; }
            else if (c instanceof ConeSpec.Nonneg) { for (int i = 0; i < c.dim(); i++) ok &= s[off + i] >= -1e-9; }
            else if (c instanceof ConeSpec.Soc) ok = ConeMembership.primalViolation(BlockKind.QCONE, 0, s, off, c.dim()) <= 1e-9;
            else if (c instanceof ConeSpec.Exp) ok = ConeMembership.primalViolation(BlockKind.PEXP, 0, new double[]{s[off + 2], s[off + 1], s[off]}, 0, 3) <= 1e-9;
            else ok = ConeMembership.primalViolation(BlockKind.PPOW, ((ConeSpec.Pow) c).alpha(), s, off, 3) <= 1e-9;
            if (!ok) return false;
            off += c.dim();
        }
        return true;
    }

    @Test void linearRangesEqualitiesAndFreeRows() {
        ModelData.Block b = ModelData.Block.linear("r", 0, new double[]{-1, 2, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY},
                new double[]{1, 2, 3, Double.POSITIVE_INFINITY});
        ModelData d = oneBlock(b, 3, false);
        ConicProblem p = CanonicalBridge.toConic(d).problem();
        // equality: 1 zero row; range: 2 nonneg rows; upper only: 1; free: none
        assertEquals(4, p.numRows());
        assertEquals(new ConeSpec.Zero(1), p.cones().get(0));
        for (int trial = 0; trial < 200; trial++) {
            double[] x = new double[3];
            for (int j = 0; j < 3; j++) x[j] = 3 * rnd.nextGaussian();
            double[] r = d.rowValues(x);
            boolean modelOk = r[0] >= -1 && r[0] <= 1 && r[2] <= 3;
            // the equality row is checked separately: random points miss it
            double[] s = p.b().clone();
            p.a().multiplyAdd(-1.0, x, s);
            assertEquals(r[1] - 2, -s[0], 1e-12, "zero row slack");
            boolean canOk = s[1] >= 0 && s[2] >= 0 && s[3] >= 0;
            assertEquals(modelOk, canOk, "feasibility agrees at trial " + trial);
        }
        checkDualMap(d);
    }

    @Test void variableBoundsFixedAndOneSided() {
        List<String> names = List.of("a", "b", "c", "d");
        double[] lb = {0, Double.NEGATIVE_INFINITY, 2, -1}, ub = {Double.POSITIVE_INFINITY, 5, 2, 1};
        ModelData d = new ModelData("bounds", false, names, lb, ub, new boolean[4], new double[]{1, -1, 0, 2}, 0,
                CscMatrix.zeros(4, 4), CscMatrix.zeros(0, 4), new double[0], List.of(), List.of());
        Canonicalized can = CanonicalBridge.toConic(d);
        assertEquals(1 + 1 + 1 + 2, can.problem().numRows());
        assertTrue(canonicalFeasible(can.problem(), new double[]{1, 4, 2, 0}));
        assertFalse(canonicalFeasible(can.problem(), new double[]{-1, 4, 2, 0}));
        assertFalse(canonicalFeasible(can.problem(), new double[]{1, 6, 2, 0}));
        assertFalse(canonicalFeasible(can.problem(), new double[]{1, 4, 2.5, 0}));
        checkDualMap(d);
    }

    @Test void rotatedConeAsSoc() {
        ModelData d = oneBlock(ModelData.Block.cone("rq", 0, 4, BlockKind.RQCONE), 4, false);
        ConicProblem p = CanonicalBridge.toConic(d).problem();
        assertEquals(List.of(new ConeSpec.Soc(4)), p.cones());
        agreeOnRandomPoints(d, p);
        checkDualMap(d);
    }

    @Test void quadraticCone() {
        ModelData d = oneBlock(ModelData.Block.cone("q", 0, 3, BlockKind.QCONE), 3, true);
        agreeOnRandomPoints(d, CanonicalBridge.toConic(d).problem());
        checkDualMap(d);
    }

    @Test void exponentialConeOrder() {
        ModelData d = oneBlock(ModelData.Block.cone("e", 0, 3, BlockKind.PEXP), 3, false);
        ConicProblem p = CanonicalBridge.toConic(d).problem();
        assertEquals(List.of(new ConeSpec.Exp()), p.cones());
        agreeOnRandomPoints(d, p);
        checkDualMap(d);
    }

    @Test void powerConeSizesTwoThreeAndFive() {
        for (int size : new int[]{2, 3, 5}) {
            ModelData d = oneBlock(ModelData.Block.power("p", 0, size, 0.3), 5, false);
            ConicProblem p = CanonicalBridge.toConic(d).problem();
            assertEquals(size > 3 ? 6 : 5, p.numVars(), "one auxiliary variable only above size 3");
            checkDualMap(d);
        }
        // size 3: membership agrees exactly
        ModelData d = oneBlock(ModelData.Block.power("p", 0, 3, 0.3), 3, false);
        agreeOnRandomPoints(d, CanonicalBridge.toConic(d).problem());
    }

    /** Random points: the model cone holds iff the canonical one does (points near the boundary skipped). */
    private void agreeOnRandomPoints(ModelData d, ConicProblem p) {
        ModelData.Block b = d.blocks().get(0);
        int agree = 0, inside = 0;
        for (int trial = 0; trial < 400; trial++) {
            double[] x = new double[d.numVars()];
            for (int j = 0; j < x.length; j++) x[j] = 2 * rnd.nextGaussian();
            double[] r = d.rowValues(x);
            double viol = ConeMembership.primalViolation(b.kind(), b.alpha(), r, 0, b.size());
            boolean model = viol == 0;
            if (model) inside++;
            if (model == canonicalFeasible(p, x)) agree++;
            else assertTrue(viol < 1e-6, "disagreement far from the boundary at trial " + trial + " (violation " + viol + ")");
        }
        assertTrue(agree >= 395, "agreement " + agree + "/400");
        assertTrue(inside > 0 && inside < 400, "random points should land on both sides, inside=" + inside);
    }

    @Test void integersAreRefused() {
        ModelData d = new ModelData("mip", false, List.of("x"), new double[]{0}, new double[]{1}, new boolean[]{true}, new double[]{1}, 0,
                CscMatrix.zeros(1, 1), CscMatrix.zeros(0, 1), new double[0], List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CanonicalBridge.toConic(d));
        assertTrue(e.getMessage().contains("integer"));
    }
}
