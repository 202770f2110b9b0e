package io.hedgecone.solver.linalg;

/** Dense inner kernels of {@link SparseLdl}, on column-major blocks inside flat arrays. */
final class DenseKernels {
    private DenseKernels() {}

    /**
     * For q = 0..3 and i = 0..len−1: {@code dst[dOff + q·dStride + i] −= Σ_k src[sOff + k·sStride + i] · coef[cOff + 4k + q]}
     * (k = 0..kCount−1, in pairs (0, 1), (2, 3), …). Two source columns and four target columns per pass: eight
     * multiply-adds per six loads and four stores, instead of one per two loads and a store.
     */
    static void subtractRank4(double[] src, int sOff, int sStride, int kCount, double[] coef, int cOff,
                              double[] dst, int dOff, int dStride, int len) {
        int d0 = dOff, d1 = dOff + dStride, d2 = d1 + dStride, d3 = d2 + dStride;
        int k = 0;
        for (; k + 1 < kCount; k += 2) {
            int a0 = sOff + k * sStride, a1 = a0 + sStride;
            int c = cOff + 4 * k;
            double c00 = coef[c], c01 = coef[c + 1], c02 = coef[c + 2], c03 = coef[c + 3];
            double c10 = coef[c + 4], c11 = coef[c + 5], c12 = coef[c + 6], c13 = coef[c + 7];
            for (int i = 0; i < len; i++) {
                double v0 = src[a0 + i], v1 = src[a1 + i];
                dst[d0 + i] -= v0 * c00 + v1 * c10;
                dst[d1 + i] -= v0 * c01 + v1 * c11;
                dst[d2 + i] -= v0 * c02 + v1 * c12;
                dst[d3 + i] -= v0 * c03 + v1 * c13;
            }
        }
        if (k < kCount) {
            int a0 = sOff + k * sStride, c = cOff + 4 * k;
            double c00 = coef[c], c01 = coef[c + 1], c02 = coef[c + 2], c03 = coef[c + 3];
            for (int i = 0; i < len; i++) {
                double v0 = src[a0 + i];
                dst[d0 + i] -= v0 * c00;
                dst[d1 + i] -= v0 * c01;
                dst[d2 + i] -= v0 * c02;
                dst[d3 + i] -= v0 * c03;
            }
        }
    }

    /** As {@link #subtractRank4} for one target column with coefficients coef[4k + q] (q: any offset). */
    static void subtractRank1(double[] src, int sOff, int sStride, int kCount, double[] coef, int q,
                              double[] dst, int dOff, int len) {
        for (int k = 0; k < kCount; k++) {
            double c = coef[4 * k + q];
            if (c == 0.0) continue;
            int a = sOff + k * sStride;
            for (int i = 0; i < len; i++) dst[dOff + i] -= src[a + i] * c;
        }
    }
}
