package io.hedgecone.design.eagle;

import io.hedgecone.design.DesignOptions;
import io.hedgecone.design.ExactCases;
import io.hedgecone.design.Method;
import io.hedgecone.design.data.SyntheticPoints;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionSetSelectorTest {
    static final SelectorOptions FW = SelectorOptions.defaults().withDesign(DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-9));

    static List<ActionCandidate<String>> candidates(double[][] z) {
        List<ActionCandidate<String>> out = new ArrayList<>();
        for (int i = 0; i < z.length; i++) out.add(new ActionCandidate<>("action-" + i, z[i]));
        return out;
    }

    /** EAGLE-sized: 100 actions, 8-dimensional next states, keep 10. The design is certified G-optimal (ε = 1e-9). */
    @Test void selectsKActionsWithACertifiedDesign() {
        double[][] z = SyntheticPoints.embeddingCloud(100, 8, 17);
        ActionSet<String> set = new ActionSetSelector(FW).select(null, candidates(z), 10);
        assertEquals(10, set.actions().size());
        assertEquals(10, set.indices().length);
        for (int p = 0; p < 10; p++) assertEquals("action-" + set.indices()[p], set.actions().get(p));
        assertTrue(set.design().certificate().gap() <= 8e-9 * (1 + 1e-9), "G gap " + set.design().certificate().gap());
        assertEquals(1.0, java.util.Arrays.stream(set.designTarget()).sum(), 1e-12);
        assertArrayEquals(new double[]{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, set.uniformTarget(), 0);
        assertTrue(Double.isFinite(set.selection().quality().logDet()));
    }

    /** Centring at the state is the same as handing the selector the offsets z − s directly (same seed, same rule). */
    @Test void stateCentringUsesOffsets() {
        double[][] z = SyntheticPoints.embeddingCloud(30, 3, 2);
        double[] state = {0.3, -0.2, 0.9};
        double[][] off = new double[30][3];
        for (int i = 0; i < 30; i++) for (int j = 0; j < 3; j++) off[i][j] = z[i][j] - state[j];
        ActionSet<String> a = new ActionSetSelector(FW.withCentering(Centering.STATE)).select(state, candidates(z), 5);
        ActionSet<String> b = new ActionSetSelector(FW).select(null, candidates(off), 5);
        assertArrayEquals(b.indices(), a.indices());
        assertTrue(a.notes().get(0).contains("centred"));
        assertThrows(IllegalArgumentException.class, () -> new ActionSetSelector(FW.withCentering(Centering.STATE)).select(null, candidates(z), 5));
    }

    /** With EAGLE's rule on an evenly spread action set, the accepted subset certifies C = 1. */
    @Test void eagleRuleOnACircle() {
        ActionSet<String> set = new ActionSetSelector(FW.withRounding("eagle").withSeed(5)).select(null, candidates(ExactCases.circle(12)), 4);
        assertEquals(Boolean.TRUE, set.selection().accepted());
        assertEquals(1.0, set.selection().quality().approximationFactor(), 1e-12);
    }

    @Test void mismatchedEmbeddingsAreRejected() {
        List<ActionCandidate<String>> c = candidates(new double[][]{{1, 0}, {0, 1}});
        c.add(new ActionCandidate<>("odd", new double[]{1, 2, 3}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ActionSetSelector(FW).select(null, c, 2))
                .getMessage().contains("candidate 2 embedding has 3 coordinates"));
    }
}
