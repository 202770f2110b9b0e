package io.hedgecone.rl.eagle;

/**
 * EAGLE's local content-gap utility for a target user u and an anchor item m (digest §A.6):
 * U(z) = ⟨z_u, z⟩ + λ Σ_{m' ∈ NN(m)} ‖z − z_{m'}‖, with NN(m) the {@code k} (= 3) nearest neighbours of the anchor's
 * embedding among the data set's items (ℓ2 in Z, the anchor itself excluded) and z the generated item's embedding.
 */
public final class ContentGapUtility {
    private final double[] user;
    private final double[][] neighbours;
    private final double lambda;

    public ContentGapUtility(double[] user, double[][] neighbours, double lambda) {
        if (!(lambda >= 0) || !Double.isFinite(lambda)) throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
        this.user = user.clone();
        this.neighbours = new double[neighbours.length][];
        for (int i = 0; i < neighbours.length; i++) this.neighbours[i] = neighbours[i].clone();
        this.lambda = lambda;
    }

    /** The utility for user embedding {@code user} around item {@code anchor} of {@code items} (items × n). */
    public static ContentGapUtility forAnchor(double[] user, int anchor, double[][] items, int k, double lambda) {
        return new ContentGapUtility(user, nearest(items, anchor, k), lambda);
    }

    /** The {@code k} rows of {@code items} nearest to row {@code anchor} (excluding it), nearest first; ties by index. */
    static double[][] nearest(double[][] items, int anchor, int k) {
        if (k < 0 || k > items.length - 1) throw new IllegalArgumentException("need " + k + " neighbours of " + (items.length - 1) + " other items");
        int[] best = new int[k];
        double[] bestD = new double[k];
        java.util.Arrays.fill(bestD, Double.POSITIVE_INFINITY);
        for (int i = 0; i < items.length; i++) {
            if (i == anchor) continue;
            double d = dist(items[i], items[anchor]);
            int pos = k;
            while (pos > 0 && d < bestD[pos - 1]) pos--;
            if (pos == k) continue;
            System.arraycopy(bestD, pos, bestD, pos + 1, k - pos - 1);
            System.arraycopy(best, pos, best, pos + 1, k - pos - 1);
            bestD[pos] = d;
            best[pos] = i;
        }
        double[][] out = new double[k][];
        for (int j = 0; j < k; j++) out[j] = items[best[j]];
        return out;
    }

    public double value(double[] z) { return userTerm(z) + lambda * distanceTerm(z); }

    /** ⟨z_u, z⟩: the user's predicted rating of the generated item. */
    public double userTerm(double[] z) {
        double s = 0;
        for (int i = 0; i < z.length; i++) s += user[i] * z[i];
        return s;
    }

    /** Σ_{m' ∈ NN} ‖z − z_{m'}‖ (without λ). */
    public double distanceTerm(double[] z) {
        double s = 0;
        for (double[] n : neighbours) s += dist(z, n);
        return s;
    }

    public double lambda() { return lambda; }

    public double[] user() { return user.clone(); }

    static double dist(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s);
    }
}
