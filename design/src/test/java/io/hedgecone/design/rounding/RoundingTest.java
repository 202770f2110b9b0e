package io.hedgecone.design.rounding;

import io.hedgecone.design.Candidates;
import io.hedgecone.design.Criterion;
import io.hedgecone.design.DesignOptions;
import io.hedgecone.design.DesignProblem;
import io.hedgecone.design.ExactCases;
import io.hedgecone.design.Method;
import io.hedgecone.design.OptimalDesign;
import io.hedgecone.design.data.SyntheticPoints;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rounding rules. Comparisons of k-point designs are exact inequalities between log volumes (exchange only accepts
 * swaps that raise det M by a factor 1 + 1e-10, so it can never end below its start); numeric equalities state their
 * tolerance where they appear.
 */
class RoundingTest {
    static double[] dOptimal(double[][] z) {
        return OptimalDesign.solve(DesignProblem.of(z), Criterion.D, DesignOptions.defaults().withMethod(Method.FW).withEpsilon(1e-8)).weights();
    }

    @Test void topKTakesRequiredThenLargestWeights() {
        Candidates c = Candidates.of(DesignProblem.of(ExactCases.identity(3)).withRequired(2), 0);
        Selection s = new TopKRounding().select(c, new double[]{0.5, 0.5, 0.0}, 2);
        assertArrayEquals(new int[]{0, 2}, s.indices(), "required 2, then the tie 0/1 goes to the lower index");
    }

    @Test void samplingIsSeededDistinctAndKeepsRequired() {
        double[][] z = SyntheticPoints.embeddingCloud(200, 4, 1);
        Candidates c = Candidates.of(DesignProblem.of(z).withRequired(5, 7), 0);
        double[] w = new double[200];
        Arrays.fill(w, 1.0 / 200);
        int[] a = new WeightSampling(42).select(c, w, 10).indices();
        int[] b = new WeightSampling(42).select(c, w, 10).indices();
        int[] d = new WeightSampling(43).select(c, w, 10).indices();
        assertArrayEquals(a, b);
        assertNotEquals(Arrays.toString(a), Arrays.toString(d), "seeds 42 and 43 draw different subsets");
        assertEquals(10, Arrays.stream(a).distinct().count());
        assertTrue(Arrays.stream(a).boxed().collect(Collectors.toSet()).containsAll(Set.of(5, 7)));
    }

    @Test void samplingOnlyDrawsPositiveWeightsThenFills() {
        Candidates c = Candidates.of(DesignProblem.of(ExactCases.identityWithInterior(3)), 0);
        Selection s = new WeightSampling(1).select(c, new double[]{0.5, 0.5, 0, 0}, 3);
        assertArrayEquals(new int[]{0, 1, 2}, s.indices(), "0 and 1 sampled; the fill adds e_3, the only new direction");
        assertTrue(s.notes().stream().anyMatch(n -> n.contains("filled greedily")));
    }

    /** The property: exchange is never worse than top-k, over many instances, k below and above r, with required points. */
    @Test void exchangeIsNeverWorseThanTopK() {
        for (long seed = 1; seed <= 12; seed++) {
            int r = 3 + (int) (seed % 4);
            double[][] z = SyntheticPoints.embeddingCloud(80, r, seed);
            double[] w = dOptimal(z);
            for (int k : new int[]{r - 1, r, r + 2, 2 * r}) {
                Candidates c = Candidates.of(seed % 3 == 0 ? DesignProblem.of(z).withRequired(0) : DesignProblem.of(z), 0);
                SubsetQuality top = KPointDesign.round(c, w, k, new TopKRounding()).quality();
                SubsetQuality ex = KPointDesign.round(c, w, k, new GreedyExchange()).quality();
                assertTrue(ex.logVolume() >= top.logVolume(), "seed " + seed + " k " + k + ": exchange " + ex.logVolume() + " < top-k " + top.logVolume());
            }
        }
    }

    /** The exchange result is a local optimum: no single swap of a chosen for an unchosen candidate raises log det (beyond 1e-9, the swap threshold's scale). */
    @Test void exchangeResultHasNoImprovingSwap() {
        double[][] z = SyntheticPoints.embeddingCloud(40, 3, 5);
        Candidates c = Candidates.of(DesignProblem.of(z), 0);
        int[] s = new GreedyExchange().select(c, dOptimal(z), 5).indices();
        double base = SubsetQuality.logVolume(c.projected(), 3, s);
        for (int p = 0; p < s.length; p++)
            for (int j = 0; j < 40; j++) {
                final int jj = j;
                if (Arrays.stream(s).anyMatch(x -> x == jj)) continue;
                int[] t = s.clone();
                t[p] = j;
                assertTrue(SubsetQuality.logVolume(c.projected(), 3, t) <= base + 1e-9, "swap " + s[p] + "->" + j + " improves");
            }
    }

