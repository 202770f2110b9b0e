package io.hedgecone.solver.ipm;

import io.hedgecone.solver.api.Domain;
import io.hedgecone.solver.api.Expr;
import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ObjectiveSense;
import io.hedgecone.solver.api.Variable;
import io.hedgecone.solver.bridge.CanonicalBridge;
import io.hedgecone.solver.cone.Cone;
import io.hedgecone.solver.cone.SocCone;
import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.testing.BrmobSocp;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static io.hedgecone.solver.ipm.Certificates.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Second-order cones eliminated onto the x block ({@link ConeElimination}): the same problems solved with and
 * without elimination must give the same verified optimum, and the form is chosen only for cones sharing columns.
 */
class ConeEliminationTest {
    private static ConicProblem toConic(Model m) { return CanonicalBridge.toConic(m.toData()).problem(); }

    /** Solves with verbose output captured; returns the solution and the log. */
    private static Object[] solve(ConicProblem p, boolean eliminate) {
        var log = new ByteArrayOutputStream();
        ConicSolution r = ConicSolver.solve(p, Settings.builder().coneElimination(eliminate).verbose(true)
                .out(new PrintStream(log, true, StandardCharsets.UTF_8)).build());
        return new Object[] {r, log.toString(StandardCharsets.UTF_8)};
    }

    @Test void linearBanditConesAreEliminatedAndGiveTheAugmentedOptimum() {
        // 600 cones of dimension 9, all on the same 10 columns (t, v, y): one clique of 55 entries
        ConicProblem p = toConic(BrmobSocp.build(600, 8, false, 3));
        Object[] with = solve(p, true), without = solve(p, false);
        ConicSolution a = (ConicSolution) with[0], b = (ConicSolution) without[0];
        String log = (String) with[1];
        assertTrue(log.contains("600 second-order cones eliminated onto x"), log);
        assertFalse(((String) without[1]).contains("eliminated"));
        assertSolvedTo1e7(p, a, "eliminated");
        assertSolvedTo1e7(p, b, "augmented");
        assertEquals(b.primalObjective(), a.primalObjective(), 1e-7 * (1 + Math.abs(b.primalObjective())));
    }

    @Test void threadsDoNotChangeTheResult() {
        // enough cones for the per-cone loops, the clique sums and the products to run in parallel chunks (on a
        // machine with one processor both runs are sequential and the test only checks the settings path)
        ConicProblem p = toConic(BrmobSocp.build(3000, 6, false, 2));
        ConicSolution one = ConicSolver.solve(p, Settings.builder().threads(1).build());
        ConicSolution all = ConicSolver.solve(p, Settings.defaults());
        assertSolvedTo1e7(p, all, "default threads");
        assertEquals(one.iterations(), all.iterations());
        assertArrayEquals(one.x(), all.x());
        assertArrayEquals(one.z(), all.z());
        assertArrayEquals(one.s(), all.s());
    }

    @Test void badlyScaledSharedConesSolveAsInTheAugmentedSystem() {
        // BRMOB-shaped SOCPs (k cones of dimension d + 1 on the same d + 1 columns) with every cone's rows, every
        // other row and every column scaled by 10^U(−2, 2): eliminated and augmented runs must agree
        for (int seed = 1; seed <= 8; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int k = 100 + r.nextInt(200), d = 2 + r.nextInt(20);
            ConicProblem p = scaled(BrmobShapedBench.instance(k, d, seed), r, 2);
            ConicSolution a = ConicSolver.solve(p), b = ConicSolver.solve(p, Settings.builder().coneElimination(false).build());
            assertSolvedTo1e7(p, a, "eliminated, seed " + seed);
            assertSolvedTo1e7(p, b, "augmented, seed " + seed);
            assertEquals(b.primalObjective(), a.primalObjective(), 1e-7 * (1 + Math.abs(b.primalObjective())), "seed " + seed);
        }
    }

    /** p with each cone's rows (zero and nonnegative rows one by one) and each column scaled by 10^U(−e, e). */
    private static ConicProblem scaled(ConicProblem p, SplittableRandom r, double e) {
        int n = p.numVars(), m = p.numRows();
        double[] rs = new double[m], cs = new double[n];
        int off = 0;
        for (var c : p.cones()) {
            double f = Math.pow(10, r.nextDouble(-e, e));
            boolean separable = c instanceof ConeSpec.Zero || c instanceof ConeSpec.Nonneg;
            for (int i = 0; i < c.dim(); i++) rs[off + i] = separable ? Math.pow(10, r.nextDouble(-e, e)) : f;
            off += c.dim();
        }
        for (int j = 0; j < n; j++) cs[j] = Math.pow(10, r.nextDouble(-e, e));
        var a = p.a();
        double[] av = a.values().clone();
        for (int j = 0; j < n; j++)
            for (int t = a.colPtr()[j]; t < a.colPtr()[j + 1]; t++) av[t] *= rs[a.rowIdx()[t]] * cs[j];
        double[] b = p.b().clone(), q = p.q().clone();
        for (int i = 0; i < m; i++) b[i] *= rs[i];
        for (int j = 0; j < n; j++) q[j] *= cs[j];
        return new ConicProblem(p.pUpper(), q, new CscMatrix(m, n, a.colPtr(), a.rowIdx(), av), b, p.cones(), p.constant());
    }

