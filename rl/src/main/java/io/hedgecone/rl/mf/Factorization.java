package io.hedgecone.rl.mf;

/**
 * User and item factors; the predicted rating of (u, i) is ⟨x_u, y_i⟩ (EAGLE's behavioural embeddings: no biases).
 *
 * @param users users × rank
 * @param items items × rank
 */
public record Factorization(double[][] users, double[][] items) {

    public int rank() { return users.length > 0 ? users[0].length : items[0].length; }

    public double predict(int u, int i) {
        double s = 0;
        double[] x = users[u], y = items[i];
        for (int k = 0; k < x.length; k++) s += x[k] * y[k];
        return s;
    }

    /** Root-mean-square error of the predictions on the observed entries of {@code m}. */
    public double rmse(RatingMatrix m) {
        double s = 0;
        for (int u = 0; u < m.users(); u++)
            for (int p = m.userStart(u); p < m.userEnd(u); p++) {
                double e = m.userValue(p) - predict(u, m.userItem(p));
                s += e * e;
            }
        return Math.sqrt(s / m.size());
    }
}
