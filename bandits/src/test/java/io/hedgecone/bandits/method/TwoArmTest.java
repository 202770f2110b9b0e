package io.hedgecone.bandits.method;

import io.hedgecone.bandits.BanditSolve;
import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.instance.BanditInstance;
import io.hedgecone.bandits.instance.InstanceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The digest's counterexample (instances/bandits/two-arm.json): a safe arm at 0 and a risky arm N(−0.2, 1). */
class TwoArmTest {
    @Test void lcbAndGreedyPickTheSafeArmWhileBrmobRandomizesAndHasLowerVar() throws Exception {
        BanditInstance in = InstanceReader.read(Path.of("../instances/bandits/two-arm.json"));
        BanditProblem p = BanditProblem.of(in, in.delta());
        BanditSolve.Outcome out = BanditSolve.run(p, Methods.parse("brmob,lcb,greedy"), MethodOptions.defaults(1), 40_000, 17);
        BanditSolve.Row brmob = out.rows().get(0), lcb = out.rows().get(1), greedy = out.rows().get(2);
        assertArrayEquals(new double[]{1, 0}, lcb.result().policy());
        assertArrayEquals(new double[]{1, 0}, greedy.result().policy());
        double[] pi = brmob.result().policy();
        assertTrue(pi[0] > 0.05 && pi[1] > 0.05, "randomized: " + pi[0] + ", " + pi[1]);
        // 40,000 draws: the order-statistic 95 % CIs of VaR must not overlap (digest: 0.81 vs 1.08).
        assertTrue(brmob.regret().var().hi() < lcb.regret().var().lo(), brmob.regret().var() + " vs " + lcb.regret().var());
        assertTrue(brmob.bound() >= brmob.regret().var().lo());
    }
}
