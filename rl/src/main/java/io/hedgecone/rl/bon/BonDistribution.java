package io.hedgecone.rl.bon;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.hedgecone.rl.util.Softmax;

/**
 * The exact Best-of-N law over a finite response set, with ties. BoN draws y_1..y_N iid from π and returns a sample
 * of highest score, chosen uniformly among the tied highest samples. Group responses by score into levels
 * v_1 &lt; … &lt; v_L with masses m_l = π(S_l) and cumulative F_l = Σ_{j≤l} m_j; the winner lies in level l with
 * probability F_l^N − F_{l−1}^N and is then distributed as π restricted to S_l:
 * π_bon(y) = π(y)/m_l · (F_l^N − F_{l−1}^N) for y ∈ S_l (order statistics; digest §1).
 */
public final class BonDistribution {
    private BonDistribution() {}

    /** π_bon over the responses (length K), for policy {@code pi}, scores {@code score} and N ≥ 1. */
    public static double[] probabilities(double[] pi, double[] score, int n) {
        Levels lv = new Levels(pi, score);
        double[] out = new double[pi.length];
        double prev = 0;
        for (int l = 0; l < lv.count; l++) {
            double f = lv.cum[l], g = Math.pow(f, n) - Math.pow(prev, n);
            prev = f;
            if (lv.mass[l] <= 0) continue;
            for (int y : lv.members[l]) out[y] = pi[y] / lv.mass[l] * g;
        }
        return out;
    }

    /** E_{π_bon}[w] = Σ_y π_bon(y) w(y). */
    public static double expectation(double[] pi, double[] score, int n, double[] w) {
        double[] p = probabilities(pi, score, n);
        double s = 0;
        for (int y = 0; y < p.length; y++) s += p[y] * w[y];
        return s;
    }

    /**
     * ∂/∂z E_{π_bon}[w] for π = softmax(z): exact, O(K log K). With π as free variables, for y ∈ S_l,
     * ∂J/∂π(y) = G_l (w(y) − w̄_l)/m_l + Σ_{j≥l} N F_j^{N−1} (w̄_j − w̄_{j+1}) (w̄_l the π-mean of w on S_l,
     * w̄_{L+1} = 0); the softmax chain rule then gives ∂J/∂z_k = π_k (g_k − Σ_y π_y g_y).
     */
    public static double[] gradient(double[] pi, double[] score, int n, double[] w) {
        Levels lv = new Levels(pi, score);
        int L = lv.count;
        double[] wbar = new double[L + 1], gLevel = new double[L];
        double prev = 0;
        for (int l = 0; l < L; l++) {
            double s = 0;
            for (int y : lv.members[l]) s += pi[y] * w[y];
            wbar[l] = lv.mass[l] > 0 ? s / lv.mass[l] : 0;
            gLevel[l] = Math.pow(lv.cum[l], n) - Math.pow(prev, n);
            prev = lv.cum[l];
        }
        double[] suffix = new double[L + 1];
        for (int l = L - 1; l >= 0; l--) suffix[l] = suffix[l + 1] + n * Math.pow(lv.cum[l], n - 1) * (wbar[l] - wbar[l + 1]);
        double[] g = new double[pi.length];
        for (int l = 0; l < L; l++)
            for (int y : lv.members[l]) g[y] = (lv.mass[l] > 0 ? gLevel[l] * (w[y] - wbar[l]) / lv.mass[l] : 0) + suffix[l];
        return softmaxChain(pi, g);
    }

    /** ∂/∂z log π_bon(y) (the score function of the BoN policy at response y). */
    public static double[] logProbGradient(double[] pi, double[] score, int n, int y) {
        double[] w = new double[pi.length];
        w[y] = 1;
        double p = probabilities(pi, score, n)[y];
        if (!(p > 0)) throw new IllegalArgumentException("response " + y + " has BoN probability 0");
        double[] g = gradient(pi, score, n, w);
        for (int k = 0; k < g.length; k++) g[k] /= p;
        return g;
    }

    /**
     * One simulated BoN draw: N iid samples from π, the winner among the highest-scoring samples uniformly.
     *
     * @param samples receives the N sampled responses (length N)
     * @return the winning response
     */
    public static int draw(double[] pi, double[] score, int[] samples, SplittableRandom rnd) {
        double best = Double.NEGATIVE_INFINITY;
        int tied = 0, winner = -1;
        for (int i = 0; i < samples.length; i++) {
            int y = Softmax.sample(pi, rnd.nextDouble());
            samples[i] = y;
            if (score[y] > best) {
                best = score[y];
                tied = 1;
                winner = y;
            } else if (score[y] == best && rnd.nextInt(++tied) == 0) winner = y; // reservoir: uniform among tied samples
        }
        return winner;
    }

    /** ∂J/∂z from ∂J/∂π for π = softmax(z). */
    static double[] softmaxChain(double[] pi, double[] g) {
        double m = 0;
        for (int k = 0; k < pi.length; k++) m += pi[k] * g[k];
        double[] out = new double[pi.length];
        for (int k = 0; k < pi.length; k++) out[k] = pi[k] * (g[k] - m);
        return out;
    }

    /** Responses grouped by equal score, ascending. */
    private static final class Levels {
        final int count;
        final int[][] members;
        final double[] mass, cum;

        Levels(double[] pi, double[] score) {
            if (pi.length != score.length) throw new IllegalArgumentException(pi.length + " probabilities, " + score.length + " scores");
            Integer[] order = new Integer[pi.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
            int[][] mem = new int[pi.length][];
            double[] ms = new double[pi.length], cs = new double[pi.length];
            int c = 0, i = 0;
            double acc = 0;
            while (i < order.length) {
                int j = i;
                while (j < order.length && score[order[j]] == score[order[i]]) j++;
                mem[c] = new int[j - i];
                double s = 0;
                for (int q = i; q < j; q++) {
                    mem[c][q - i] = order[q];
                    s += pi[order[q]];
                }
                ms[c] = s;
                acc += s;
                cs[c] = acc;
                c++;
                i = j;
            }
            count = c;
            members = mem;
            mass = ms;
            cum = cs;
        }
    }
}
