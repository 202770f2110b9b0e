package io.hedgecone.solver.form;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Relative perturbations of a model's data, for measuring how robust a backend is to rounding-level changes:
 * every finite entry of the objective c, the row offsets g, the row bounds and the variable bounds is multiplied
 * by 1 + rel·u with u uniform in [−½, ½), drawn from the given seed (equal bounds stay equal). Zeros, infinities,
 * the matrices and the cones are kept, so the structure (sparsity, which bounds exist, cone memberships) is
 * unchanged and, for rel far below the solve tolerances, so is the solution to within those tolerances: a backend
 * that solves the original but not a perturbed copy owes the difference to rounding.
 */
public final class Perturbation {
    private Perturbation() { }

    /** A perturbed copy of {@code d} (the original is not modified); seeds give reproducible copies. */
    public static ModelData of(ModelData d, double rel, long seed) {
        if (!(rel >= 0 && rel < 1)) throw new IllegalArgumentException("relative perturbation must lie in [0, 1), got " + rel);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] c = scaled(d.c(), rel, rnd), g = scaled(d.g(), rel, rnd);
        double[][] bounds = interval(d.lb(), d.ub(), rel, rnd);
        List<ModelData.Block> blocks = new ArrayList<>(d.blocks().size());
        for (ModelData.Block b : d.blocks()) {
            if (b.lo() == null) { blocks.add(b); continue; }
            double[][] rows = interval(b.lo(), b.hi(), rel, rnd);
            blocks.add(new ModelData.Block(b.name(), b.start(), b.size(), b.kind(), rows[0], rows[1], b.alpha()));
        }
        return new ModelData(d.name(), d.maximize(), d.varNames(), bounds[0], bounds[1], d.integer(), c, d.c0(), d.qUpper(), d.a(), g,
                blocks, d.rowNames());
    }

    private static double[] scaled(double[] v, double rel, SplittableRandom rnd) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            double u = rnd.nextDouble() - 0.5; // drawn for every entry, so that the stream does not depend on the values
            if (Double.isFinite(out[i])) out[i] *= 1 + rel * u;
        }
        return out;
    }

    /** Perturbed bounds lo ≤ hi: an equality (lo = hi) stays one, and a narrow interval never turns over. */
    private static double[][] interval(double[] lo, double[] hi, double rel, SplittableRandom rnd) {
        double[] l = scaled(lo, rel, rnd), h = scaled(hi, rel, rnd);
        for (int i = 0; i < l.length; i++) {
            if (lo[i] == hi[i]) h[i] = l[i];
            else if (l[i] > h[i]) l[i] = h[i] = 0.5 * (l[i] + h[i]);
        }
        return new double[][] {l, h};
    }
}
