package io.hedgecone.bandits.instance;

import io.hedgecone.bandits.linalg.Cholesky;

/** Checks an instance's numbers and shapes; every failure is an {@link InstanceException} naming the field. */
public final class InstanceValidator {
    private InstanceValidator() { }

    /** Validates the whole instance. */
    public static BanditInstance validate(BanditInstance in) {
        checkDelta(in.delta(), "delta");
        PosteriorSpec p = in.posterior();
        int d = p.dim();
        if (d < 1) throw new InstanceException("posterior", "empty parameter vector");
        if (in.features() != null) {
            checkMatrix(in.features(), in.features().length, d, "features");
            if (in.features().length < 1) throw new InstanceException("features", "needs at least one arm");
        }
        String pre = p instanceof PosteriorSpec.Data ? "data" : "posterior";
        if (p instanceof PosteriorSpec.Gaussian g) {
            checkVector(g.mean(), d, pre + ".mean");
            if (g.covariance() != null) {
                checkMatrix(g.covariance(), d, d, pre + ".covariance");
                checkPsd(g.covariance(), pre + ".covariance");
            } else {
                checkMatrix(g.cholesky(), d, d, pre + ".cholesky");
            }
        } else if (p instanceof PosteriorSpec.Beta b) {
            if (in.features() != null) throw new InstanceException("features", "a beta posterior is for multi-armed (Bernoulli) instances: leave features out");
            checkVector(b.beta(), d, pre + ".beta");
            for (int a = 0; a < d; a++) {
                if (!(b.alpha()[a] > 0) || !Double.isFinite(b.alpha()[a])) throw new InstanceException(pre + ".alpha[" + a + "]", "must be a positive number, got " + b.alpha()[a]);
                if (!(b.beta()[a] > 0) || !Double.isFinite(b.beta()[a])) throw new InstanceException(pre + ".beta[" + a + "]", "must be a positive number, got " + b.beta()[a]);
            }
            if (!b.varianceProxy().equals("sub-gaussian") && !b.varianceProxy().equals("variance"))
                throw new InstanceException(pre + ".variance_proxy", "must be \"sub-gaussian\" or \"variance\", got \"" + b.varianceProxy() + "\"");
        } else if (p instanceof PosteriorSpec.Samples s) {
            if (s.draws().length < 2) throw new InstanceException(pre + ".file", "needs at least 2 draws, got " + s.draws().length);
            checkMatrix(s.draws(), s.draws().length, d, pre + ".file (draws)");
        } else if (p instanceof PosteriorSpec.Data data) {
            checkVector(data.priorMean(), d, "data.prior.mean");
            checkMatrix(data.priorCovariance(), d, d, "data.prior.covariance");
            checkPsd(data.priorCovariance(), "data.prior.covariance");
            if (!(data.noiseSd() > 0) || !Double.isFinite(data.noiseSd())) throw new InstanceException("data.noise_sd", "must be a positive number, got " + data.noiseSd());
            if (data.actions().length != data.rewards().length)
                throw new InstanceException("data.rewards", "has " + data.rewards().length + " entries but data.actions has " + data.actions().length);
            int k = in.arms();
            for (int t = 0; t < data.actions().length; t++) {
                if (data.actions()[t] < 0 || data.actions()[t] >= k)
                    throw new InstanceException("data.actions[" + t + "]", "arm " + data.actions()[t] + " is not in 0.." + (k - 1));
                if (!Double.isFinite(data.rewards()[t])) throw new InstanceException("data.rewards[" + t + "]", "is " + data.rewards()[t]);
            }
        }
        return in;
    }

    /** δ must lie in (0, 0.5): the union-bound SOCP is convex only while every z-quantile is nonnegative. */
    public static void checkDelta(double delta, String field) {
        if (!(delta > 0 && delta < 0.5)) throw new InstanceException(field, "must lie in (0, 0.5), got " + delta);
    }

    static void checkVector(double[] v, int n, String field) {
        if (v == null) throw new InstanceException(field, "is missing");
        if (v.length != n) throw new InstanceException(field, "has " + v.length + " entries, expected " + n);
        for (int i = 0; i < n; i++) if (!Double.isFinite(v[i])) throw new InstanceException(field + "[" + i + "]", "is " + v[i]);
    }

    static void checkMatrix(double[][] m, int rows, int cols, String field) {
        if (m == null) throw new InstanceException(field, "is missing");
        if (m.length != rows) throw new InstanceException(field, "has " + m.length + " rows, expected " + rows);
        for (int i = 0; i < rows; i++) {
            if (m[i].length != cols) throw new InstanceException(field + "[" + i + "]", "has " + m[i].length + " entries, expected " + cols);
            for (int j = 0; j < cols; j++) if (!Double.isFinite(m[i][j])) throw new InstanceException(field + "[" + i + "][" + j + "]", "is " + m[i][j]);
        }
    }

    static void checkPsd(double[][] s, String field) {
        try {
            Cholesky.factor(s);
        } catch (Cholesky.NotPsdException e) {
            throw new InstanceException(field, e.getMessage());
        }
    }
}
