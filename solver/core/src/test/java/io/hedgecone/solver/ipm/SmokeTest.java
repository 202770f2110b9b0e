package io.hedgecone.solver.ipm;

import org.junit.jupiter.api.Test;

import static io.hedgecone.solver.ipm.Problems.*;

class SmokeTest {
    @Test void lp() {
        // min -x1 - x2 s.t. x1 + 2x2 <= 4, 3x1 + x2 <= 6, x >= 0
        var pr = of(null, new double[]{-1, -1}, new double[][]{{1, 2}, {3, 1}, {-1, 0}, {0, -1}}, new double[]{4, 6, 0, 0}, nonneg(4));
        var r = ConicSolver.solve(pr, verbose());
        System.out.println(java.util.Arrays.toString(r.x()));
    }
    @Test void socp() {
        // min t s.t. ||(x1-1, x2-2)|| <= t, x1 + x2 = 0  -> distance from (1,2) to line x1+x2=0: 3/sqrt2
        var pr = of(null, new double[]{0, 0, 1}, new double[][]{{1, 1, 0}, {0, 0, -1}, {-1, 0, 0}, {0, -1, 0}}, new double[]{0, 0, -1, -2}, zero(1), soc(3));
        var r = ConicSolver.solve(pr, verbose());
        System.out.println(java.util.Arrays.toString(r.x()) + " expect " + 3 / Math.sqrt(2));
    }
    @Test void expCone() {
        // min t s.t. (1, 1, t) in Kexp -> t = e
        var pr = of(null, new double[]{1}, new double[][]{{0}, {0}, {-1}}, new double[]{1, 1, 0}, exp());
        var r = ConicSolver.solve(pr, verbose());
        System.out.println(java.util.Arrays.toString(r.x()) + " expect " + Math.E);
    }
    @Test void powCone() {
        // max z s.t. (2, 8, z) in Kpow(0.5) -> z = 4
        var pr = of(null, new double[]{-1}, new double[][]{{0}, {0}, {-1}}, new double[]{2, 8, 0}, pow(0.5));
        var r = ConicSolver.solve(pr, verbose());
        System.out.println(java.util.Arrays.toString(r.x()) + " expect 4");
    }
}
