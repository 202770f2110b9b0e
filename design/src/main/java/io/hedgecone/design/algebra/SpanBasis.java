package io.hedgecone.design.algebra;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The span of K points in R^n from a thin SVD Z = U·S·Qᵀ of the K×n point matrix: numerical rank r, an
 * orthonormal basis Q (n×r) of the row space and the singular values σ₁ ≥ … ≥ σ_r &gt; 0.
 */
public final class SpanBasis {
    private final int n, rank;
    private final double[] basis; // n×r row-major: column j is the j-th right singular vector
    private final double[] sigma; // r, descending

    private SpanBasis(int n, int rank, double[] basis, double[] sigma) {
        this.n = n;
        this.rank = rank;
        this.basis = basis;
        this.sigma = sigma;
    }

    /**
     * Computes the basis of the rows of {@code z} (K×n row-major). Singular values at or below
     * {@code relTol}·σ_max count as zero; {@code relTol} ≤ 0 selects max(K, n)·2⁻⁵² (the rule of LAPACK-based
     * rank functions: what rounding alone can produce).
     */
    public static SpanBasis of(double[] z, int k, int n, double relTol) {
        DMatrixRMaj m = new DMatrixRMaj(k, n);
        System.arraycopy(z, 0, m.data, 0, k * n);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(k, n, false, true, true);
        if (!svd.decompose(m)) throw new ArithmeticException("SVD of the " + k + "x" + n + " point matrix did not converge");
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(null, false, w, v, false);
        int p = Math.min(w.numRows, w.numCols);
        double smax = p == 0 ? 0 : w.get(0, 0);
        double tol = (relTol > 0 ? relTol : Math.max(k, n) * Math.ulp(1.0)) * smax;
        int r = 0;
        while (r < p && w.get(r, r) > tol) r++;
        double[] basis = new double[n * r];
        double[] sigma = new double[r];
        for (int j = 0; j < r; j++) {
            sigma[j] = w.get(j, j);
            for (int i = 0; i < n; i++) basis[i * r + j] = v.get(i, j);
        }
        return new SpanBasis(n, r, basis, sigma);
    }

    public int dimension() { return n; }
    public int rank() { return rank; }

    /** σ_j (descending). */
    public double sigma(int j) { return sigma[j]; }

    /** Q as a fresh n×r row-major array. */
    public double[] basis() { return basis.clone(); }

    /** Coordinates Qᵀz_i of every row of {@code z} (K×n) in the basis: a K×r row-major array. */
    public double[] project(double[] z, int k) {
        int r = rank;
        double[] out = new double[k * r];
        for (int i = 0; i < k; i++)
            for (int a = 0; a < n; a++) {
                double za = z[i * n + a];
                if (za == 0) continue;
                int qa = a * r, oi = i * r;
                for (int j = 0; j < r; j++) out[oi + j] += za * basis[qa + j];
            }
        return out;
    }
}
