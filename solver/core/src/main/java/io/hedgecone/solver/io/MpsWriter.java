package io.hedgecone.solver.io;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.form.ModelData.Block;
import io.hedgecone.solver.linalg.CscMatrix;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link ModelData} with linear rows only as free MPS, with a {@code QUADOBJ} section (QPS) when the
 * objective is quadratic.
 *
 * <p>What is written: {@code OBJSENSE MAX} for maximization; an objective N row named {@code OBJ} (or {@code OBJ_k} if
 * a row has that name) with the objective constant as its RHS (−c0, following the MPS convention); one row per model
 * row: E when lo = hi, L when only hi is finite, G when only lo is finite, G plus a RANGES entry when both are finite
 * (chosen so that reading it back gives lo and hi bit for bit), and N for a free row (which readers drop: it
 * constrains nothing); integer columns between {@code 'INTORG'}/{@code 'INTEND'} markers; bounds other than the
 * default [0, ∞) as FR, MI, LO, UP, FX (a lower bound 0 is written explicitly before a negative upper bound, which
 * readers would otherwise take as "lower bound −∞"); {@code QUADOBJ} with the upper triangle of Q. Rows with a nonzero
 * constant g are written with the bounds shifted by −g. Every column appears in COLUMNS, with an explicit zero
 * objective entry when it has no other, so that no variable is lost. Numbers read back to the same doubles.
 *
 * <p>Refused with an {@link IllegalArgumentException}: cone blocks (MPS is LP/QP only; write CBF instead), names that
 * are empty, contain blanks or are repeated (free MPS could not be read back).
 */
public final class MpsWriter {
    private MpsWriter() { }

    /** Writes to a file (gzipped when the name ends in {@code .gz}); the model is checked before the file is created. */
    public static void write(ModelData model, Path path) throws IOException {
        String obj = check(model);
        ModelFiles.writeAtomically(path, out -> emit(model, obj, out));
    }

    /** Writes free MPS text to a writer, which is flushed but not closed. */
    public static void write(ModelData model, Writer out) throws IOException {
        emit(model, check(model), out);
    }

    /** Validates the model and returns the name of the objective row. */
    private static String check(ModelData md) {
        for (Block b : md.blocks())
            if (b.kind() != BlockKind.LINEAR)
                throw new IllegalArgumentException("MPS is LP/QP only: block '" + b.name() + "' of model '" + md.name() + "' is a "
                        + b.kind().label() + "; write the model as CBF instead");
        Set<String> rows = names(md.rowNames(), "row", md);
        names(md.varNames(), "variable", md);
        String obj = "OBJ";
        for (int k = 0; rows.contains(obj); k++) obj = "OBJ_" + k;
        return obj;
    }

    private static Set<String> names(List<String> names, String what, ModelData md) {
        Set<String> seen = new HashSet<>();
        for (String s : names) {
            if (s == null || s.isEmpty()) throw new IllegalArgumentException("MPS needs a name for every " + what + " of model '" + md.name() + "'");
            for (int i = 0; i < s.length(); i++)
                if (Text.isBlank(s.charAt(i)))
                    throw new IllegalArgumentException(what + " name '" + s + "' contains a blank, which free MPS cannot hold");
            if (s.equals("'MARKER'")) throw new IllegalArgumentException(what + " name 'MARKER' in quotes would read as an integer marker");
            if (!seen.add(s)) throw new IllegalArgumentException(what + " name '" + s + "' is used twice; MPS names must be unique");
        }
        return seen;
    }

    private static final double INF = Double.POSITIVE_INFINITY;

