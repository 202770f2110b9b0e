package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.TailConstants;
import io.hedgecone.bandits.posterior.Tail;

import java.util.List;
import java.util.Locale;

/**
 * {@code lcb}: the arm maximizing φ_aᵀμ − α·sd_a, sd_a the posterior standard deviation of φ_aᵀθ (‖Lᵀφ_a‖ for a
 * Gaussian posterior). α is {@code z} = z_{1−δ} (default), {@code chernoff} = √(2 ln(1/δ)),
 * {@code hong} = √(5 d ln(1/δ)) (Hong et al. 2023, Theorem 1) or a nonnegative number.
 */
public final class Lcb implements PolicyMethod {
    @Override public String name() { return "lcb"; }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        double alpha = parseAlpha(o.lcbAlpha(), p.delta(), p.dim());
        double[] sd = p.posterior().armSd(p.features());
        double[] score = p.meanReward().clone();
        for (int a = 0; a < score.length; a++) score[a] -= alpha * sd[a];
        int best = Policies.argmax(score);
        return new MethodResult(name(), Policies.vertex(p.arms(), best), (System.nanoTime() - t0) / 1e6,
                List.of(String.format(Locale.ROOT, "lcb: alpha = %s = %.4g", o.lcbAlpha(), alpha)));
    }

    /** α for an {@code --alpha} value at risk level δ and dimension d. */
    public static double parseAlpha(String spec, double delta, int d) {
        switch (spec) {
            case "z": return TailConstants.quantile(delta, Tail.GAUSSIAN);
            case "chernoff": return Math.sqrt(2 * Math.log(1 / delta));
            case "hong": return Math.sqrt(5 * d * Math.log(1 / delta));
            default:
                double a;
                try {
                    a = Double.parseDouble(spec);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--alpha must be z, chernoff, hong or a number, got '" + spec + "'");
                }
                if (!(a >= 0) || !Double.isFinite(a)) throw new IllegalArgumentException("--alpha must be a nonnegative number, got " + spec);
                return a;
        }
    }
}
