package io.hedgecone.design;

import io.hedgecone.design.algebra.SpanBasis;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate points as the algorithms see them: cost-scaled (z_i/√c_i) and expressed in an orthonormal basis
 * of their span, so that every algorithm works in R^r with r = rank. Two coordinate systems:
 * <ul>
 *   <li>{@link #projected()} — Qᵀz_i (the original coordinates when r = n): the A-criterion and all
 *   certificates use these, since trace V⁻¹ depends on the coordinates;</li>
 *   <li>{@link #whitened()} — y_i = √K·S⁻¹Qᵀz_i, for which Σ_i y_i y_iᵀ = K·I. D and G designs and leverages
 *   are invariant under invertible linear maps, so D/G algorithms run on these perfectly conditioned points and
 *   log det changes only by {@link #whiteningLogDetOffset()}.</li>
 * </ul>
 */
public final class Candidates {
    private final int k, n, r;
    private final double[] scaled;     // K×n
    private final double[] projected;  // K×r
    private final double[] whitened;   // K×r
    private final double logDetOffset;
    private final boolean hasCosts;
    private final int[] required;
    private final List<String> notes;

    private Candidates(DesignProblem p, double rankTolerance) {
        k = p.size();
        n = p.dimension();
        scaled = p.scaledRows();
        hasCosts = p.costs() != null;
        required = p.required();
        SpanBasis span = SpanBasis.of(scaled, k, n, rankTolerance);
        r = span.rank();
        if (r == 0) throw new IllegalArgumentException("all " + k + " candidate points are zero: no design is informative");
        projected = r == n ? scaled.clone() : span.project(scaled, k);
        double[] basisCoords = r == n ? span.project(scaled, k) : projected;
        whitened = new double[k * r];
        double sqrtK = Math.sqrt(k), offset = -r * Math.log(k);
        for (int j = 0; j < r; j++) offset += 2 * Math.log(span.sigma(j));
        for (int i = 0; i < k; i++)
            for (int j = 0; j < r; j++) whitened[i * r + j] = basisCoords[i * r + j] * sqrtK / span.sigma(j);
        // When r = n the projected coordinates are the original ones, related to the basis coordinates by the
        // orthogonal Q (determinant ±1), so the offset is the same either way.
        logDetOffset = offset;
        List<String> nt = new ArrayList<>();
        if (r < n)
            nt.add("the " + k + " points span a " + r + "-dimensional subspace of R^" + n
                    + ": the design is computed on that span (leverage target " + r + " instead of " + n + ")");
        if (hasCosts) nt.add("costs: w_i is the budget share of candidate i; criteria refer to the points z_i/sqrt(c_i)");
        notes = List.copyOf(nt);
    }

    /** Prepares {@code p}; {@code rankTolerance} ≤ 0 uses the default of {@link SpanBasis#of}. */
    public static Candidates of(DesignProblem p, double rankTolerance) { return new Candidates(p, rankTolerance); }

    /** K. */
    public int count() { return k; }
    /** n (ambient dimension). */
    public int dimension() { return n; }
    /** r (dimension of the span; the design's parameter count). */
    public int rank() { return r; }
    public boolean hasCosts() { return hasCosts; }
    /** Required candidates (sorted). */
    public int[] required() { return required.clone(); }

    /** Cost-scaled points z_i/√c_i, K×n row-major (shared array: do not modify). */
    public double[] scaledView() { return scaled; }

    /** Coordinates in the span, K×r row-major (shared array: do not modify). */
    public double[] projected() { return projected; }

    /** Whitened coordinates, K×r row-major (shared array: do not modify). */
    public double[] whitened() { return whitened; }

    /** log det V_projected(w) − log det V_whitened(w), the same for every w. */
    public double whiteningLogDetOffset() { return logDetOffset; }

    /** Remarks for the output (rank deficiency, costs). */
    public List<String> notes() { return notes; }
}
