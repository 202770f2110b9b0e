package io.hedgecone.solver.api;

/**
 * A model variable or a view of some of its elements ({@link #index}, {@link #slice}). Elements are the model's
 * scalar variables with global indices {@link #indices()}.
 */
public final class Variable implements Expression {
    private final Model model;
    private final String name;
    private final int[] indices;

    Variable(Model model, String name, int[] indices) {
        this.model = model;
        this.name = name;
        this.indices = indices;
    }

    public String name() { return name; }
    public Model model() { return model; }
    @Override public int size() { return indices.length; }

    /** Global scalar indices of the elements (a copy). */
    public int[] indices() { return indices.clone(); }

    int globalIndex(int i) { return indices[i]; }

    /** Element i as a size-1 variable view. */
    public Variable index(int i) {
        if (i < 0 || i >= indices.length) throw new IndexOutOfBoundsException("index " + i + " of variable '" + name + "' of size " + indices.length);
        return new Variable(model, name + "[" + i + "]", new int[]{indices[i]});
    }

    /** Elements [from, to) as a view. */
    public Variable slice(int from, int to) {
        if (from < 0 || to > indices.length || from > to)
            throw new IndexOutOfBoundsException("slice [" + from + "," + to + ") of variable '" + name + "' of size " + indices.length);
        int[] idx = new int[to - from];
        System.arraycopy(indices, from, idx, 0, idx.length);
        return new Variable(model, name + "[" + from + ":" + to + "]", idx);
    }

    @Override public Expr toExpr() {
        int n = indices.length;
        int[] ptr = new int[n + 1];
        double[] val = new double[n];
        for (int i = 0; i < n; i++) { ptr[i + 1] = i + 1; val[i] = 1.0; }
        return new Expr(model, ptr, indices.clone(), val, new double[n]);
    }

    /** Primal values from the model's last solution. */
    public double[] level() { return model.requireSolution().level(this); }

    /** Duals of this variable's domain (bound multipliers, or cone duals) from the model's last solution. */
    public double[] dual() { return model.requireSolution().dual(this); }

    @Override public String toString() { return "Variable[" + name + ", size=" + indices.length + "]"; }
}