    private static void emit(ModelData md, String obj, Writer out) throws IOException {
        int m = md.numRows(), n = md.numVars();
        char[] type = new char[m];
        double[] rhs = new double[m];
        double[] range = new double[m];
        boolean[] ranged = new boolean[m];
        for (Block b : md.blocks()) {
            for (int q = 0; q < b.size(); q++) {
                int i = b.start() + q;
                double g = md.g()[i];
                double lo = b.lo()[q] - g, hi = b.hi()[q] - g;
                if (lo == hi) { type[i] = 'E'; rhs[i] = lo; }
                else if (lo == -INF && hi == INF) type[i] = 'N';
                else if (lo == -INF) { type[i] = 'L'; rhs[i] = hi; }
                else if (hi == INF) { type[i] = 'G'; rhs[i] = lo; }
                else {
                    ranged[i] = true;
                    double[] r = exactRange(lo, hi);
                    type[i] = r[0] == 0 ? 'G' : 'L';
                    rhs[i] = r[0] == 0 ? lo : hi;
                    range[i] = r[1];
                }
            }
        }
        List<String> rn = md.rowNames(), vn = md.varNames();
        out.write("* " + String.valueOf(md.name()).replaceAll("\\p{Cntrl}", " ") + ", written by hedgecone MpsWriter (free MPS)\n");
        String name = String.valueOf(md.name()).strip().replaceAll("\\s+", "_");
        out.write("NAME " + (name.isEmpty() ? "model" : name) + "\n");
        if (md.maximize()) out.write("OBJSENSE\n    MAX\n");
        out.write("ROWS\n N " + obj + "\n");
        for (int i = 0; i < m; i++) out.write(" " + type[i] + " " + rn.get(i) + "\n");
        out.write("COLUMNS\n");
        CscMatrix a = md.a();
        int[] p = a.colPtr(), ri = a.rowIdx();
        double[] v = a.values();
        boolean inInt = false;
        StringBuilder sb = new StringBuilder(80);
        for (int j = 0; j < n; j++) {
            if (md.integer()[j] != inInt) {
                inInt = !inInt;
                out.write("    MARKER 'MARKER' " + (inInt ? "'INTORG'" : "'INTEND'") + "\n");
            }
            String col = vn.get(j);
            if (md.c()[j] != 0 || p[j] == p[j + 1]) out.write("    " + col + " " + obj + " " + Text.format(md.c()[j]) + "\n");
            for (int k = p[j]; k < p[j + 1]; k++) {
                sb.setLength(0);
                sb.append("    ").append(col).append(' ').append(rn.get(ri[k])).append(' ').append(Text.format(v[k])).append('\n');
                out.append(sb);
            }
        }
        if (inInt) out.write("    MARKER 'MARKER' 'INTEND'\n");
        out.write("RHS\n");
        if (md.c0() != 0) out.write("    RHS " + obj + " " + Text.format(-md.c0()) + "\n");
        for (int i = 0; i < m; i++) if (type[i] != 'N' && rhs[i] != 0) out.write("    RHS " + rn.get(i) + " " + Text.format(rhs[i]) + "\n");
        boolean anyRange = false;
        for (boolean r : ranged) anyRange |= r;
        if (anyRange) {
            out.write("RANGES\n");
            for (int i = 0; i < m; i++) if (ranged[i]) out.write("    RNG " + rn.get(i) + " " + Text.format(range[i]) + "\n");
        }
        StringBuilder bounds = new StringBuilder();
        for (int j = 0; j < n; j++) {
            double lo = md.lb()[j], hi = md.ub()[j];
            String col = vn.get(j);
            if (lo == 0 && hi == INF) continue;
            if (lo == hi) { bound(bounds, "FX", col, lo); continue; }
            if (lo == -INF && hi == INF) { bound(bounds, "FR", col, Double.NaN); continue; }
            if (lo == -INF) bound(bounds, "MI", col, Double.NaN);
            else if (lo != 0 || hi < 0) bound(bounds, "LO", col, lo);
            if (hi != INF) bound(bounds, "UP", col, hi);
        }
        if (bounds.length() > 0) out.write("BOUNDS\n" + bounds);
        CscMatrix q = md.qUpper();
        if (q.nnz() > 0) {
            out.write("QUADOBJ\n");
            int[] qp = q.colPtr(), qr = q.rowIdx();
            double[] qv = q.values();
            for (int j = 0; j < n; j++)
                for (int k = qp[j]; k < qp[j + 1]; k++)
                    out.write("    " + vn.get(qr[k]) + " " + vn.get(j) + " " + Text.format(qv[k]) + "\n");
        }
        out.write("ENDATA\n");
        out.flush();
    }

    private static void bound(StringBuilder sb, String type, String col, double v) {
        sb.append(' ').append(type).append(" BND ").append(col);
        if (!Double.isNaN(v)) sb.append(' ').append(Text.format(v));
        sb.append('\n');
    }

    /**
     * A G row (rhs lo) or L row (rhs hi) with range R such that the reader's lo + |R| or hi − |R| gives the other bound
     * exactly: {0, R} for G, {1, R} for L. Neighbouring doubles of hi − lo are tried because that difference is rounded.
     * When no candidate is exact (bounds many orders of magnitude apart), the G form with R = hi − lo is used.
     */
    private static double[] exactRange(double lo, double hi) {
        double r = hi - lo;
        double up = r, down = r;
        for (int t = 0; t < 8; t++) {
            for (double c : new double[] {up, down}) {
                if (c > 0 && lo + c == hi) return new double[] {0, c};
                if (c > 0 && hi - c == lo) return new double[] {1, c};
            }
            up = Math.nextUp(up);
            down = Math.nextDown(down);
        }
        return new double[] {0, r};
    }
}
