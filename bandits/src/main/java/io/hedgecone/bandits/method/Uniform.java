package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;

import java.util.Arrays;
import java.util.List;

/** {@code uniform}: π = 1/k on every arm. */
public final class Uniform implements PolicyMethod {
    @Override public String name() { return "uniform"; }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        double[] pi = new double[p.arms()];
        Arrays.fill(pi, 1.0 / p.arms());
        return new MethodResult(name(), pi, 0, List.of());
    }
}
