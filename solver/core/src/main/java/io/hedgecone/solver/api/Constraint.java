package io.hedgecone.solver.api;

/** A constraint {@code expr ∈ domain} of a model; its rows are {@code [firstRow, firstRow + size)} of the model's rows. */
public final class Constraint {
    private final Model model;
    private final String name;
    private final int firstRow;
    private final int size;
    private final Domain domain;

    Constraint(Model model, String name, int firstRow, int size, Domain domain) {
        this.model = model;
        this.name = name;
        this.firstRow = firstRow;
        this.size = size;
        this.domain = domain;
    }

    public String name() { return name; }
    public int size() { return size; }
    public Domain domain() { return domain; }
    int firstRow() { return firstRow; }

    /** Values of the constrained expression at the model's last solution. */
    public double[] level() { return model.requireSolution().level(this); }

    /** Dual values (Lagrange multipliers, see {@link io.hedgecone.solver.form.ModelData}) from the last solution. */
    public double[] dual() { return model.requireSolution().dual(this); }

    @Override public String toString() { return "Constraint[" + name + ", size=" + size + ", " + domain + "]"; }
}