    @Test void eliminatedAndAugmentedSystemsGiveTheSameSolve() {
        // KKT solves at scalings where a few cones are badly conditioned (complementary s and z 1e-3 from their
        // boundaries, as at the optimum's support late in a run), and bounds at both extremes of s/z: the eliminated
        // and the augmented system must agree
        ConicProblem p = toConic(BrmobSocp.build(200, 5, false, 7));
        int n = p.numVars(), m = p.numRows();
        SplittableRandom rnd = new SplittableRandom(11);
        List<Cone> cones = scaledCones(p, rnd, true);
        double[] bx = new double[n], bz = new double[m];
        for (int i = 0; i < n; i++) bx[i] = rnd.nextDouble(-1, 1);
        for (int i = 0; i < m; i++) bz[i] = rnd.nextDouble(-1, 1);
        double[][] ref = kktSolve(new KktSolver(n, m, p.pUpper(), p.a(), cones, Settings.builder().coneElimination(false).build()), bx, bz, 0);
        KktSolver eliminated = new KktSolver(n, m, p.pUpper(), p.a(), cones, Settings.defaults());
        assertEquals(200, eliminated.eliminatedBounds()); // π ≥ 0, one row per arm
        double[][] elim = kktSolve(eliminated, bx, bz, 200);
        // the fallback the method takes in numerical difficulty: the same solver, its cones returned
        KktSolver abandoned = new KktSolver(n, m, p.pUpper(), p.a(), cones, Settings.defaults());
        assertEquals(200, abandoned.eliminatedCones());
        abandoned.abandonElimination();
        double[][] back = kktSolve(abandoned, bx, bz, 0);
        assertTrue(maxDiff(ref, back) < 1e-12, "abandoned " + maxDiff(ref, back));
        assertTrue(maxDiff(ref, elim) < 1e-10, "eliminated " + maxDiff(ref, elim));
    }

    /**
     * The problem's cones at an interior scaling; with {@code endGame}, three cones 1e-3 from their boundaries
     * (complementary s and z, as at the optimum's support late in a run) and every seventh bound at an extreme of s/z.
     */
    private static List<Cone> scaledCones(ConicProblem p, SplittableRandom rnd, boolean endGame) {
        int m = p.numRows();
        List<Cone> cones = new ArrayList<>();
        int off = 0;
        for (var spec : p.cones()) { cones.add(Cone.of(spec, off)); off += spec.dim(); }
        double[] s = new double[m], z = new double[m];
        int socIndex = 0;
        for (Cone c : cones) {
            boolean bad = endGame && c instanceof SocCone && Set.of(10, 50, 120).contains(socIndex++);
            interior(c, s, rnd, bad ? 1e-3 : 1, 1);
            interior(c, z, rnd, bad ? 1e-3 : 1, bad ? -1 : 1);
            if (endGame && c instanceof io.hedgecone.solver.cone.NonnegCone)
                for (int i = c.offset(); i < c.offset() + c.dim(); i += 7) {
                    // bounds near their end-game extremes: active (h = s/z tiny) and inactive (h huge)
                    boolean active = (i / 7) % 2 == 0;
                    s[i] = active ? 1e-4 : 1;
                    z[i] = active ? 1 : 1e-4;
                }
            assertTrue(c.updateScaling(s, z, 1.0, io.hedgecone.solver.cone.ScalingStrategy.DUAL));
        }
        return cones;
    }

    @Test void aTrustedFactorizationSkipsTheCheckAndStillSolvesAccurately() {
        // mid-run (accuracy level 1e-2, all cones well inside): the first solve meets the refinement tolerance a
        // thousand times over, so the factorization is trusted and the next right-hand side (complementarity-like,
        // with large entries) skips the residual check; it must still agree with the checked augmented solve
        ConicProblem p = toConic(BrmobSocp.build(200, 5, false, 7));
        int n = p.numVars(), m = p.numRows();
        SplittableRandom rnd = new SplittableRandom(12);
        List<Cone> cones = scaledCones(p, rnd, false);
        double[] bx = rnd.doubles(n, -1, 1).toArray(), bz = rnd.doubles(m, -1, 1).toArray();
        double[] bx2 = rnd.doubles(n, -1e3, 1e3).toArray(), bz2 = rnd.doubles(m, -1, 1).toArray();
        for (int i = 0; i < m; i += 5) bz2[i] *= 1e4;
        // the reference first: a KKT solver takes the cones' KKT form over when it is built
        double[][] ref = kktSolve(new KktSolver(n, m, p.pUpper(), p.a(), cones, Settings.builder().coneElimination(false).build()), bx2, bz2, 0);
        KktSolver trusted = new KktSolver(n, m, p.pUpper(), p.a(), cones, Settings.defaults());
        trusted.setAccuracyLevel(1e-2);
        kktSolve(trusted, bx, bz, 200);
        assertTrue(trusted.trustsFactorization());
        double[][] got = {new double[n], new double[m]};
        assertTrue(trusted.solve(bx2, bz2, got[0], got[1]));
        assertTrue(maxDiff(ref, got) < 1e-10, "trusted " + maxDiff(ref, got));
        // a new factorization is checked afresh
        assertTrue(trusted.update());
        assertFalse(trusted.trustsFactorization());
    }

