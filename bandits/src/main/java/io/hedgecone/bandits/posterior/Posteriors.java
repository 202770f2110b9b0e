package io.hedgecone.bandits.posterior;

import io.hedgecone.bandits.instance.BanditInstance;
import io.hedgecone.bandits.instance.InstanceException;
import io.hedgecone.bandits.instance.PosteriorSpec;
import io.hedgecone.bandits.linalg.Cholesky;

/** Turns an instance's {@link PosteriorSpec} into a {@link Posterior}. */
public final class Posteriors {
    private Posteriors() { }

    public static Posterior of(BanditInstance in) {
        PosteriorSpec p = in.posterior();
        if (p instanceof PosteriorSpec.Gaussian g) {
            if (g.cholesky() != null) return new GaussianPosterior(g.mean().clone(), g.cholesky());
            try {
                return new GaussianPosterior(g.mean().clone(), Cholesky.factor(g.covariance()));
            } catch (Cholesky.NotPsdException e) {
                throw new InstanceException("posterior.covariance", e.getMessage());
            }
        }
        if (p instanceof PosteriorSpec.Beta b) return new BetaPosterior(b.alpha(), b.beta(), b.varianceProxy().equals("variance"));
        if (p instanceof PosteriorSpec.Samples s) return new SamplePosterior(s.draws());
        PosteriorSpec.Data d = (PosteriorSpec.Data) p;
        return BayesianLinearRegression.posterior(in.features(), d.priorMean(), d.priorCovariance(), d.noiseSd(), d.actions(), d.rewards());
    }
}
