package io.hedgecone.bandits.method;

import io.hedgecone.bandits.TestProblems;
import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class BrmobTest {
    @Test void boundIsNoWorseThanAnyCandidateAndTighteningNeverIncreasesIt() {
        for (long seed = 1; seed <= 4; seed++) {
            BanditProblem p = TestProblems.multiArmed(8, 1.0, 0.1, seed);
            MethodOptions o = MethodOptions.defaults(1);
            BoundEvaluator ev = new BoundEvaluator(p);
            MethodResult b = new Brmob().run(p, o);
            double bb = ev.all(b.policy()).best();
            for (PolicyMethod m : new PolicyMethod[]{new BrmobUnion(), new BrmobChernoff(), new BrmobEllipsoid(), new Greedy(), new Lcb()})
                assertTrue(bb <= ev.all(m.run(p, o).policy()).best() + 1e-9, m.name() + ", seed " + seed);
            // The logged certified bounds of the accepted tightening steps decrease.
            Pattern step = Pattern.compile("tightening step \\d+: certified bound ([0-9.eE+-]+)");
            double prev = Double.POSITIVE_INFINITY;
            for (String n : b.notes()) {
                Matcher mt = step.matcher(n);
                if (mt.find()) {
                    double v = Double.parseDouble(mt.group(1));
                    if (v < prev) prev = v;
                }
            }
            // Notes print 6 significant digits, so the logged value may be rounded down by up to 5e-6 relative.
            assertTrue(bb <= prev * (1 + 1e-5), "final " + bb + " vs best logged " + prev);
        }
    }

    @Test void tighteningImprovesOnTheUniformSplitWhenArmsDiffer() {
        // With unequal arms the uniform split δ/k wastes risk on arms far below the max; reallocating must give a
        // strictly smaller certificate than brmob-union's (by more than solver noise, 1e-6 relative).
        BanditProblem p = TestProblems.multiArmed(12, 2.0, 0.1, 77);
        MethodOptions o = MethodOptions.defaults(1);
        BoundEvaluator ev = new BoundEvaluator(p);
        double union = ev.union(new BrmobUnion().run(p, o).policy());
        double brmob = ev.all(new Brmob().run(p, o).policy()).best();
        assertTrue(brmob < union * (1 - 1e-6), brmob + " vs " + union);
    }
}
