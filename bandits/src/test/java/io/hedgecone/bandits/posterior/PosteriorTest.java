package io.hedgecone.bandits.posterior;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PosteriorTest {
    @Test void regressionMatchesTheScalarConjugateFormula() {
        // One arm, d = 1: precision 1/σ0² + n/σ², mean = (μ0/σ0² + Σy/σ²)/precision. Exact arithmetic up to rounding: 1e-12.
        double s0 = 2, sigma = 0.5, mu0 = 0.3;
        double[] y = {1.0, 0.4, 0.7};
        GaussianPosterior p = BayesianLinearRegression.posterior(new double[][]{{1}}, new double[]{mu0}, new double[][]{{s0 * s0}}, sigma,
                new int[]{0, 0, 0}, y);
        double prec = 1 / (s0 * s0) + 3 / (sigma * sigma);
        double mean = (mu0 / (s0 * s0) + (1.0 + 0.4 + 0.7) / (sigma * sigma)) / prec;
        assertEquals(mean, p.mean()[0], 1e-12);
        assertEquals(1 / prec, p.covariance()[0][0], 1e-12);
    }

    @Test void regressionWithFeaturesSolvesTheNormalEquations() {
        // Two arms with features e1 and e1 + e2: the posterior must satisfy Λμ = Σ0⁻¹μ0 + Φᵀy/σ² (checked to 1e-10).
        double[][] phi = {{1, 0}, {1, 1}};
        int[] a = {0, 1, 1, 0};
        double[] y = {0.2, 1.0, 0.8, 0.1};
        double sigma = 0.5;
        GaussianPosterior p = BayesianLinearRegression.posterior(phi, new double[]{0, 0}, new double[][]{{1, 0}, {0, 1}}, sigma, a, y);
        double[][] lam = {{1, 0}, {0, 1}};
        double[] rhs = new double[2];
        for (int t = 0; t < a.length; t++)
            for (int i = 0; i < 2; i++) {
                rhs[i] += phi[a[t]][i] * y[t] / (sigma * sigma);
                for (int j = 0; j < 2; j++) lam[i][j] += phi[a[t]][i] * phi[a[t]][j] / (sigma * sigma);
            }
        double[] mu = p.mean();
        for (int i = 0; i < 2; i++) assertEquals(rhs[i], lam[i][0] * mu[0] + lam[i][1] * mu[1], 1e-10);
        double[][] cov = p.covariance();
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                assertEquals(i == j ? 1 : 0, lam[i][0] * cov[0][j] + lam[i][1] * cov[1][j], 1e-10);
    }

    @Test void betaProxyDominatesTheVariance() {
        BetaPosterior b = new BetaPosterior(new double[]{1, 2, 30}, new double[]{99, 2, 5}, false);
        double[] v = b.variance(), proxy = b.proxy();
        for (int a = 0; a < v.length; a++) assertTrue(proxy[a] >= v[a], "arm " + a);
        assertEquals(v[1], proxy[1], 1e-15); // α = β: 1/(4(2α+1)) is exactly the Beta variance
        assertTrue(b.certified());
        assertFalse(new BetaPosterior(new double[]{1}, new double[]{1}, true).certified());
    }

    @Test void samplersAreReproducible() {
        GaussianPosterior g = new GaussianPosterior(new double[]{1, -1}, new double[][]{{1, 0}, {0.5, 2}});
        double[] x = new double[2], y = new double[2];
        Sampler s1 = g.sampler(42), s2 = g.sampler(42);
        for (int i = 0; i < 5; i++) {
            s1.next(x);
            s2.next(y);
            assertArrayEquals(x, y);
        }
    }
}
