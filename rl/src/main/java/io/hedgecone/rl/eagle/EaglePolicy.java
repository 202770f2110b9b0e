package io.hedgecone.rl.eagle;

import io.hedgecone.rl.policy.SoftmaxPolicy;

/** A policy over the k actions of a {@link Decision}. */
public interface EaglePolicy {

    String name();

    /** π(·|x) over {@code d.actions()}. */
    double[] probabilities(Decision d);

    /** The reference policy: uniform over the reduced action set (EAGLE's SFT target). */
    static EaglePolicy reference() {
        return new EaglePolicy() {
            @Override public String name() { return "reference"; }

            @Override public double[] probabilities(Decision d) { return d.reference().clone(); }
        };
    }

    /** The agent π ∝ π_ref · exp(f_θ(φ)). */
    static EaglePolicy agent(String name, SoftmaxPolicy p) {
        return new EaglePolicy() {
            @Override public String name() { return name; }

            @Override public double[] probabilities(Decision d) { return p.probabilities(d.features(), d.reference()); }
        };
    }
}
