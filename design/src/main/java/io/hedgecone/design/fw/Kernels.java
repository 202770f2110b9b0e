package io.hedgecone.design.fw;

/** Inner products for the first-order loops: four partial sums let the CPU overlap the additions. */
final class Kernels {
    private Kernels() { }

    /** Σ_a x[xo + a]·y[a] for a &lt; r. */
    static double dot(double[] x, int xo, double[] y, int r) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int a = 0;
        for (; a + 3 < r; a += 4) {
            s0 += x[xo + a] * y[a];
            s1 += x[xo + a + 1] * y[a + 1];
            s2 += x[xo + a + 2] * y[a + 2];
            s3 += x[xo + a + 3] * y[a + 3];
        }
        for (; a < r; a++) s0 += x[xo + a] * y[a];
        return (s0 + s1) + (s2 + s3);
    }

    /** out = M·x[xo..xo+r) for a row-major r×r M. */
    static void multiply(double[] m, double[] x, int xo, double[] out, int r) {
        for (int a = 0; a < r; a++) {
            double s0 = 0, s1 = 0;
            int row = a * r, c = 0;
            for (; c + 1 < r; c += 2) {
                s0 += m[row + c] * x[xo + c];
                s1 += m[row + c + 1] * x[xo + c + 1];
            }
            if (c < r) s0 += m[row + c] * x[xo + c];
            out[a] = s0 + s1;
        }
    }
}
