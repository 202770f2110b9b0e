package io.hedgecone.solver.linalg;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** factor and solve run every IPM iteration: they must not allocate (the IPM relies on flat GC behaviour). */
class AllocationFreeTest {

    @Test
    void factorSolveAndRefineAllocateNothing() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "needs HotSpot's per-thread allocation counter");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        KktFixtures.Kkt k = KktFixtures.randomKkt(200, 100, 0.02, 0.1, 0.1, 51);
        double[] v = k.values();
        double[] b = KktFixtures.randomVector(k.dim(), 52);
        double[] x = new double[k.dim()], r = new double[k.dim()], trial = new double[k.dim()];
        QuasiDefiniteLdl[] engines = {SparseLdl.analyze(k.upper()), UpLookingLdl.analyze(k.upper()), new DenseLdl(k.upper())};
        for (QuasiDefiniteLdl f : engines) {
            for (int warm = 0; warm < 3; warm++) run(f, k, v, b, x, r, trial);
            // the JVM may allocate on this thread once in a while (class resolution, deoptimisation during
            // tiered compilation); a real per-call allocation shows up in every attempt, so one clean one suffices
            long allocated = -1;
            for (int attempt = 0; attempt < 3 && allocated != 0; attempt++) {
                long overhead = -mx.getCurrentThreadAllocatedBytes() + mx.getCurrentThreadAllocatedBytes();
                long before = mx.getCurrentThreadAllocatedBytes();
                for (int rep = 0; rep < 5; rep++) run(f, k, v, b, x, r, trial);
                allocated = mx.getCurrentThreadAllocatedBytes() - before - overhead;
            }
            assertEquals(0, allocated, f.getClass().getSimpleName() + " allocated " + allocated + " bytes in 5 calls");
        }
    }

    private static void run(QuasiDefiniteLdl f, KktFixtures.Kkt k, double[] v, double[] b, double[] x, double[] r, double[] trial) {
        f.factor(v, k.signs(), 1e-13, 1e-7);
        System.arraycopy(b, 0, x, 0, b.length);
        f.solve(x);
        IterativeRefinement.refine(k.upper(), v, f, b, x, 3, 0, 0, r, trial);
    }
}
