package io.hedgecone.solver.mosek;

import io.hedgecone.solver.api.Info;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.SolutionStatus;
import io.hedgecone.solver.cert.CertificateCheck;
import io.hedgecone.solver.cert.DualCheck;
import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.Capabilities;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;
import mosek.fusion.AccSolutionStatus;
import mosek.fusion.ConeDomain;
import mosek.fusion.Constraint;
import mosek.fusion.Domain;
import mosek.fusion.Expr;
import mosek.fusion.Expression;
import mosek.fusion.LinearDomain;
import mosek.fusion.Matrix;
import mosek.fusion.Model;
import mosek.fusion.ObjectiveSense;
import mosek.fusion.Variable;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Backend "mosek": MOSEK Fusion for linear, quadratic-cone, rotated-quadratic-cone, exponential-cone and power-cone
 * blocks (all in MOSEK's order, which {@link BlockKind} uses), a convex quadratic objective and integer variables.
 *
 * <p>Mapping. x is one free Fusion variable; each finite variable bound and each finite side of a linear row is its
 * own constraint (≥ lo, ≤ hi, = for equal sides), so that every multiplier is read back separately: y_i is the sum
 * of the duals of row i's sides and z_j that of x_j's bounds. Cone blocks are one constraint A_b x + g_b ∈ K each,
 * with y_b its dual. A quadratic objective ½xᵀPx enters as t with (t, 1, Fx) in a rotated cone, P = FᵀF
 * ({@link QuadraticFactor}; −P for maximization).
 *
 * <p>Duals. MOSEK's conic dual satisfies Fᵀy = c with y in the dual cone for minimization and signs flipped for
 * maximization — the convention of {@link ModelData} — so values pass through. For models whose blocks are all
 * linear, (x, y, z) must pass {@link DualCheck} and certificates {@link CertificateCheck} (a Farkas certificate is
 * oriented to the ModelData convention if MOSEK's orientation for maximization differs); otherwise they are not
 * returned. Models with cone blocks get MOSEK's values unchecked.
 */
public final class MosekBackend implements SolverBackend {
    private static final double TOL = 1e-6;

    /** Creates, solves and disposes a one-variable model once: loads the native library and checks the licence. */
    private static final class Probe {
        static final String ERROR = probe();

        private static String probe() {
            try {
                Model m = new Model("probe");
                try {
                    m.setLogHandler(null);
                    Variable v = m.variable("v", 1, Domain.greaterThan(0.0));
                    m.objective(ObjectiveSense.Minimize, Expr.sum(v));
                    m.solve();
                } finally {
                    m.dispose();
                }
                return null;
            } catch (Throwable t) { // UnsatisfiedLinkError, licence errors, missing classes
                return t.toString();
            }
        }
    }

    @Override public String name() { return "mosek"; }

    @Override public Capabilities capabilities() {
        return new Capabilities(EnumSet.of(BlockKind.LINEAR, BlockKind.QCONE, BlockKind.RQCONE, BlockKind.PEXP, BlockKind.PPOW), true, true);
    }

    @Override public int priority() { return 30; }

    @Override public boolean available() { return Probe.ERROR == null; }

    @Override public String description() {
        String base = "MOSEK Fusion: " + capabilities().describe();
        return available() ? base : base + " — unavailable: " + Probe.ERROR;
    }

    @Override
    public BackendResult solve(ModelData data, SolveOptions options) {
        SolverRegistry.checkCapabilities(this, data);
        if (!available()) throw new IllegalStateException("mosek backend unavailable: " + Probe.ERROR);
        long t0 = System.nanoTime();
        StringBuilder note = new StringBuilder();
        Model m = new Model(data.name());
        try {
            configure(m, options);
            Built b = build(m, data);
            m.acceptedSolutionStatus(AccSolutionStatus.Anything); // read certificates and stopped points too
            solveModel(m);
            boolean timeUp = options.hasTimeLimit() && millis(t0) >= 0.95 * options.timeLimitSeconds() * 1000;
            return interpret(m, b, data, timeUp, t0, note);
        } finally {
            m.dispose();
        }
    }

    // ---------------------------------------------------------------- building

    /** Fusion handles needed to read the solution back. */
    private record Built(Variable x, List<Side> rowSides, List<Side> boundSides, List<Constraint> cones, List<int[]> coneRows) { }

    /** One Fusion constraint over some rows (or variables): its dual adds into y (or z) at {@code index}. */
    private record Side(Constraint con, int[] index) { }

    private static Built build(Model m, ModelData data) {
        int n = data.numVars();
        Variable x = m.variable("x", n, Domain.unbounded());
        List<Integer> ints = new ArrayList<>();
        for (int j = 0; j < n; j++) if (data.integer()[j]) ints.add(j);
        if (!ints.isEmpty()) x.pick(ints.stream().mapToInt(Integer::intValue).toArray()).makeInteger();

        // variable bounds: one constraint per kind of side
        List<Side> bounds = new ArrayList<>();
        boundSides(m, x, data.lb(), data.ub(), bounds);

        // linear rows, grouped by side kind over all linear blocks
        CscMatrix a = data.a();
        List<Side> rows = new ArrayList<>();
        List<Constraint> cones = new ArrayList<>();
        List<int[]> coneRows = new ArrayList<>();
        int m0 = data.numRows();
        double[] lo = new double[m0], hi = new double[m0];
        boolean[] linear = new boolean[m0];
        for (ModelData.Block blk : data.blocks()) {
            if (blk.kind() == BlockKind.LINEAR) {
                for (int k = 0; k < blk.size(); k++) {
                    int i = blk.start() + k;
                    linear[i] = true;
                    lo[i] = blk.lo()[k] - data.g()[i];
                    hi[i] = blk.hi()[k] - data.g()[i];
                }
            } else {
                int[] idx = range(blk.start(), blk.end());
                Expression e = Expr.add(Expr.mul(submatrix(a, idx), x), Expr.constTerm(slice(data.g(), idx)));
                ConeDomain dom = switch (blk.kind()) {
                    case QCONE -> Domain.inQCone();
                    case RQCONE -> Domain.inRotatedQCone();
                    case PEXP -> Domain.inPExpCone();
                    case PPOW -> Domain.inPPowerCone(blk.alpha());
                    default -> throw new IllegalStateException();
                };
                cones.add(m.constraint(blk.name(), e, dom));
                coneRows.add(idx);
            }
        }
        int[] linRows = java.util.stream.IntStream.range(0, m0).filter(i -> linear[i]).toArray();
        if (linRows.length > 0) rowSides(m, a, x, linRows, lo, hi, rows);

        // objective cᵀx + c0 (+ ½xᵀPx through t)
        Expression obj = Expr.add(Expr.dot(data.c(), x), Expr.constTerm(data.c0()));
        if (data.hasQuadraticObjective()) {
            CscMatrix p = data.maximize() ? negate(data.qUpper()) : data.qUpper();
            double[][] f = QuadraticFactor.factor(p, data.varNames());
            if (f.length > 0) { // rank 0: P is zero up to rounding, nothing to add
                Variable t = m.variable("t", 1, Domain.unbounded());
                m.constraint("quadratic-objective", Expr.vstack(new Expression[] {t, Expr.constTerm(1.0), Expr.mul(Matrix.dense(f), x)}),
                        Domain.inRotatedQCone());
                obj = data.maximize() ? Expr.sub(obj, t) : Expr.add(obj, t);
            }
        }
        m.objective("objective", data.maximize() ? ObjectiveSense.Maximize : ObjectiveSense.Minimize, obj);
        return new Built(x, rows, bounds, cones, coneRows);
    }

    /** Finite sides of lb ≤ x ≤ ub as ≥ / ≤ / = constraints on picks of x. */
    private static void boundSides(Model m, Variable x, double[] lb, double[] ub, List<Side> out) {
        List<Integer> ge = new ArrayList<>(), le = new ArrayList<>(), eq = new ArrayList<>();
        classify(lb.length, j -> j, lb, ub, ge, le, eq);
        if (!ge.isEmpty()) { int[] g = toArray(ge); out.add(new Side(m.constraint("bound>=", x.pick(g), Domain.greaterThan(slice(lb, g))), g)); }
        if (!le.isEmpty()) { int[] l = toArray(le); out.add(new Side(m.constraint("bound<=", x.pick(l), Domain.lessThan(slice(ub, l))), l)); }
        if (!eq.isEmpty()) { int[] e = toArray(eq); out.add(new Side(m.constraint("bound==", x.pick(e), Domain.equalsTo(slice(lb, e))), e)); }
    }

    /** Finite sides of the linear rows {@code linRows}: lo ≤ (Ax)_i ≤ hi as ≥ / ≤ / = constraints on row subsets. */
    private static void rowSides(Model m, CscMatrix a, Variable x, int[] linRows, double[] lo, double[] hi, List<Side> out) {
        List<Integer> ge = new ArrayList<>(), le = new ArrayList<>(), eq = new ArrayList<>();
        classify(linRows.length, k -> linRows[k], lo, hi, ge, le, eq);
        String[] names = {"rows>=", "rows<=", "rows=="};
        for (int kind = 0; kind < 3; kind++) {
            List<Integer> pos = kind == 0 ? ge : kind == 1 ? le : eq;
            if (pos.isEmpty()) continue;
            int[] rowsOf = pos.stream().mapToInt(k -> linRows[k]).toArray();
            Expression part = Expr.mul(submatrix(a, rowsOf), x);
            LinearDomain d = kind == 0 ? Domain.greaterThan(slice(lo, rowsOf)) : kind == 1 ? Domain.lessThan(slice(hi, rowsOf)) : Domain.equalsTo(slice(lo, rowsOf));
            out.add(new Side(m.constraint(names[kind], part, d), rowsOf));
        }
    }

    /** Splits positions 0..count-1 (standing for entries at(pos)) into ≥, ≤ (one each for a range) and = lists. */
    private static void classify(int count, java.util.function.IntUnaryOperator at, double[] lo, double[] hi,
                                 List<Integer> ge, List<Integer> le, List<Integer> eq) {
        for (int k = 0; k < count; k++) {
            int i = at.applyAsInt(k);
            boolean l = Double.isFinite(lo[i]), h = Double.isFinite(hi[i]);
            if (l && h && lo[i] == hi[i]) eq.add(k);
            else {
                if (l) ge.add(k);
                if (h) le.add(k);
            }
        }
    }

    private static void configure(Model m, SolveOptions options) {
        if (options.verbose()) m.setLogHandler(new PrintWriter(options.log(), true));
        else m.setLogHandler(null);
        if (options.hasTimeLimit()) m.setSolverParam("optimizerMaxTime", options.timeLimitSeconds());
        if (options.iterationLimit() != Integer.MAX_VALUE) {
            m.setSolverParam("intpntMaxIterations", options.iterationLimit());
            m.setSolverParam("simMaxIterations", options.iterationLimit());
        }
        String threads = options.params().get("threads");
        if (threads != null) m.setSolverParam("numThreads", Integer.parseInt(threads.trim()));
    }

    // ---------------------------------------------------------------- reading back

    private BackendResult interpret(Model m, Built b, ModelData data, boolean timeUp, long t0, StringBuilder note) {
        mosek.fusion.ProblemStatus ps = m.getProblemStatus();
        mosek.fusion.SolutionStatus pss = m.getPrimalSolutionStatus(), dss = m.getDualSolutionStatus();
        note.append("MOSEK ").append(ps).append(", primal ").append(pss).append(", dual ").append(dss);
        boolean linearOnly = data.kindsUsed().stream().allMatch(k -> k == BlockKind.LINEAR);
        boolean mip = data.hasIntegers();

        if (dss == mosek.fusion.SolutionStatus.Certificate) { // primal infeasible: (y, z) is a Farkas certificate
            double[][] yz = duals(b, data);
            if (linearOnly) yz = orientFarkas(data, yz[0], yz[1], note);
            return result(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, yz == null ? SolutionStatus.UNDEFINED : SolutionStatus.CERTIFICATE,
                    null, yz == null ? null : yz[0], yz == null ? null : yz[1], data, m, t0, note);
        }
        if (pss == mosek.fusion.SolutionStatus.Certificate) { // dual infeasible: x is an improving ray
            double[] d = level(b.x());
            if (linearOnly && !CertificateCheck.ray(data, d, TOL).valid()) { note.append("; ray fails the check, not returned"); d = null; }
            return result(ProblemStatus.DUAL_INFEASIBLE, d == null ? SolutionStatus.UNDEFINED : SolutionStatus.CERTIFICATE, SolutionStatus.UNDEFINED,
                    d, null, null, data, m, t0, note);
        }
        if (ps == mosek.fusion.ProblemStatus.PrimalInfeasible || ps == mosek.fusion.ProblemStatus.PrimalAndDualInfeasible)
            return result(ProblemStatus.PRIMAL_INFEASIBLE, SolutionStatus.UNDEFINED, SolutionStatus.UNDEFINED, null, null, null, data, m, t0, note);
        if (ps == mosek.fusion.ProblemStatus.DualInfeasible)
            return result(ProblemStatus.DUAL_INFEASIBLE, SolutionStatus.UNDEFINED, SolutionStatus.UNDEFINED, null, null, null, data, m, t0, note);
        if (ps == mosek.fusion.ProblemStatus.IllPosed)
            return result(ProblemStatus.NUMERICAL_ERROR, SolutionStatus.UNDEFINED, SolutionStatus.UNDEFINED, null, null, null, data, m, t0, note);
        double[] x = pss == mosek.fusion.SolutionStatus.Optimal || pss == mosek.fusion.SolutionStatus.Feasible ? level(b.x()) : null;
        if (pss == mosek.fusion.SolutionStatus.Optimal && (mip || dss == mosek.fusion.SolutionStatus.Optimal)) {
            if (mip) return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, SolutionStatus.UNDEFINED, x, null, null, data, m, t0, note);
            double[][] yz = duals(b, data);
            if (linearOnly) {
                DualCheck.Report r = DualCheck.check(data, x, yz[0], yz[1]);
                if (!r.ok(TOL)) {
                    note.append("; duals fail the KKT check (").append(r).append("), not returned");
                    return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, SolutionStatus.UNDEFINED, x, null, null, data, m, t0, note);
                }
            }
            return result(ProblemStatus.OPTIMAL, SolutionStatus.OPTIMAL, SolutionStatus.OPTIMAL, x, yz[0], yz[1], data, m, t0, note);
        }
        // stopped: by a limit, or MOSEK could not decide (PrimalInfeasibleOrUnbounded, Unknown, ...)
        SolutionStatus primal = x == null ? SolutionStatus.UNDEFINED : pss == mosek.fusion.SolutionStatus.Optimal ? SolutionStatus.OPTIMAL : SolutionStatus.FEASIBLE;
        ProblemStatus status = timeUp ? ProblemStatus.TIME_LIMIT
                : ps == mosek.fusion.ProblemStatus.Unknown && x == null ? ProblemStatus.NUMERICAL_ERROR : ProblemStatus.UNKNOWN;
        return result(status, primal, SolutionStatus.UNDEFINED, x, null, null, data, m, t0, note);
    }

    /** y (rows) and z (variables) summed from the duals of every side constraint, plus the cone blocks' duals. */
    private static double[][] duals(Built b, ModelData data) {
        double[] y = new double[data.numRows()], z = new double[data.numVars()];
        for (Side s : b.rowSides()) add(y, s.index(), dual(s.con()));
        for (Side s : b.boundSides()) add(z, s.index(), dual(s.con()));
        for (int k = 0; k < b.cones().size(); k++) add(y, b.coneRows().get(k), dual(b.cones().get(k)));
        return new double[][] {y, z};
    }

    /** The certificate as MOSEK gives it if it passes, else negated if that passes, else null. */
    private static double[][] orientFarkas(ModelData data, double[] y, double[] z, StringBuilder note) {
        if (CertificateCheck.farkas(data, y, z, TOL).valid()) return new double[][] {y, z};
        double[] ny = y.clone(), nz = z.clone();
        for (int i = 0; i < ny.length; i++) ny[i] = -ny[i];
        for (int j = 0; j < nz.length; j++) nz[j] = -nz[j];
        if (CertificateCheck.farkas(data, ny, nz, TOL).valid()) {
            note.append("; Farkas certificate negated into the ModelData orientation");
            return new double[][] {ny, nz};
        }
        note.append("; Farkas certificate fails the check, not returned");
        return null;
    }

    private BackendResult result(ProblemStatus status, SolutionStatus ps, SolutionStatus ds, double[] x, double[] y, double[] z,
                                 ModelData data, Model m, long t0, StringBuilder note) {
        double obj = x != null && ps != SolutionStatus.CERTIFICATE ? data.objective(x) : Double.NaN;
        long iterations = -1;
        double gap = Double.NaN;
        try {
            iterations = data.hasIntegers() ? m.getSolverIntInfo("mioNumBranch") : m.getSolverIntInfo("intpntIter");
            if (data.hasIntegers()) gap = m.getSolverDoubleInfo("mioObjRelGap");
        } catch (Exception e) { // Fusion's SolutionError is checked; whatever it is, the info is optional
            note.append("; no solver info: ").append(e.getMessage());
        }
        return new BackendResult(status, ps, ds, x, y, z, obj, new Info(name(), iterations, millis(t0), Double.NaN, Double.NaN, gap, note.toString()));
    }

    // ---------------------------------------------------------------- small helpers

    // Fusion's SolutionError is a checked exception; the statuses are checked before reading, so it means a bug here
    // or in MOSEK: report it as an internal failure. (catch Exception compiles whether or not a method declares it.)

    private static void solveModel(Model m) {
        try {
            m.solve();
        } catch (Exception e) {
            throw new IllegalStateException("MOSEK failed to solve: " + e, e);
        }
    }

    private static double[] level(Variable v) {
        try {
            return v.level();
        } catch (Exception e) {
            throw new IllegalStateException("MOSEK primal values unavailable: " + e, e);
        }
    }

    private static double[] dual(Constraint c) {
        try {
            return c.dual();
        } catch (Exception e) {
            throw new IllegalStateException("MOSEK dual values unavailable: " + e, e);
        }
    }

    private static void add(double[] target, int[] index, double[] values) {
        for (int k = 0; k < index.length; k++) target[index[k]] += values[k];
    }

    private static Matrix submatrix(CscMatrix a, int[] rows) {
        int[] newRow = new int[a.rows()];
        java.util.Arrays.fill(newRow, -1);
        for (int k = 0; k < rows.length; k++) newRow[rows[k]] = k;
        List<int[]> ij = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        for (int j = 0; j < a.cols(); j++)
            for (int k = a.colPtr()[j]; k < a.colPtr()[j + 1]; k++)
                if (newRow[a.rowIdx()[k]] >= 0) { ij.add(new int[] {newRow[a.rowIdx()[k]], j}); v.add(a.values()[k]); }
        int[] si = new int[v.size()], sj = new int[v.size()];
        double[] sv = new double[v.size()];
        for (int k = 0; k < sv.length; k++) { si[k] = ij.get(k)[0]; sj[k] = ij.get(k)[1]; sv[k] = v.get(k); }
        return Matrix.sparse(rows.length, a.cols(), si, sj, sv);
    }

    private static CscMatrix negate(CscMatrix q) {
        double[] v = q.values().clone();
        for (int k = 0; k < v.length; k++) v[k] = -v[k];
        return new CscMatrix(q.rows(), q.cols(), q.colPtr().clone(), q.rowIdx().clone(), v);
    }

    private static int[] range(int from, int to) { return java.util.stream.IntStream.range(from, to).toArray(); }

    private static double[] slice(double[] v, int[] idx) {
        double[] r = new double[idx.length];
        for (int k = 0; k < idx.length; k++) r[k] = v[idx[k]];
        return r;
    }

    private static int[] toArray(List<Integer> l) { return l.stream().mapToInt(Integer::intValue).toArray(); }

    private static double millis(long t0) { return (System.nanoTime() - t0) / 1e6; }
}
