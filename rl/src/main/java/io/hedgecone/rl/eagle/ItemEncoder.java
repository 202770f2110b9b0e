package io.hedgecone.rl.eagle;

import io.hedgecone.llm.Embedder;
import io.hedgecone.rl.util.Seeds;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * EAGLE's encoder E_D: item text → behavioural embedding. The paper fine-tunes an LLM by ℓ2 regression from item
 * description to WALS embedding; here the bridge's {@link Embedder} gives text features e(x) ∈ R^D and a ridge
 * regression z = Wᵀ[e(x); 1] (intercept unpenalised) maps them to Z = R^n.
 */
public final class ItemEncoder {
    private final Embedder embedder;
    private final double[][] w; // (D + 1) × n

    private ItemEncoder(Embedder embedder, double[][] w) {
        this.embedder = embedder;
        this.w = w;
    }

    /**
     * Diagnostics of the regression, the authors' consistency check: held-out ℓ2 error against the mean
     * nearest-neighbour distance between items.
     *
     * @param heldOutError     mean ‖E_D(x_i) − z_i‖ on held-out items
     * @param meanNnDistance   mean distance of an item's embedding to its nearest other item
     * @param heldOutR2        1 − SSE / SST on held-out items (all coordinates pooled)
     * @param heldOutItems     number of held-out items
     */
    public record Report(double heldOutError, double meanNnDistance, double heldOutR2, int heldOutItems) {}

    /** The fitted encoder and its held-out report. */
    public record Fit(ItemEncoder encoder, Report report) {}

    /**
     * Fits on all items after measuring the held-out error with a {@code holdout} share left out (seeded).
     *
     * @param texts   item texts
     * @param targets items × n embeddings
     */
    public static Fit fit(Embedder embedder, List<String> texts, double[][] targets, double ridge, double holdout, long seed) {
        double[][] feats = features(embedder, texts);
        int n = texts.size();
        SplittableRandom r = Seeds.rng(seed, 0xe0dL);
        boolean[] test = new boolean[n];
        List<Integer> tr = new ArrayList<>(), te = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            test[i] = r.nextDouble() < holdout;
            (test[i] ? te : tr).add(i);
        }
        if (te.isEmpty() || tr.isEmpty()) throw new IllegalArgumentException("holdout " + holdout + " leaves an empty train or test set of " + n + " items");
        double[][] wTr = solve(feats, targets, tr, ridge);
        double err = 0, sse = 0, sst = 0;
        int dim = targets[0].length;
        double[] mean = new double[dim];
        for (int i : te) for (int k = 0; k < dim; k++) mean[k] += targets[i][k] / te.size();
        for (int i : te) {
            double[] z = apply(wTr, feats[i]);
            err += ContentGapUtility.dist(z, targets[i]) / te.size();
            for (int k = 0; k < dim; k++) {
                sse += (z[k] - targets[i][k]) * (z[k] - targets[i][k]);
                sst += (targets[i][k] - mean[k]) * (targets[i][k] - mean[k]);
            }
        }
        double nn = 0;
        for (int i = 0; i < n; i++) nn += ContentGapUtility.dist(targets[i], ContentGapUtility.nearest(targets, i, 1)[0]) / n;
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) all.add(i);
        return new Fit(new ItemEncoder(embedder, solve(feats, targets, all, ridge)), new Report(err, nn, 1 - sse / sst, te.size()));
    }

    /** E_D(text). */
    public double[] encode(String text) { return apply(w, toDouble(embedder.embed(text))); }

    /** E_D of each text, one embedder call. */
    public double[][] encode(List<String> texts) {
        double[][] f = features(embedder, texts);
        double[][] out = new double[f.length][];
        for (int i = 0; i < f.length; i++) out[i] = apply(w, f[i]);
        return out;
    }

    public int dimension() { return w[0].length; }

    private static double[][] features(Embedder e, List<String> texts) {
        List<float[]> v = e.embed(texts).vectors();
        double[][] out = new double[v.size()][];
        for (int i = 0; i < out.length; i++) out[i] = toDouble(v.get(i));
        return out;
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        return d;
    }

    private static double[] apply(double[][] w, double[] e) {
        int dim = w[0].length, dIn = e.length;
        double[] z = new double[dim];
        for (int k = 0; k < dim; k++) z[k] = w[dIn][k];
        for (int j = 0; j < dIn; j++) {
            double ej = e[j];
            for (int k = 0; k < dim; k++) z[k] += ej * w[j][k];
        }
        return z;
    }

    /** (XᵀX + ridge·diag(1,..,1,0)) W = XᵀY over the rows {@code rows}, X = [e, 1]. */
    private static double[][] solve(double[][] feats, double[][] targets, List<Integer> rows, double ridge) {
        int d = feats[0].length + 1, dim = targets[0].length;
        DMatrixRMaj x = new DMatrixRMaj(rows.size(), d), y = new DMatrixRMaj(rows.size(), dim);
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            for (int j = 0; j < d - 1; j++) x.set(r, j, feats[i][j]);
            x.set(r, d - 1, 1);
            for (int k = 0; k < dim; k++) y.set(r, k, targets[i][k]);
        }
        DMatrixRMaj a = new DMatrixRMaj(d, d), b = new DMatrixRMaj(d, dim), sol = new DMatrixRMaj(d, dim);
        CommonOps_DDRM.multTransA(x, x, a);
        CommonOps_DDRM.multTransA(x, y, b);
        for (int j = 0; j < d - 1; j++) a.add(j, j, ridge);
        a.add(d - 1, d - 1, 1e-12 * Math.max(1, rows.size())); // keeps the intercept's pivot positive
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(d);
        if (!chol.setA(a)) throw new IllegalArgumentException("encoder regression is singular; raise the ridge (now " + ridge + ")");
        chol.solve(b, sol);
        double[][] w = new double[d][dim];
        for (int j = 0; j < d; j++) for (int k = 0; k < dim; k++) w[j][k] = sol.get(j, k);
        return w;
    }
}
