package io.hedgecone.solver.api;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.BlockRowNames;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.linalg.CscMatrix;
import io.hedgecone.solver.spi.BackendResult;
import io.hedgecone.solver.spi.SolveOptions;
import io.hedgecone.solver.spi.SolverBackend;
import io.hedgecone.solver.spi.SolverRegistry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An optimization model shaped like MOSEK Fusion's {@code Model}: variables with domains, constraints
 * {@code expr ∈ domain} and one objective, solved by the default backend ({@link #solve()}) or a chosen one.
 * <pre>{@code
 * try (Model m = new Model("lp")) {
 *     Variable x = m.variable("x", 2, Domain.greaterThan(0));
 *     m.constraint("c", Expr.dot(new double[]{1, 1}, x), Domain.lessThan(4));
 *     m.objective(ObjectiveSense.MAXIMIZE, Expr.dot(new double[]{1, 2}, x));
 *     Solution s = m.solve();
 * }
 * }</pre>
 * Not thread-safe. After {@link #close()} every method throws.
 */
public final class Model implements AutoCloseable {
    private final String name;
    private final Set<String> names = new HashSet<>();
    // scalar variables
    private final List<String> varNames = new ArrayList<>();
    private double[] lb = new double[0], ub = new double[0];
    private boolean[] integer = new boolean[0];
    // rows: constraint blocks, and cone blocks created for cone-domain variables
    private final List<Expr> rowExprs = new ArrayList<>();
    private final List<ModelData.Block> blocks = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private int[] scalarConeRow = new int[0]; // per scalar variable: its row in a cone-domain block, or -1
    private int numRows;
    // objective
    private ObjectiveSense sense = ObjectiveSense.MINIMIZE;
    private QuadExpr objective;
    private boolean closed;
    private Solution solution;

    public Model(String name) { this.name = name == null ? "model" : name; }

    public Model() { this("model"); }

    public String name() { return name; }

    // ---------------------------------------------------------------- variables

    /** A new variable of {@code size} elements in {@code domain}. */
    public Variable variable(String vname, int size, Domain domain) {
        checkOpen();
        if (size < 1) throw new IllegalArgumentException("variable '" + vname + "' must have size >= 1, got " + size);
        vname = uniqueName(vname, "x");
        int first = varNames.size();
        int[] idx = new int[size];
        for (int i = 0; i < size; i++) {
            idx[i] = first + i;
            varNames.add(size == 1 ? vname : vname + "[" + i + "]");
        }
        lb = Arrays.copyOf(lb, first + size);
        ub = Arrays.copyOf(ub, first + size);
        integer = Arrays.copyOf(integer, first + size);
        scalarConeRow = Arrays.copyOf(scalarConeRow, first + size);
        Arrays.fill(scalarConeRow, first, first + size, -1);
        Variable v = new Variable(this, vname, idx);
        if (domain.kind() == Domain.Kind.LINEAR) {
            double[] l = domain.lowerBounds(size, "variable '" + vname + "'");
            double[] u = domain.upperBounds(size, "variable '" + vname + "'");
            System.arraycopy(l, 0, lb, first, size);
            System.arraycopy(u, 0, ub, first, size);
            Arrays.fill(integer, first, first + size, domain.isIntegral());
        } else {
            Arrays.fill(lb, first, first + size, Double.NEGATIVE_INFINITY);
            Arrays.fill(ub, first, first + size, Double.POSITIVE_INFINITY);
            for (int i = 0; i < size; i++) scalarConeRow[first + i] = numRows + i;
            addBlock(vname, v.toExpr(), domain);
        }
        return v;
    }

    /** A new scalar variable. */
    public Variable variable(String vname, Domain domain) { return variable(vname, 1, domain); }

    /** A new unbounded variable. */
    public Variable variable(String vname, int size) { return variable(vname, size, Domain.unbounded()); }

    /** A new anonymous variable. */
    public Variable variable(int size, Domain domain) { return variable(null, size, domain); }

    // ---------------------------------------------------------------- constraints

    /** Adds {@code expr ∈ domain}. */
    public Constraint constraint(String cname, Expression expr, Domain domain) {
        checkOpen();
        Expr e = owned(expr, "constraint '" + cname + "'");
        if (domain.isIntegral()) throw new IllegalArgumentException("constraint '" + cname + "': integrality applies to variables only");
        cname = uniqueName(cname, "c");
        Constraint c = new Constraint(this, cname, numRows, e.size(), domain);
        addBlock(cname, e, domain);
        constraints.add(c);
        return c;
    }

    /** Adds an anonymous constraint. */
    public Constraint constraint(Expression expr, Domain domain) { return constraint(null, expr, domain); }

    private void addBlock(String bname, Expr e, Domain d) {
        if (e.size() < d.minSize())
            throw new IllegalArgumentException("'" + bname + "': a " + d + " needs at least " + d.minSize() + " elements, the expression has " + e.size());
        if (d.kind() == Domain.Kind.PEXP && e.size() != 3)
            throw new IllegalArgumentException("'" + bname + "': the exponential cone has exactly 3 elements, the expression has " + e.size());
        int start = numRows;
        ModelData.Block b = switch (d.kind()) {
            case LINEAR -> ModelData.Block.linear(bname, start, d.lowerBounds(e.size(), "'" + bname + "'"), d.upperBounds(e.size(), "'" + bname + "'"));
            case QCONE -> ModelData.Block.cone(bname, start, e.size(), BlockKind.QCONE);
            case RQCONE -> ModelData.Block.cone(bname, start, e.size(), BlockKind.RQCONE);
            case PEXP -> ModelData.Block.cone(bname, start, e.size(), BlockKind.PEXP);
            case PPOW -> ModelData.Block.power(bname, start, e.size(), d.alpha());
        };
        blocks.add(b);
        rowExprs.add(e);
        numRows += e.size();
    }

    // ---------------------------------------------------------------- objective

    /** Sets a linear objective (a size-1 expression). */
    public void objective(ObjectiveSense s, Expression expr) {
        checkOpen();
        Expr e = owned(expr, "objective");
        if (e.size() != 1) throw new IllegalArgumentException("the objective must have size 1, got " + e.size());
        this.sense = s;
        this.objective = QuadExpr.of(e);
    }

    /** Sets a quadratic objective; it must be convex (minimize) or concave (maximize), checked at solve time. */
    public void objective(ObjectiveSense s, QuadExpr q) {
        checkOpen();
        owned(q.linear(), "objective");
        for (int k = 0; k < q.qi().length; k++)
            if (q.qi()[k] >= varNames.size() || q.qj()[k] >= varNames.size())
                throw new IllegalArgumentException("objective: quadratic term refers to a variable of another model");
        this.sense = s;
        this.objective = q;
    }

    /** Sets a constant objective: a feasibility problem. */
    public void objective(ObjectiveSense s, double constant) { objective(s, Expr.constTerm(constant)); }

    // ---------------------------------------------------------------- solving

    /** Solves with the default backend. */
    public Solution solve() { return solve(SolverRegistry.defaultBackend(), SolveOptions.defaults()); }

    /** Solves with the named backend. */
    public Solution solve(String backend) { return solve(SolverRegistry.get(backend), SolveOptions.defaults()); }

    /** Solves with a given backend. */
    public Solution solve(SolverBackend backend) { return solve(backend, SolveOptions.defaults()); }

    /**
     * Solves with a given backend and options. A model needing a capability the backend lacks is refused with
     * an {@link io.hedgecone.solver.spi.UnsupportedModelException} naming the capability.
     */
    public Solution solve(SolverBackend backend, SolveOptions options) {
        checkOpen();
        ModelData data = toData();
        BackendResult r = Solver.solve(data, backend, options);
        solution = new Solution(data, r, this);
        return solution;
    }

    /** The last solution. */
    public Solution solution() { return requireSolution(); }

    Solution requireSolution() {
        checkOpen();
        if (solution == null) throw new IllegalStateException("model '" + name + "' has not been solved yet");
        return solution;
    }

    /** Flattens the model into arrays (what backends and file writers consume). */
    public ModelData toData() {
        checkOpen();
        int n = varNames.size();
        double[] c = new double[n];
        double c0 = 0;
        CscMatrix q = CscMatrix.zeros(n, n);
        if (objective != null) {
            Expr lin = objective.linear();
            for (int k = lin.ptr()[0]; k < lin.ptr()[1]; k++) c[lin.vars()[k]] += lin.vals()[k];
            c0 = lin.constants()[0];
            q = symmetricUpper(n, objective.qi(), objective.qj(), objective.qv());
        }
        int entries = 0;
        for (Expr e : rowExprs) entries += e.ptr()[e.size()];
        CscMatrix.TripletBuilder a = new CscMatrix.TripletBuilder(numRows, n, entries);
        double[] g = new double[numRows];
        int row = 0;
        for (Expr e : rowExprs) {
            int[] ptr = e.ptr(), vars = e.vars();
            double[] vals = e.vals(), cst = e.constants();
            for (int i = 0; i < e.size(); i++, row++) {
                g[row] = cst[i];
                for (int k = ptr[i]; k < ptr[i + 1]; k++) a.add(row, vars[k], vals[k]);
            }
        }
        List<ModelData.Block> snapshot = List.copyOf(blocks);
        return new ModelData(name, sense == ObjectiveSense.MAXIMIZE, varNames, lb.clone(), ub.clone(), integer.clone(),
                c, c0, q, a.build(), g, snapshot, BlockRowNames.of(snapshot));
    }

    /** Upper triangle of (Q + Qᵀ) where xᵀQx = Σ v·x_i·x_j, so that ½xᵀ(Q+Qᵀ)x equals the given form. */
    private static CscMatrix symmetricUpper(int n, int[] qi, int[] qj, double[] qv) {
        CscMatrix.TripletBuilder t = new CscMatrix.TripletBuilder(n, n);
        for (int k = 0; k < qv.length; k++) {
            int i = Math.min(qi[k], qj[k]), j = Math.max(qi[k], qj[k]);
            t.add(i, j, i == j ? 2 * qv[k] : qv[k]);
        }
        return t.build();
    }

    /** The row holding scalar variable {@code index} in its cone-domain block, or -1 when its domain is linear. */
    int coneRowOf(int index) { return scalarConeRow[index]; }

    @Override public void close() {
        closed = true;
        solution = null;
    }

    private void checkOpen() {
        if (closed) throw new IllegalStateException("model '" + name + "' is closed");
    }

    private Expr owned(Expression expr, String what) {
        Expr e = expr.toExpr();
        if (e.owner() != null && e.owner() != this)
            throw new IllegalArgumentException(what + ": the expression belongs to model '" + e.owner().name() + "', not '" + name + "'");
        return e;
    }

    private String uniqueName(String n, String prefix) {
        String base = n == null ? prefix + names.size() : n;
        if (!names.add(base)) {
            if (n != null) throw new IllegalArgumentException("model '" + name + "' already has an element named '" + n + "'");
            int k = names.size();
            while (!names.add(prefix + k)) k++;
            base = prefix + k;
        }
        return base;
    }

    @Override public String toString() { return "Model[" + name + ", " + varNames.size() + " scalar variables, " + numRows + " rows]"; }
}
