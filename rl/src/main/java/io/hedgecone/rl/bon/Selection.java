package io.hedgecone.rl.bon;

/** What Best-of-N selects by: the verifier r (deployable) or the true reward R (an oracle; its Bo-N is pass@N). */
public enum Selection {
    VERIFIER, REWARD;

    /** The selection scores of the prompt's responses. */
    public double[] scores(BanditPrompt x) {
        if (this == VERIFIER) return x.verifier();
        double[] s = new double[x.size()];
        for (int y = 0; y < s.length; y++) s[y] = x.correct()[y] ? 1 : 0;
        return s;
    }
}