    @Test void exchangeKeepsRequiredPoints() {
        double[][] z = SyntheticPoints.embeddingCloud(60, 3, 2);
        Candidates c = Candidates.of(DesignProblem.of(z).withRequired(11, 12), 0);
        int[] s = new GreedyExchange().select(c, dOptimal(z), 4).indices();
        assertTrue(Arrays.stream(s).anyMatch(x -> x == 11) && Arrays.stream(s).anyMatch(x -> x == 12));
    }

    /**
     * Twelve points evenly spaced on the circle, k = 4: a subset passes with C = 1 exactly when it is a tight frame,
     * Σ_S = (1/4)Σ z_s z_sᵀ = I/2 (then every leverage is 2 = C·n); e.g. {0,3,6,9} or {0,1,3,4}. Checked to 1e-12
     * (rounding of cos/sin and one 2×2 factorization).
     */
    @Test void eagleAcceptsATightFrameSubset() {
        double[][] z = ExactCases.circle(12);
        Candidates c = Candidates.of(DesignProblem.of(z), 0);
        KPointDesign d = KPointDesign.round(c, null, 4, new EagleRejectionSampling(1.0, 2000, 7));
        assertEquals(Boolean.TRUE, d.accepted());
        double[] v = new double[4];
        for (int i : d.indices()) { v[0] += z[i][0] * z[i][0] / 4; v[1] += z[i][0] * z[i][1] / 4; v[3] += z[i][1] * z[i][1] / 4; }
        v[2] = v[1];
        assertArrayEquals(new double[]{0.5, 0, 0, 0.5}, v, 1e-12);
        assertEquals(2, d.quality().maxLeverage(), 1e-12);
        assertTrue(d.quality().accepted(1.0));
        assertTrue(d.draws() >= 1);
    }

    /** The evenly spaced quadruple itself passes the acceptance test; a clustered one fails it. */
    @Test void acceptanceTestSeparatesSpreadFromClustered() {
        Candidates c = Candidates.of(DesignProblem.of(ExactCases.circle(12)), 0);
        assertTrue(SubsetQuality.of(c, new int[]{0, 3, 6, 9}).accepted(1.0));
        SubsetQuality clustered = SubsetQuality.of(c, new int[]{0, 1, 2, 3});
        assertTrue(!clustered.accepted(1.0) && clustered.maxLeverage() > 2);
    }

    @Test void eagleRefusesKBelowN() {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.gaussian(50, 8, 3)), 0);
        var e = assertThrows(IllegalArgumentException.class, () -> new EagleRejectionSampling(1, 10, 1).select(c, null, 5));
        assertTrue(e.getMessage().contains("k >= n") && e.getMessage().contains("k = 5 < n = 8") && e.getMessage().contains("singular"), e.getMessage());
    }

    /** With k = n on a Gaussian cloud no uniform subset reaches C = 1; the best draw comes back marked not accepted. */
    @Test void eagleReportsFailureWithTheBestDraw() {
        Candidates c = Candidates.of(DesignProblem.of(SyntheticPoints.gaussian(60, 4, 9)), 0);
        KPointDesign d = KPointDesign.round(c, null, 4, new EagleRejectionSampling(1.0, 50, 3));
        assertEquals(Boolean.FALSE, d.accepted());
        assertEquals(50, d.draws());
        assertTrue(d.quality().maxLeverage() > 4);
        assertTrue(d.notes().get(0).contains("no subset passed"));
    }

    @Test void subsetQualityBelowRankHasVolumeButNoDeterminant() {
        Candidates c = Candidates.of(DesignProblem.of(ExactCases.identity(3)), 0);
        SubsetQuality q = SubsetQuality.of(c, new int[]{0, 1});
        assertEquals(Double.NEGATIVE_INFINITY, q.logDet());
        assertEquals(2 * Math.log(1 / 2.0), q.logVolume(), 1e-15, "Gram of e_1, e_2 scaled by 1/k: exact inputs, one rounding");
        assertEquals(Double.POSITIVE_INFINITY, q.maxLeverage());
    }

    @Test void kOutOfRangeIsRejected() {
        Candidates c = Candidates.of(DesignProblem.of(ExactCases.identity(3)).withRequired(0, 1), 0);
        assertThrows(IllegalArgumentException.class, () -> new TopKRounding().select(c, new double[3], 4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TopKRounding().select(c, new double[3], 1))
                .getMessage().contains("2 required candidates do not fit"));
    }
}
