package io.hedgecone.bandits.eval;

import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class OrderStatisticsTest {
    @Test void ciRanksHaveTheirNominalBinomialCoverage() {
        // Coverage of [X_(l), X_(u)) is P(l ≤ B ≤ u−1) for B ~ Bin(N, q): at least 95 %, and not wastefully wide
        // (dropping one rank on either side must fall below 95 %).
        for (int n : new int[]{30, 200, 100_000})
            for (double q : new double[]{0.8, 0.9, 0.95}) {
                int[] r = OrderStatistics.ciRanks(n, q, 0.05);
                BinomialDistribution b = new BinomialDistribution(n, q);
                double cover = b.cumulativeProbability(r[1] - 1) - b.cumulativeProbability(r[0] - 1);
                if (r[0] > 1 && r[1] < n) {
                    assertTrue(cover >= 0.95, n + "," + q + ": " + cover);
                    double narrower = b.cumulativeProbability(r[1] - 2) - b.cumulativeProbability(r[0]);
                    assertTrue(narrower < 0.95, n + "," + q);
                }
                assertTrue(r[0] <= OrderStatistics.rank(n, q) && OrderStatistics.rank(n, q) <= r[1]);
            }
    }

    @Test void empiricalQuantileIsTheCeilingOrderStatistic() {
        double[] v = {5, 1, 4, 2, 3, 9, 8, 7, 6, 10};
        assertEquals(9.0, OrderStatistics.quantile(v, 0.9, 0.05).estimate());
        assertEquals(8.0, OrderStatistics.quantile(v, 0.75, 0.05).estimate());
    }
}
