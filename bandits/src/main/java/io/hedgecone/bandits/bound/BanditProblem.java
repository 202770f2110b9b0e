package io.hedgecone.bandits.bound;

import io.hedgecone.bandits.instance.BanditInstance;
import io.hedgecone.bandits.instance.InstanceValidator;
import io.hedgecone.bandits.linalg.Dense;
import io.hedgecone.bandits.posterior.Posterior;
import io.hedgecone.bandits.posterior.Posteriors;
import io.hedgecone.bandits.posterior.Tail;

/**
 * Everything the policy methods need, precomputed once: features Φ (k×d, null = identity), the posterior, δ,
 * g = Φμ (k) and the whitened features A = ΦL (k×d), so that for a policy π with y = Aᵀπ and v = gᵀπ,
 * m_a(π) = g_a − v and s_a(π) = ‖A_a − y‖₂ (A_a the a-th row).
 */
public final class BanditProblem {
    private final String name;
    private final double[][] features;
    private final Posterior posterior;
    private final double delta;
    private final int k, d;
    private final double[] g;
    private final double[][] a;

    public BanditProblem(String name, double[][] features, Posterior posterior, double delta) {
        InstanceValidator.checkDelta(delta, "delta");
        this.name = name;
        this.features = features;
        this.posterior = posterior;
        this.delta = delta;
        this.d = posterior.dim();
        this.k = features == null ? d : features.length;
        double[] mu = posterior.mean();
        double[][] l = posterior.factor();
        this.g = features == null ? mu : Dense.mul(features, mu);
        this.a = features == null ? Dense.copy(l) : Dense.mul(features, l);
    }

    /** The problem of an instance (its posterior computed) at δ. */
    public static BanditProblem of(BanditInstance in, double delta) {
        return new BanditProblem(in.name(), in.features(), Posteriors.of(in), delta);
    }

    public String name() { return name; }
    public int arms() { return k; }
    public int dim() { return d; }
    public double delta() { return delta; }
    public Posterior posterior() { return posterior; }
    public Tail tail() { return posterior.tail(); }
    /** Φ (k×d), or null when Φ = I. */
    public double[][] features() { return features; }
    /** g = Φμ (k): posterior mean reward per arm. */
    public double[] meanReward() { return g; }
    /** A = ΦL (k×d): row a is (Lᵀφ_a)ᵀ. */
    public double[][] whitened() { return a; }

    /** m_a(π) and s_a(π) for every arm. */
    public ArmTerms terms(double[] pi) {
        double[] y = Dense.mulT(a, pi);
        double v = Dense.dot(g, pi);
        double[] m = new double[k], s = new double[k];
        double[] diff = new double[d];
        for (int i = 0; i < k; i++) {
            m[i] = g[i] - v;
            for (int j = 0; j < d; j++) diff[j] = a[i][j] - y[j];
            s[i] = Dense.norm(diff);
        }
        return new ArmTerms(m, s);
    }

    /** Per-arm regret terms at a policy: X_a = (φ_a − Φᵀπ)ᵀθ has mean m_a and scale s_a (k each). */
    public record ArmTerms(double[] m, double[] s) { }
}
