package io.hedgecone.llm.sim;

import io.hedgecone.llm.TokenLogprob;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the tokens of one simulated sample. Each token's text carries its leading space, so the tokens concatenate
 * to the sample text exactly; each token's log-probability is that of the choice it renders under the (temperature-
 * and top-p-adjusted) distribution it was drawn from, 0 for fixed words. Their sum is thus ln p(sample | prompt).
 *
 * <p>Temperature T divides the logits as in an LLM: the discretised Gaussian of a noisy attribute then has standard
 * deviation σ·√T; T = 0 takes the first most likely outcome.
 */
final class SimSampler {
    /** One token: text, log-probability, alternatives (most likely first). */
    record Tok(String text, double logprob, List<TokenLogprob.Alternative> top) {}

    private static final int[] EDIT_AMOUNTS = {10, 20, 30};

    private final AttributeSpace space;
    private final double temperature, topP;
    private final int topK;
    private final SimRandom rnd;

    SimSampler(AttributeSpace space, double temperature, double topP, int topK, SimRandom rnd) {
        this.space = space;
        this.temperature = temperature;
        this.topP = topP;
        this.topK = topK;
        this.rnd = rnd;
    }

    /** The item after {@code edits}, every attribute with discretised Gaussian noise (σ in 0.01 steps at T = 1). */
    List<Tok> editedItem(SimItem item, List<Edit> edits, double editSigma, double driftSigma) {
        int m = space.size();
        int[] target = new int[m];
        boolean[] touched = new boolean[m];
        for (int i = 0; i < m; i++) target[i] = item.level(i);
        for (Edit e : edits) {
            int i = space.indexOf(e.attribute());
            target[i] = e.apply(target[i]);
            touched[i] = true;
        }
        List<Tok> out = new ArrayList<>();
        out.add(new Tok("item:", 0, List.of()));
        for (int i = 0; i < m; i++) {
            double[] w = clampedGaussian(target[i], touched[i] ? editSigma : driftSigma);
            String name = space.names().get(i);
            out.add(draw(w, k -> " " + SimItem.token(name, k)));
        }
        return out;
    }

    /** A proposed edit of {@code item}: uniform attribute, a direction that changes it, amount 0.10, 0.20 or 0.30. */
    List<Tok> proposedEdit(SimItem item) {
        int m = space.size();
        double[] attrW = new double[m];
        java.util.Arrays.fill(attrW, 1);
        int[] attr = new int[1];
        Tok attrTok = draw(attrW, k -> " " + space.names().get(k), attr);
        int level = item.level(attr[0]);
        // 0 = increase, 1 = decrease; only directions that can move the value
        double[] dirW = {level < SimItem.STEPS ? 1 : 0, level > 0 ? 1 : 0};
        Tok dirTok = draw(dirW, k -> k == 0 ? " increase" : " decrease");
        Tok amountTok = draw(new double[]{1, 1, 1}, k -> " " + SimItem.formatLevel(EDIT_AMOUNTS[k]));
        return List.of(new Tok("edit:", 0, List.of()), dirTok, attrTok, new Tok(" by", 0, List.of()), amountTok);
    }

    /** A new item, every level uniform on 0.00..1.00. */
    List<Tok> newItem() {
        List<Tok> out = new ArrayList<>();
        out.add(new Tok("item:", 0, List.of()));
        double[] w = new double[SimItem.STEPS + 1];
        java.util.Arrays.fill(w, 1);
        for (String name : space.names()) out.add(draw(w, k -> " " + SimItem.token(name, k)));
        return out;
    }

    /** Weights over levels 0..100 of clamp(target + k), k ~ N(0, σ²T) on the integers. */
    private double[] clampedGaussian(int target, double sigma) {
        double[] w = new double[SimItem.STEPS + 1];
        double s = sigma * Math.sqrt(temperature);
        if (s < 1e-6) {
            w[target] = 1;
            return w;
        }
        int reach = (int) Math.ceil(8 * s) + 1; // mass beyond 8σ is below double precision
        for (int k = -reach; k <= reach; k++) {
            int v = Math.max(0, Math.min(SimItem.STEPS, target + k));
            w[v] += Math.exp(-0.5 * (k / s) * (k / s));
        }
        return w;
    }

    private Tok draw(double[] weights, java.util.function.IntFunction<String> render) { return draw(weights, render, null); }

    private Tok draw(double[] weights, java.util.function.IntFunction<String> render, int[] chosen) {
        Categorical c = temperature == 0 ? Categorical.pointMass(weights.length, Categorical.argmax(weights)) : Categorical.of(weights, topP);
        int k = c.sample(rnd);
        if (chosen != null) chosen[0] = k;
        List<TokenLogprob.Alternative> alts = new ArrayList<>();
        if (topK > 0) for (int j : c.top(topK)) alts.add(new TokenLogprob.Alternative(render.apply(j), c.logprob(j)));
        return new Tok(render.apply(k), c.logprob(k), alts);
    }
}
