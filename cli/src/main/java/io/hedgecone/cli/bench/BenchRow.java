package io.hedgecone.cli.bench;

/**
 * One (instance, backend) result of {@code bench-solvers}. Residuals and gap are the verifier's relative numbers;
 * {@code solved} means status optimal, verified to the bench tolerance and matching the reference where one exists.
 */
public record BenchRow(String set, String instance, String backend, String status, double objective, double reference, double relError,
                       long iterations, double solveMs, double primalResidual, double dualResidual, double gap, boolean solved,
                       String note) {

    static final String HEADER = "set,instance,backend,status,objective,reference,rel_error,iterations,solve_ms,primal_residual,dual_residual,gap,solved,note";

    String toCsv() {
        return String.join(",", set, instance, backend, status, num(objective), num(reference), num(relError), Long.toString(iterations),
                String.format("%.3f", solveMs), num(primalResidual), num(dualResidual), num(gap), Boolean.toString(solved), quote(note));
    }

    private static String num(double v) { return Double.isFinite(v) ? String.format("%.12g", v) : ""; }

    private static String quote(String s) { return s.isEmpty() ? "" : "\"" + s.replace("\"", "\"\"") + "\""; }
}
