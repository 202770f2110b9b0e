package io.hedgecone.llm.sim;

/**
 * The simulator's embedding: e = W·a + σ·ε with a fixed random W (d × m, entries N(0, 1/m)) and per-text noise ε ~
 * N(0, I) seeded by the text, so the same text always gets the same vector. For a text with an item line, a is the
 * item's attribute vector; for other text, a is a signed bag of hashed words (each word adds ±1/√words to one
 * attribute), so free text also lands somewhere reproducible.
 */
final class SimEmbedding {
    private final AttributeSpace space;
    private final double[][] w;
    private final double sigma;
    private final long seed;

    SimEmbedding(AttributeSpace space, int dimension, double sigma, long seed) {
        if (dimension < 1) throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        if (!(sigma >= 0) || !Double.isFinite(sigma)) throw new IllegalArgumentException("embedding noise must be finite and >= 0, got " + sigma);
        this.space = space;
        this.sigma = sigma;
        this.seed = seed;
        int m = space.size();
        SimRandom r = new SimRandom(SimRandom.seed(seed, 0x5eed_e3bL));
        w = new double[dimension][m];
        double scale = 1 / Math.sqrt(m);
        for (int i = 0; i < dimension; i++)
            for (int j = 0; j < m; j++) w[i][j] = scale * r.nextGaussian();
    }

    int dimension() { return w.length; }

    /** A copy of W (d × m). */
    double[][] matrix() {
        double[][] c = new double[w.length][];
        for (int i = 0; i < w.length; i++) c[i] = w[i].clone();
        return c;
    }

    /** W·a without noise. */
    double[] linear(double[] a) {
        double[] e = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double s = 0;
            for (int j = 0; j < a.length; j++) s += w[i][j] * a[j];
            e[i] = s;
        }
        return e;
    }

    float[] embed(String text) {
        SimItem item = SimPrompt.lastItem(text, space);
        double[] e = linear(item != null ? item.values() : bagOfWords(text));
        SimRandom r = new SimRandom(SimRandom.seed(seed, SimRandom.hash(text)));
        float[] out = new float[e.length];
        for (int i = 0; i < e.length; i++) out[i] = (float) (e[i] + sigma * r.nextGaussian());
        return out;
    }

    private double[] bagOfWords(String text) {
        double[] a = new double[space.size()];
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int count = 0;
        for (String wd : words) if (!wd.isEmpty()) count++;
        if (count == 0) return a;
        double unit = 1 / Math.sqrt(count);
        for (String wd : words) {
            if (wd.isEmpty()) continue;
            long h = SimRandom.hash(wd);
            int j = (int) Math.floorMod(h, (long) space.size());
            a[j] += (h < 0 ? -1 : 1) * unit;
        }
        return a;
    }
}
