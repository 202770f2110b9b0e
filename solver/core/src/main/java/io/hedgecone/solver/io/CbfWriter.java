package io.hedgecone.solver.io;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.form.ModelData.Block;
import io.hedgecone.solver.linalg.CscMatrix;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ModelData} as CBF text (the scalar part of the Conic Benchmark Format).
 *
 * <p>What is written:
 * <ul>
 *   <li>{@code VER} 1, or 2 when there are exponential cones, or 3 when there are power cones ({@code POWCONES},
 *       one two-exponent entry per distinct &alpha;, chosen so that a&#8320;/(a&#8320;+a&#8321;) is &alpha; exactly);</li>
 *   <li>a trailing run of cone blocks named {@code var_cone_*} whose rows are exactly the identity on consecutive
 *       free variables with zero constant — what {@link CbfReader} makes of non-linear {@code VAR} cones — goes back into
 *       the {@code VAR} section; every other block is one {@code CON} cone (LINEAR blocks: one cone per run of rows of
 *       the same kind) in model order, so rows keep their indices and a file read by {@link CbfReader} is written back
 *       to a file that reads to a {@link ModelData#sameAs same} model;</li>
 *   <li>variable bounds (−∞,∞), [0,∞), (−∞,0], [0,0] are {@code VAR} cones F, L+, L-, L=; any other bound (CBF has no
 *       general bounds) keeps the closest of these cones and adds one {@code CON} row per remaining finite bound
 *       (x − l ∈ L+, x − u ∈ L-, or x − l ∈ L= when l = u) after the model's rows;</li>
 *   <li>a linear row with lo &lt; hi both finite (a range) becomes two rows, r − lo ∈ L+ followed by r − hi ∈ L-
 *       (for a run of k ranged rows: k L+ rows then k L- rows);</li>
 *   <li>integer variables in {@code INT}; names are not written (CBF has none).</li>
 * </ul>
 * A quadratic objective is refused: CBF has none, and rewriting it through a rotated cone is a modelling decision
 * left to the caller. Numbers are written so that they read back to the same doubles.
 */
public final class CbfWriter {
    private CbfWriter() { }

    /** Writes to a file (gzipped when the name ends in {@code .gz}); the model is checked before the file is created. */
    public static void write(ModelData model, Path path) throws IOException {
        Plan plan = new Plan(model);
        ModelFiles.writeAtomically(path, plan::emit);
    }

    /** Writes CBF text to a writer, which is flushed but not closed. */
    public static void write(ModelData model, Writer out) throws IOException {
        new Plan(model).emit(out);
    }

    private static final double INF = Double.POSITIVE_INFINITY;

    /** Everything decided before the first byte is written, so refusals never produce partial output. */
    private static final class Plan {
        private final ModelData md;
        private final CscMatrix rowsOfA;   // Aᵀ: column i holds row i of A
        private final List<String> varCones = new ArrayList<>();
        private final List<String> conCones = new ArrayList<>();
        private int[] conSrc;        // model row of each CON row, or -(j+1) for a bound row of variable j
        private double[] conB;       // its constant b
        private int conRows;
        private final Map<Double, double[]> powers = new LinkedHashMap<>();
        private final Map<Double, Integer> powerIndex = new LinkedHashMap<>();
        private int version = 1;

        Plan(ModelData md) {
            this.md = md;
            if (md.hasQuadraticObjective())
                throw new IllegalArgumentException("CBF cannot represent the quadratic objective of model '" + md.name() + "' (Q has "
                        + md.qUpper().nnz() + " stored entries); rewrite it with a rotated quadratic cone first");
            rowsOfA = md.a().transpose();
            int n = md.numVars();
            List<Block> blocks = md.blocks();

            // Trailing identity cone blocks go back to VAR; ranges must be increasing, so scan from the end.
            int firstVarBlock = blocks.size();
            int[] varStart = new int[blocks.size()];
            int limit = n;
            for (int k = blocks.size() - 1; k >= 0; k--) {
                Block bl = blocks.get(k);
                int j0 = identityStart(bl);
                if (j0 < 0 || j0 + bl.size() > limit) break;
                varStart[k] = j0;
                limit = j0;
                firstVarBlock = k;
            }
            int[] coneAt = new int[n];
            Arrays.fill(coneAt, -1);
            for (int k = firstVarBlock; k < blocks.size(); k++) coneAt[varStart[k]] = k;

            // VAR section: runs of the same bound cone, interrupted by the variable cones.
            List<Integer> boundVars = new ArrayList<>();
            String run = null;
            int runLen = 0;
            for (int j = 0; j < n; ) {
                if (coneAt[j] >= 0) {
                    if (run != null) varCones.add(run + " " + runLen);
                    run = null;
                    Block bl = blocks.get(coneAt[j]);
                    varCones.add(coneName(bl) + " " + bl.size());
                    j += bl.size();
                    continue;
                }
                double lo = md.lb()[j], hi = md.ub()[j];
                String cls = lo == 0 ? (hi == 0 ? "L=" : "L+") : (hi == 0 ? "L-" : "F");
                boolean needsRows = switch (cls) {
                    case "L+" -> hi != INF;
                    case "L-" -> lo != -INF;
                    case "F" -> lo != -INF || hi != INF;
                    default -> false;
                };
                if (needsRows) boundVars.add(j);
                if (cls.equals(run)) runLen++;
                else {
                    if (run != null) varCones.add(run + " " + runLen);
                    run = cls;
                    runLen = 1;
                }
                j++;
            }
            if (run != null) varCones.add(run + " " + runLen);

            // CON section: the model's rows in order (ranges doubled), then the bound rows.
            int cap = 2 * md.numRows() + 2 * boundVars.size();
            conSrc = new int[cap];
            conB = new double[cap];
            double[] g = md.g();
            for (int k = 0; k < firstVarBlock; k++) {
                Block bl = blocks.get(k);
                if (bl.kind() != BlockKind.LINEAR) {
                    conCones.add(coneName(bl) + " " + bl.size());
                    for (int i = bl.start(); i < bl.end(); i++) add(i, g[i]);
                    continue;
                }
                double[] lo = bl.lo(), hi = bl.hi();
                int s = 0;
                while (s < bl.size()) {
                    char cls = rowClass(lo[s], hi[s]);
                    int e = s + 1;
                    while (e < bl.size() && rowClass(lo[e], hi[e]) == cls) e++;
                    int len = e - s;
                    switch (cls) {
                        case 'E' -> { conCones.add("L= " + len); for (int q = s; q < e; q++) add(bl.start() + q, g[bl.start() + q] - lo[q]); }
                        case 'G' -> { conCones.add("L+ " + len); for (int q = s; q < e; q++) add(bl.start() + q, g[bl.start() + q] - lo[q]); }
                        case 'L' -> { conCones.add("L- " + len); for (int q = s; q < e; q++) add(bl.start() + q, g[bl.start() + q] - hi[q]); }
                        case 'F' -> { conCones.add("F " + len); for (int q = s; q < e; q++) add(bl.start() + q, g[bl.start() + q]); }
                        default -> {
                            conCones.add("L+ " + len);
                            for (int q = s; q < e; q++) add(bl.start() + q, g[bl.start() + q] - lo[q]);
                            conCones.add("L- " + len);
                            for (int q = s; q < e; q++) add(bl.start() + q, g[bl.start() + q] - hi[q]);
                        }
                    }
                    s = e;
                }
            }
            for (int j : boundVars) {
                double lo = md.lb()[j], hi = md.ub()[j];
                if (lo == hi) boundRow(j, "L=", -lo);
                else {
                    // a zero bound is already the variable's L+ or L- cone
                    if (lo != 0 && lo != -INF) boundRow(j, "L+", -lo);
                    if (hi != 0 && hi != INF) boundRow(j, "L-", -hi);
                }
            }
            if (boundRun != null) conCones.add(boundRun + " " + boundLen);
        }

        private String boundRun;
        private int boundLen;

        private void boundRow(int j, String kind, double b) {
            conSrc[conRows] = -(j + 1);
            conB[conRows++] = b;
            if (kind.equals(boundRun)) boundLen++;
            else {
                if (boundRun != null) conCones.add(boundRun + " " + boundLen);
                boundRun = kind;
                boundLen = 1;
            }
        }

        private int identityStart(Block bl) {
            if (bl.kind() == BlockKind.LINEAR || !bl.name().startsWith("var_cone_")) return -1;
            int[] p = rowsOfA.colPtr(), r = rowsOfA.rowIdx();
            double[] v = rowsOfA.values();
            int j0 = -1;
            for (int d = 0; d < bl.size(); d++) {
                int i = bl.start() + d;
                if (p[i + 1] - p[i] != 1 || v[p[i]] != 1.0 || md.g()[i] != 0.0) return -1;
                int j = r[p[i]];
                if (d == 0) j0 = j;
                else if (j != j0 + d) return -1;
                if (md.lb()[j] != -INF || md.ub()[j] != INF) return -1;
            }
            return j0;
        }

        private static char rowClass(double lo, double hi) {
            if (lo == hi) return 'E';
            if (hi == INF) return lo == -INF ? 'F' : 'G';
            return lo == -INF ? 'L' : 'R';
        }

        private void add(int modelRow, double b) {
            conSrc[conRows] = modelRow;
            conB[conRows++] = b;
        }

        private String coneName(Block bl) {
            return switch (bl.kind()) {
                case QCONE -> "Q";
                case RQCONE -> "QR";
                case PEXP -> { version = Math.max(version, 2); yield "EXP"; }
                case PPOW -> {
                    version = 3;
                    if (!powers.containsKey(bl.alpha())) {
                        powerIndex.put(bl.alpha(), powers.size());
                        powers.put(bl.alpha(), exponents(bl.alpha()));
                    }
                    yield "@" + powerIndex.get(bl.alpha()) + ":POW";
                }
                case LINEAR -> throw new IllegalStateException("linear block as a cone");
            };
        }

        /** Two exponents (α, β) with α/(α+β) == α exactly in floating point, so the reader recovers α bit for bit. */
        private static double[] exponents(double alpha) {
            double beta = 1.0 - alpha;
            double up = beta, down = beta;
            for (int t = 0; t < 16; t++) {
                if (alpha / (alpha + up) == alpha) return new double[] {alpha, up};
                if (alpha / (alpha + down) == alpha) return new double[] {alpha, down};
                up = Math.nextUp(up);
                down = Math.nextDown(down);
            }
            throw new IllegalArgumentException("power-cone exponent " + alpha + " cannot be written exactly as a CBF exponent pair");
        }

        void emit(Writer out) throws IOException {
            int n = md.numVars();
            out.write("# " + String.valueOf(md.name()).replaceAll("\\p{Cntrl}", " ") + ", written by hedgecone CbfWriter\n");
            out.write("VER\n" + version + "\n\n");
            out.write("OBJSENSE\n" + (md.maximize() ? "MAX" : "MIN") + "\n\n");
            if (!powers.isEmpty()) {
                out.write("POWCONES\n" + powers.size() + " " + 2 * powers.size() + "\n");
                for (double[] a : powers.values()) out.write("2\n" + Text.format(a[0]) + "\n" + Text.format(a[1]) + "\n");
                out.write("\n");
            }
            if (n > 0) {
                out.write("VAR\n" + n + " " + varCones.size() + "\n");
                for (String s : varCones) out.write(s + "\n");
                out.write("\n");
            }
            int nInt = 0;
            for (boolean b : md.integer()) if (b) nInt++;
            if (nInt > 0) {
                out.write("INT\n" + nInt + "\n");
                for (int j = 0; j < n; j++) if (md.integer()[j]) out.write(j + "\n");
                out.write("\n");
            }
            if (conRows > 0) {
                out.write("CON\n" + conRows + " " + conCones.size() + "\n");
                for (String s : conCones) out.write(s + "\n");
                out.write("\n");
            }
            int nc = 0;
            for (double v : md.c()) if (v != 0) nc++;
            if (nc > 0) {
                out.write("OBJACOORD\n" + nc + "\n");
                for (int j = 0; j < n; j++) if (md.c()[j] != 0) out.write(j + " " + Text.format(md.c()[j]) + "\n");
                out.write("\n");
            }
            if (md.c0() != 0) out.write("OBJBCOORD\n" + Text.format(md.c0()) + "\n\n");
            int[] p = rowsOfA.colPtr(), col = rowsOfA.rowIdx();
            double[] v = rowsOfA.values();
            long na = 0;
            for (int r = 0; r < conRows; r++) na += conSrc[r] >= 0 ? p[conSrc[r] + 1] - p[conSrc[r]] : 1;
            if (na > 0) {
                out.write("ACOORD\n" + na + "\n");
                StringBuilder sb = new StringBuilder(64);
                for (int r = 0; r < conRows; r++) {
                    int s = conSrc[r];
                    if (s < 0) {
                        out.write(r + " " + (-s - 1) + " 1\n");
                        continue;
                    }
                    for (int k = p[s]; k < p[s + 1]; k++) {
                        sb.setLength(0);
                        sb.append(r).append(' ').append(col[k]).append(' ').append(Text.format(v[k])).append('\n');
                        out.append(sb);
                    }
                }
                out.write("\n");
            }
            int nb = 0;
            for (int r = 0; r < conRows; r++) if (conB[r] != 0) nb++;
            if (nb > 0) {
                out.write("BCOORD\n" + nb + "\n");
                for (int r = 0; r < conRows; r++) if (conB[r] != 0) out.write(r + " " + Text.format(conB[r]) + "\n");
            }
            out.flush();
        }
    }
}
