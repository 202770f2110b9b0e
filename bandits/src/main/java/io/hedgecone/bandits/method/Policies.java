package io.hedgecone.bandits.method;

/** Small helpers on policies π ∈ Δ_k. */
public final class Policies {
    private Policies() { }

    /** The vertex e_a of Δ_k. */
    public static double[] vertex(int k, int a) {
        double[] p = new double[k];
        p[a] = 1;
        return p;
    }

    /** Index of the largest score; ties go to the lowest index so results are reproducible. */
    public static int argmax(double[] score) {
        int best = 0;
        for (int a = 1; a < score.length; a++) if (score[a] > score[best]) best = a;
        return best;
    }

    /**
     * Maps a solver's π onto Δ_k: clips the tiny negative entries interior-point iterates carry and renormalizes.
     * The bounds are then recomputed at the projected π, so the certificate refers to the policy actually returned.
     */
    public static double[] project(double[] pi) {
        double[] p = new double[pi.length];
        double sum = 0;
        for (int a = 0; a < pi.length; a++) {
            p[a] = pi[a] > 1e-12 ? pi[a] : 0;
            sum += p[a];
        }
        if (!(sum > 0)) throw new IllegalStateException("solver returned a policy with no positive entry");
        for (int a = 0; a < p.length; a++) p[a] /= sum;
        return p;
    }
}
