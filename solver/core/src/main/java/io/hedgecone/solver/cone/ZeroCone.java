package io.hedgecone.solver.cone;

import java.util.Arrays;

/** The zero cone {0}: s = 0, the dual variable z is free. It has no barrier and H = 0. */
public final class ZeroCone extends Cone {
    ZeroCone(int offset, int dim) { super(offset, dim); }

    @Override public int degree() { return 0; }
    @Override public boolean isSymmetric() { return true; }

    @Override public void unitInitialization(double[] s, double[] z) {
        Arrays.fill(s, off, off + dim, 0.0);
        Arrays.fill(z, off, off + dim, 0.0);
    }

    @Override public double minMargin(double[] v) { return Double.POSITIVE_INFINITY; }
    @Override public double positiveMargin(double[] v) { return 0.0; }

    @Override public void shiftAlongIdentity(double[] v, double a, boolean dual) {
        if (!dual) Arrays.fill(v, off, off + dim, 0.0);
    }

    @Override public boolean updateScaling(double[] s, double[] z, double mu, ScalingStrategy strategy) { return true; }
    @Override public void setIdentityScaling() { }

    @Override public void mulH(double[] y, double[] x) { Arrays.fill(y, off, off + dim, 0.0); }

    @Override public KktShape kktShape() { return KktShape.DIAGONAL; }

    @Override public void writeKkt(double[] kktValues, int[] map) {
        for (int i = 0; i < dim; i++) kktValues[map[i]] = 0.0;
    }

    @Override public void affineDs(double[] r, double[] s) { Arrays.fill(r, off, off + dim, 0.0); }

    @Override public void combinedDs(double[] r, double[] s, double[] z, double[] dsAff, double[] dzAff, double sigmaMu, double m) {
        Arrays.fill(r, off, off + dim, 0.0);
    }

    @Override public double stepLength(double[] dz, double[] ds, double[] z, double[] s, double alphaMax, double backtrack, double alphaMin) {
        return alphaMax;
    }

    @Override public double barrier(double[] z, double[] s, double[] dz, double[] ds, double alpha) { return 0.0; }
}