    @Test void theStepsHProductsComeFromTheCurrentScalingsBeforeAndAfterAFallback() {
        // the step's Δs = −r − HΔz takes H from the KKT solver: the eliminated cones' flat copies, and after the
        // elimination is abandoned the returned cones' own scalings — both must be the cones' H
        ConicProblem p = toConic(BrmobSocp.build(300, 4, false, 9));
        int m = p.numRows();
        SplittableRandom rnd = new SplittableRandom(13);
        List<Cone> cones = scaledCones(p, rnd, true);
        KktSolver kkt = new KktSolver(p.numVars(), m, p.pUpper(), p.a(), cones, Settings.defaults());
        assertTrue(kkt.update());
        double[] x = rnd.doubles(m, -1, 1).toArray(), expected = new double[m], got = new double[m];
        for (Cone c : cones) c.mulH(expected, x);
        kkt.mulHAll(got, x);
        assertArrayEquals(expected, got);
        kkt.abandonElimination();
        assertTrue(kkt.update());
        assertEquals(0, kkt.eliminatedCones());
        java.util.Arrays.fill(got, 0.0);
        kkt.mulHAll(got, x);
        assertArrayEquals(expected, got);
    }

    /** Largest difference of two (x, z) solves relative to the largest entry of the first. */
    private static double maxDiff(double[][] ref, double[][] got) {
        double scale = 1, diff = 0;
        for (int part = 0; part < 2; part++)
            for (int i = 0; i < ref[part].length; i++) {
                scale = Math.max(scale, Math.abs(ref[part][i]));
                diff = Math.max(diff, Math.abs(ref[part][i] - got[part][i]));
            }
        return diff / scale;
    }

    /** Writes a point of c's interior into v: for a second-order cone, tail t and head ‖t‖ + margin. */
    private static void interior(Cone c, double[] v, SplittableRandom rnd, double margin, int tailSign) {
        int o = c.offset(), d = c.dim();
        if (c instanceof SocCone) {
            double nt = 0;
            for (int i = 1; i < d; i++) { v[o + i] = tailSign * (1 + 0.1 * i); nt += v[o + i] * v[o + i]; }
            v[o] = Math.sqrt(nt) + margin;
        } else for (int i = 0; i < d; i++) v[o + i] = 0.5 + rnd.nextDouble();
    }

    private static double[][] kktSolve(KktSolver kkt, double[] bx, double[] bz, int eliminated) {
        assertTrue(kkt.update());
        assertEquals(eliminated, kkt.eliminatedCones());
        double[] x = new double[bx.length], z = new double[bz.length];
        assertTrue(kkt.solve(bx, bz, x, z));
        return new double[][] {x, z};
    }

    @Test void eliminatedConesStillCertifyInfeasibility() {
        // the end game of an infeasible problem (κ/τ → ∞) with eliminated cones; the regret bound t is nonnegative (t ≥ φ_aᵀμ − Σπ_bφ_bᵀμ for the best arm a), so t ≤ −1 is infeasible
        ConicProblem p = toConic(BrmobSocp.withBoundBelow(300, 6, 5, -1));
        Object[] with = solve(p, true);
        ConicSolution r = (ConicSolution) with[0];
        String log = (String) with[1];
        assertTrue(log.contains("second-order cones eliminated onto x"), log);
        assertEquals(SolverStatus.PRIMAL_INFEASIBLE, r.status());
        assertTrue(farkasResidual(p, r.z()) < 1e-7);
    }

    @Test void conesOnPrivateColumnsStayInTheAugmentedSystem() {
        // 200 cones ‖x_a − c_a‖ ≤ t_a on their own variables: the cliques would not be smaller than the rows
        Model m = new Model("private-cones");
        Expr total = null;
        for (int a = 0; a < 200; a++) {
            Variable x = m.variable("x" + a, 6, Domain.unbounded());
            Variable t = m.variable("t" + a, 1, Domain.unbounded());
            double[] c = new double[6];
            for (int i = 0; i < 6; i++) c[i] = Math.sin(a + i);
            m.constraint("c" + a, Expr.vstack(t, Expr.sub(x, Expr.constTerm(c))), Domain.inQCone());
            m.constraint("s" + a, Expr.sum(x), Domain.equalsTo(1));
            total = total == null ? Expr.add(t, Expr.zeros(1)) : Expr.add(total, t);
        }
        m.objective(ObjectiveSense.MINIMIZE, total);
        ConicProblem p = toConic(m);
        Object[] with = solve(p, true);
        assertFalse(((String) with[1]).contains("eliminated"), (String) with[1]);
        assertSolvedTo1e7(p, (ConicSolution) with[0], "private cones");
    }
}
