package io.hedgecone.solver.cert;

import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes infeasibility certificates with any LP-capable backend, for backends whose engines report
 * "infeasible" or "unbounded" without a ray. Each certificate comes from one small auxiliary LP solved by the same
 * backend, and is returned only if {@link CertificateCheck} accepts it — a certificate is never guessed.
 *
 * <p><b>Farkas certificate.</b> With row bounds on Ax (lo' = lo − g, hi' = hi − g) and y = y⁺ − y⁻, z = z⁺ − z⁻:
 * <pre>
 *   maximize   Σ lo'_i y⁺_i − hi'_i y⁻_i + Σ lb_j z⁺_j − ub_j z⁻_j
 *   subject to Aᵀ(y⁺ − y⁻) + z⁺ − z⁻ = 0,   0 ≤ y⁺, y⁻, z⁺, z⁻ ≤ 1   (fixed at 0 where the bound is infinite)
 * </pre>
 * This LP is always feasible (0) and bounded (box); its value is positive exactly when the model is infeasible, and
 * then <em>any</em> point of positive value is a certificate — primal values are used, no dual of the auxiliary LP
 * is trusted. The box normalises the certificate to ‖·‖∞ ≤ 1. For maximization the certificate is negated, like
 * every dual of a maximization model.
 *
 * <p><b>Improving ray.</b> {@code minimize (or maximize) cᵀd} subject to (Ad)_i ≥ 0 where lo'_i is finite,
 * (Ad)_i ≤ 0 where hi'_i is finite, d_j ≥ 0 / ≤ 0 where lb_j / ub_j is finite, −1 ≤ d ≤ 1, and — for a quadratic
 * objective — Qd = 0. A negative (positive for maximization) value gives the ray.
 *
 * <p>The auxiliary solves receive {@link #auxiliaryOptions} of the caller's options, with {@link #PARAM}{@code =off},
 * so a backend that calls this class on an infeasible outcome does not recurse when the auxiliary LP is itself
 * reported infeasible. Parameters the caller sets after that (e.g. an engine) are kept.
 */
public final class Certificates {
    /** Option key; value "off" tells a backend not to compute certificates (set on the auxiliary solves). */
    public static final String PARAM = "hedgecone.certificates";
    /** Relative tolerance at which {@link CertificateCheck} must accept a computed certificate. */
    public static final double TOLERANCE = 1e-6;

    private Certificates() { }

    /** A Farkas certificate in the convention of {@link CertificateCheck#farkas}. */
    public record Farkas(double[] y, double[] z) { }

    /** Whether certificate computation is enabled in these options (default yes). */
    public static boolean enabled(SolveOptions options) {
        return !"off".equalsIgnoreCase(options.params().getOrDefault(PARAM, "on"));
    }

    /**
     * Options for an auxiliary solve: the caller's time limit and log stream, no iteration limit, no verbose output,
     * only the backend-neutral parameter {@code threads} kept (engine-specific ones may not fit the LP engine), and
     * certificate search turned off.
     */
    public static SolveOptions auxiliaryOptions(SolveOptions options) {
        java.util.Map<String, String> params = new java.util.HashMap<>();
        String threads = options.params().get("threads");
        if (threads != null) params.put("threads", threads);
        params.put(PARAM, "off");
        return new SolveOptions(options.timeLimitSeconds(), Integer.MAX_VALUE, false, options.log(), params);
    }

    /**
     * Searches a Farkas certificate of {@code data} (linear blocks only; integrality and Q are ignored, so a
     * certificate also proves a MIP or QP infeasible).
     *
     * @param backend solves the auxiliary LP; must accept continuous LPs under {@code options}
     * @return the certificate, or empty when the auxiliary LP finds none that passes {@link CertificateCheck}
     */
    public static Optional<Farkas> farkas(SolverBackend backend, ModelData data, SolveOptions options) {
        LinearView v = LinearView.of(data);
        int n = data.numVars(), m = data.numRows();
        int nv = 2 * m + 2 * n; // y+ (m), y- (m), z+ (n), z- (n)
        double[] lb = new double[nv], ub = new double[nv], c = new double[nv];
        for (int i = 0; i < m; i++) {
            setPart(i, v.rowLo[i], +1, lb, ub, c);
            setPart(m + i, v.rowHi[i], -1, lb, ub, c);
        }
        for (int j = 0; j < n; j++) {
            setPart(2 * m + j, data.lb()[j], +1, lb, ub, c);
            setPart(2 * m + n + j, data.ub()[j], -1, lb, ub, c);
        }
        // rows j: sum_i A_ij (y+_i - y-_i) + z+_j - z-_j = 0
        CscMatrix.TripletBuilder t = new CscMatrix.TripletBuilder(n, nv);
        CscMatrix a = data.a();
        int[] cp = a.colPtr(), ri = a.rowIdx();
        double[] av = a.values();
        for (int j = 0; j < n; j++) {
            for (int k = cp[j]; k < cp[j + 1]; k++) {
                t.add(j, ri[k], av[k]);
                t.add(j, m + ri[k], -av[k]);
            }
            t.add(j, 2 * m + j, 1.0);
            t.add(j, 2 * m + n + j, -1.0);
        }
        ModelData aux = linearModel(data.name() + "#farkas", true, lb, ub, c, t.build(), new double[n], new double[n], "y", "dual");
        BackendResult r = solveQuietly(backend, aux, options);
        if (r == null || r.x() == null) return Optional.empty();
        double[] y = new double[m], z = new double[n];
        for (int i = 0; i < m; i++) y[i] = v.sense * (r.x()[i] - r.x()[m + i]);
        for (int j = 0; j < n; j++) z[j] = v.sense * (r.x()[2 * m + j] - r.x()[2 * m + n + j]);
        if (!CertificateCheck.farkas(data, y, z, TOLERANCE).valid()) return Optional.empty();
        return Optional.of(new Farkas(y, z));
    }

    /**
     * Searches an improving ray of {@code data} (linear blocks only; a quadratic objective adds Qd = 0; integrality is
     * ignored, so for a MIP it is a ray of the relaxation).
     *
     * @return d with ‖d‖∞ ≤ 1, or empty when none passes {@link CertificateCheck#ray}
     */
    public static Optional<double[]> improvingRay(SolverBackend backend, ModelData data, SolveOptions options) {
        LinearView v = LinearView.of(data);
        int n = data.numVars(), m = data.numRows();
        double[] lb = new double[n], ub = new double[n];
        for (int j = 0; j < n; j++) {
            lb[j] = Double.isFinite(data.lb()[j]) ? 0 : -1;
            ub[j] = Double.isFinite(data.ub()[j]) ? 0 : 1;
        }
        // keep the rows that restrict d: A rows with a finite bound, then the nonzero rows of Q (Qd = 0)
        CscMatrix at = data.a().transpose(); // column i of Aᵀ is row i of A
        CscMatrix.TripletBuilder t = new CscMatrix.TripletBuilder(m + n, n);
        List<Double> los = new ArrayList<>(), his = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            boolean l = Double.isFinite(v.rowLo[i]), h = Double.isFinite(v.rowHi[i]);
            if ((!l && !h) || at.colPtr()[i] == at.colPtr()[i + 1]) continue;
            for (int k = at.colPtr()[i]; k < at.colPtr()[i + 1]; k++) t.add(los.size(), at.rowIdx()[k], at.values()[k]);
            los.add(l ? 0.0 : Double.NEGATIVE_INFINITY);
            his.add(h ? 0.0 : Double.POSITIVE_INFINITY);
        }
        if (data.hasQuadraticObjective()) {
            CscMatrix q = data.qUpper();
            double[] qNorm = CertificateCheck.symRowNorms(q);
            int[] rowOf = new int[n];
            for (int i = 0; i < n; i++) if (qNorm[i] > 0) { rowOf[i] = los.size(); los.add(0.0); his.add(0.0); }
            int[] qp = q.colPtr(), qi = q.rowIdx();
            double[] qv = q.values();
            for (int j = 0; j < n; j++)
                for (int k = qp[j]; k < qp[j + 1]; k++) {
                    int i = qi[k];
                    t.add(rowOf[i], j, qv[k]);
                    if (i != j) t.add(rowOf[j], i, qv[k]);
                }
        }
        int rows = los.size();
        CscMatrix ad = t.build().rowRange(0, rows);
        double[] rlo = new double[rows], rhi = new double[rows];
        for (int i = 0; i < rows; i++) { rlo[i] = los.get(i); rhi[i] = his.get(i); }
        ModelData aux = linearModel(data.name() + "#ray", data.maximize(), lb, ub, data.c().clone(), ad, rlo, rhi, "d", "rec");
        BackendResult r = solveQuietly(backend, aux, options);
        if (r == null || r.x() == null || !CertificateCheck.ray(data, r.x(), TOLERANCE).valid()) return Optional.empty();
        return Optional.of(r.x().clone());
    }

    /**
     * The auxiliary solve; a backend failure there means "no certificate", not a failed main solve — the caller still
     * reports the engine's status, without a certificate.
     */
    private static BackendResult solveQuietly(SolverBackend backend, ModelData aux, SolveOptions options) {
        try {
            return backend.solve(aux, enabled(options) ? auxiliaryOptions(options) : options);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Variable {@code k} of the Farkas LP: in [0, 1] with objective sign·bound when the bound is finite, else fixed 0. */
    private static void setPart(int k, double bound, double sign, double[] lb, double[] ub, double[] c) {
        boolean finite = Double.isFinite(bound);
        lb[k] = 0;
        ub[k] = finite ? 1 : 0;
        c[k] = finite ? sign * bound : 0;
    }

    /** A ModelData with one linear block {@code rlo ≤ A x ≤ rhi}, no Q, no integers. */
    static ModelData linearModel(String name, boolean maximize, double[] lb, double[] ub, double[] c, CscMatrix a,
                                 double[] rlo, double[] rhi, String varPrefix, String rowPrefix) {
        int n = c.length, m = rlo.length;
        List<String> vn = new ArrayList<>(n), rn = new ArrayList<>(m);
        for (int j = 0; j < n; j++) vn.add(varPrefix + "[" + j + "]");
        for (int i = 0; i < m; i++) rn.add(rowPrefix + "[" + i + "]");
        List<ModelData.Block> blocks = m == 0 ? List.of() : List.of(ModelData.Block.linear(rowPrefix, 0, rlo, rhi));
        return new ModelData(name, maximize, vn, lb, ub, new boolean[n], c, 0.0, CscMatrix.zeros(n, n), a, new double[m], blocks, rn);
    }
}
