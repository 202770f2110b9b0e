package io.hedgecone.solver.io;

import io.hedgecone.solver.form.BlockKind;
import io.hedgecone.solver.form.ModelData;
import io.hedgecone.solver.form.ModelData.Block;
import io.hedgecone.solver.linalg.CscMatrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Conic Benchmark Format (CBF, CBLIB), versions 1 to 3, scalar part, into a {@link ModelData}.
 *
 * <p>Supported: {@code VER}, {@code OBJSENSE} (MIN/MAX), {@code POWCONES}, {@code POW*CONES}, {@code VAR},
 * {@code INT}, {@code CON}, {@code OBJACOORD}, {@code OBJBCOORD}, {@code ACOORD}, {@code BCOORD}; cones {@code F},
 * {@code L+}, {@code L-}, {@code L=}, {@code Q}, {@code QR}, {@code EXP}, {@code EXP*}, and {@code @k:POW} /
 * {@code @k:POW*} with exactly two exponents (a&#8320;, a&#8321;), which is the power cone
 * r&#8320;<sup>&alpha;</sup>r&#8321;<sup>1&minus;&alpha;</sup> &ge; &Vert;r&#8322;..&Vert; with
 * &alpha; = a&#8320;/(a&#8320;+a&#8321;) (or its dual). Dual cones are read as the primal cone of a linear map of
 * their rows (see {@code dualRows}). Refused with a message naming the section or cone and its line: semidefinite
 * sections ({@code PSDVAR}, {@code PSDCON}, {@code FCOORD}, {@code OBJFCOORD}, {@code HCOORD}, {@code DCOORD}), power
 * cones with other than two exponents and versions other than 1 to 3.
 *
 * <p>Mapping. Variables are named {@code x0..x(n-1)} after their CBF index. A {@code VAR} cone F / L+ / L- / L=
 * becomes the bounds (−∞,∞) / [0,∞) / (−∞,0] / [0,0]. Each {@code CON} cone k becomes one block {@code con_k} over the
 * same rows (row i of the file is row i of the model, named {@code ri}), with r = A x + b; linear cones become LINEAR
 * blocks with bounds as above, Q/QR/EXP/POW become QCONE/RQCONE/PEXP/PPOW (CBF and {@link BlockKind} use the same
 * coordinate order). Each non-linear {@code VAR} cone t becomes a block {@code var_cone_t} appended after the
 * {@code CON} rows, made of identity rows r = x over its variables, which are then left unbounded.
 *
 * <p>Every count is checked against the entries present, every index against its range, cone dimensions against
 * the declared totals; duplicate coordinates, NaN and non-numeric values are errors. All problems are reported as
 * {@link ModelFormatException} with file and line, before anything is returned.
 */
public final class CbfReader {
    private CbfReader() { }

    /** Reads a {@code .cbf} or gzipped {@code .cbf.gz} file. */
    public static ModelData read(Path path) throws IOException {
        try (LineSource src = LineSource.open(path)) {
            return new Parser(src).parse(ModelFiles.baseName(path.getFileName().toString()));
        }
    }

    /**
     * Reads CBF text (gzipped or not) from a stream, which is not closed.
     *
     * @param fileName the name used in error messages and, without extensions, as the model name
     */
    public static ModelData read(InputStream in, String fileName) throws IOException {
        return new Parser(LineSource.of(in, fileName)).parse(ModelFiles.baseName(fileName));
    }

    /** EXP_DUAL and POW_DUAL are read as their primal cones of a linear map of the rows (see {@code dualRows}). */
    private enum ConeType { F, LPLUS, LMINUS, LZERO, Q, QR, EXP, POW, EXP_DUAL, POW_DUAL }

    private record Cone(ConeType type, int dim, double alpha, int line) { }

    private static final Set<String> KEYWORDS = Set.of("VER", "OBJSENSE", "POWCONES", "POW*CONES", "PSDVAR", "VAR",
            "INT", "PSDCON", "CON", "OBJFCOORD", "OBJACOORD", "OBJBCOORD", "FCOORD", "ACOORD", "BCOORD", "HCOORD",
            "DCOORD", "CHANGE");

    private static final class Parser {
        private final LineSource src;
        private final String[] tok = new String[4];
        private final int[] ts = new int[4], te = new int[4];
        private String cur;
        private final Map<String, Integer> seen = new HashMap<>();
        private int version = -1;
        private Boolean maximize;
        private final List<double[]> powCones = new ArrayList<>(), powDualCones = new ArrayList<>();
        private int n = -1;
        private int m = -1;
        private List<Cone> varCones = List.of();
        private List<Cone> conCones = List.of();
        private boolean[] integer;
        private double[] c;
        private double c0;
        private int[] ai = new int[0], aj = new int[0], aLine = new int[0];
        private double[] av = new double[0];
        private int nA;
        private double[] b;
        private String lastSection;
        private int lastSectionLine;

        Parser(LineSource src) { this.src = src; }

        ModelData parse(String modelName) {
            String line;
            while ((line = src.next()) != null) {
                if (skip(line)) continue;
                int k = Text.split(line, tok);
                String kw = tok[0];
                if (k != 1 || !KEYWORDS.contains(kw)) {
                    if (!KEYWORDS.contains(kw) && Character.isLetter(kw.charAt(0)) && k == 1)
                        throw src.error("unknown section " + Text.quote(kw) + "; expected one of VER, OBJSENSE, POWCONES, VAR, INT, CON, "
                                + "OBJACOORD, OBJBCOORD, ACOORD, BCOORD");
                    throw src.error("expected a section keyword, found " + Text.quote(line.strip())
                            + (lastSection == null ? "" : " (more data than section " + lastSection + " at line " + lastSectionLine + " declares?)"));
                }
                if (version < 0 && !kw.equals("VER")) throw src.error("expected VER as the first section, found " + kw);
                Integer first = seen.putIfAbsent(kw, src.line());
                if (first != null) throw src.error("section " + kw + " appears twice (first at line " + first + ")");
                lastSection = kw;
                lastSectionLine = src.line();
                switch (kw) {
                    case "VER" -> readVersion();
                    case "OBJSENSE" -> readObjSense();
                    case "POWCONES" -> readPowCones("POWCONES", powCones);
                    case "POW*CONES" -> readPowCones("POW*CONES", powDualCones);
                    case "VAR" -> { varCones = readCones("VAR", "variables"); n = total(varCones); }
                    case "CON" -> { conCones = readCones("CON", "rows"); m = total(conCones); }
                    case "INT" -> readInt();
                    case "OBJACOORD" -> readObjA();
                    case "OBJBCOORD" -> readObjB();
                    case "ACOORD" -> readA();
                    case "BCOORD" -> readB();
                    case "CHANGE" -> throw src.error("section CHANGE (CBF version 4 problem sequences) is not supported");
                    default -> throw src.error("section " + kw + " (semidefinite data) is not supported: hedgecone reads the scalar part of CBF only");
                }
            }
            int end = src.line();
            if (version < 0) throw src.errorAt(end, "empty file: expected VER as the first section");
            if (maximize == null) throw src.errorAt(end, "unexpected end of file: the OBJSENSE section is missing");
            return build(modelName, end);
        }

        private static boolean skip(String line) {
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '#') return true;
                if (!Text.isBlank(ch)) return false;
            }
            return true;
        }

        /** The next data line of a section, split into {@code tok}; EOF and keywords get a message saying how many entries were found. */
        private int entry(String section, int headerLine, long declared, long found, String shape) {
            String line;
            do {
                line = src.next();
                if (line == null)
                    throw src.errorAt(src.line(), "unexpected end of file in " + section + " (line " + headerLine + "): "
                            + (declared >= 0 ? "declared " + declared + " entries, found " + found : "expected " + shape));
            } while (skip(line));
            cur = line;
            int k = Text.bounds(line, ts, te);
            if (k == 1 && KEYWORDS.contains(tok(0)))
                throw src.error(section + " at line " + headerLine + (declared >= 0 ? " declares " + declared + " entries but only " + found
                        + " precede section " + tok(0) : " is missing its " + shape + " before section " + tok(0)));
            return k;
        }

        /** Token q of the current entry line. */
        private String tok(int q) {
            return cur.substring(ts[q], te[q]);
        }

        private void fields(int k, int expected, String shape) {
            if (k != expected)
                throw src.error("expected " + expected + (expected == 1 ? " field (" : " fields (") + shape + "), found " + k);
        }

        private void requireSeen(String needed, String section) {
            if (!seen.containsKey(needed))
                throw src.error("section " + section + " must come after section " + needed + ", which declares its dimensions");
        }

        private void readVersion() {
            int h = src.line();
            fields(entry("VER", h, -1, 0, "version number"), 1, "version number");
            version = Text.index(tok(0), src, "the CBF version");
            if (version < 1 || version > 3) throw src.error("CBF version " + version + " is not supported; expected 1, 2 or 3");
        }

        private void readObjSense() {
            int h = src.line();
            fields(entry("OBJSENSE", h, -1, 0, "MIN or MAX"), 1, "MIN or MAX");
            switch (tok(0)) {
                case "MIN" -> maximize = false;
                case "MAX" -> maximize = true;
                default -> throw src.error("expected MIN or MAX, found " + Text.quote(tok(0)));
            }
        }

        private void readPowCones(String section, List<double[]> powCones) {
            if (seen.containsKey("VAR") || seen.containsKey("CON")) throw src.error("section " + section + " must come before VAR and CON, which refer to it");
            int h = src.line();
            fields(entry(section, h, -1, 0, "number of cones and of exponents"), 2, "number of cones, total number of exponents");
            int countLine = src.line();
            int count = Text.index(tok(0), src, "the number of power cones");
            int totalParams = Text.index(tok(1), src, "the total number of exponents");
            long seenParams = 0;
            for (int k = 0; k < count; k++) {
                fields(entry(section, h, count, k, "exponent count"), 1, "number of exponents of power cone " + k);
                int p = Text.index(tok(0), src, "the number of exponents");
                if (p < 1) throw src.error("power cone " + k + " has no exponents");
                double[] a = new double[p];
                for (int i = 0; i < p; i++) {
                    fields(entry(section, h, -1, 0, "exponent " + i + " of power cone " + k), 1, "exponent");
                    a[i] = Text.number(tok(0), src, "exponent " + i + " of power cone " + k);
                    if (!(a[i] > 0)) throw src.error("exponent " + i + " of power cone " + k + " is " + tok(0) + "; exponents must be positive");
                }
                seenParams += p;
                powCones.add(a);
            }
            if (seenParams != totalParams)
                throw src.errorAt(countLine, section + " declares " + totalParams + " exponents in total but its " + count + " cones list " + seenParams);
        }

        private List<Cone> readCones(String section, String what) {
            int h = src.line();
            fields(entry(section, h, -1, 0, "number of " + what + " and of cones"), 2, "number of " + what + ", number of cones");
            int countLine = src.line();
            int total = Text.index(tok(0), src, "the number of " + what);
            int count = Text.index(tok(1), src, "the number of cones");
            List<Cone> cones = new ArrayList<>();
            long sum = 0;
            for (int k = 0; k < count; k++) {
                fields(entry(section, h, count, k, "cone"), 2, "cone, dimension");
                int dim = Text.index(tok(1), src, "the cone dimension");
                Cone cone = cone(tok(0), dim);
                sum += dim;
                cones.add(cone);
            }
            if (sum != total)
                throw src.errorAt(countLine, section + " declares " + total + " " + what + " but its " + count + " cones cover " + sum);
            return cones;
        }

        private Cone cone(String name, int dim) {
            int line = src.line();
            if (dim < 1) throw src.error("cone " + name + " has dimension 0; expected at least 1");
            ConeType type;
            double alpha = 0;
            switch (name) {
                case "F" -> type = ConeType.F;
                case "L+" -> type = ConeType.LPLUS;
                case "L-" -> type = ConeType.LMINUS;
                case "L=" -> type = ConeType.LZERO;
                case "Q" -> type = ConeType.Q;
                case "QR" -> {
                    type = ConeType.QR;
                    if (dim < 2) throw src.error("rotated quadratic cone QR needs dimension at least 2, found " + dim);
                }
                case "EXP" -> {
                    type = ConeType.EXP;
                    if (dim != 3) throw src.error("exponential cone EXP must have dimension 3, found " + dim);
                }
                case "EXP*" -> {
                    type = ConeType.EXP_DUAL;
                    if (dim != 3) throw src.error("dual exponential cone EXP* must have dimension 3, found " + dim);
                }
                default -> {
                    if (!name.startsWith("@") || !(name.endsWith(":POW") || name.endsWith(":POW*")))
                        throw src.error("unknown cone " + Text.quote(name) + "; expected F, L+, L-, L=, Q, QR, EXP, EXP*, @k:POW or @k:POW*");
                    boolean dual = name.endsWith("*");
                    String idx = name.substring(1, name.length() - (dual ? 5 : 4));
                    int k = Text.index(idx, src, "the power cone index in " + name);
                    List<double[]> declared = dual ? powDualCones : powCones;
                    if (k >= declared.size())
                        throw src.error("power cone " + name + " is not declared: " + (dual ? "POW*CONES" : "POWCONES") + " declares "
                                + declared.size() + " cones");
                    double[] a = declared.get(k);
                    if (a.length != 2)
                        throw src.error("power cone " + name + " has " + a.length + " exponents; only two-exponent power cones "
                                + "(r0^alpha r1^(1-alpha) >= ||r2..||) are supported");
                    if (dim < 2) throw src.error("power cone " + name + " needs dimension at least 2, found " + dim);
                    type = dual ? ConeType.POW_DUAL : ConeType.POW;
                    alpha = a[0] / (a[0] + a[1]);
                }
            }
            return new Cone(type, dim, alpha, line);
        }

        private static int total(List<Cone> cones) {
            int s = 0;
            for (Cone c : cones) s += c.dim();
            return s;
        }

        private void readInt() {
            requireSeen("VAR", "INT");
            int h = src.line();
            fields(entry("INT", h, -1, 0, "number of integer variables"), 1, "number of integer variables");
            int count = Text.index(tok(0), src, "the number of integer variables");
            integer = new boolean[n];
            for (int k = 0; k < count; k++) {
                fields(entry("INT", h, count, k, "variable index"), 1, "variable index");
                int j = variable(0);
                if (integer[j]) throw src.error("variable " + j + " is listed twice in INT");
                integer[j] = true;
            }
        }

        private int variable(int q) {
            int j = Text.index(cur, ts[q], te[q], src, "the variable index");
            if (j >= n) throw src.error("variable index " + j + " out of range: VAR declares " + n + " variables (0.." + (n - 1) + ")");
            return j;
        }

        private int row(int q) {
            int i = Text.index(cur, ts[q], te[q], src, "the row index");
            if (i >= m) throw src.error("row index " + i + " out of range: CON declares " + m + " rows (0.." + (m - 1) + ")");
            return i;
        }

        private void readObjA() {
            requireSeen("VAR", "OBJACOORD");
            int h = src.line();
            fields(entry("OBJACOORD", h, -1, 0, "number of entries"), 1, "number of entries");
            int count = Text.index(tok(0), src, "the number of entries");
            c = new double[n];
            int[] firstLine = new int[n];
            for (int k = 0; k < count; k++) {
                fields(entry("OBJACOORD", h, count, k, "entry"), 2, "variable, value");
                int j = variable(0);
                double v = Text.number(cur, ts[1], te[1], src, "the objective coefficient");
                if (firstLine[j] != 0) throw src.error("duplicate OBJACOORD entry for variable " + j + " (first at line " + firstLine[j] + ")");
                firstLine[j] = src.line();
                c[j] = v;
            }
        }

        private void readObjB() {
            int h = src.line();
            fields(entry("OBJBCOORD", h, -1, 0, "objective constant"), 1, "objective constant");
            c0 = Text.number(tok(0), src, "the objective constant");
        }

        private void readA() {
            requireSeen("VAR", "ACOORD");
            requireSeen("CON", "ACOORD");
            int h = src.line();
            fields(entry("ACOORD", h, -1, 0, "number of entries"), 1, "number of entries");
            int count = Text.index(tok(0), src, "the number of entries");
            int cap = Math.min(count, 1 << 16);
            ai = new int[cap]; aj = new int[cap]; av = new double[cap]; aLine = new int[cap];
            for (int k = 0; k < count; k++) {
                fields(entry("ACOORD", h, count, k, "entry"), 3, "row, variable, value");
                int i = row(0);
                int j = variable(1);
                double v = Text.number(cur, ts[2], te[2], src, "the coefficient");
                if (nA == ai.length) {
                    int nc = (int) Math.min((long) count, 2L * nA + 16);
                    ai = Arrays.copyOf(ai, nc); aj = Arrays.copyOf(aj, nc); av = Arrays.copyOf(av, nc); aLine = Arrays.copyOf(aLine, nc);
                }
                ai[nA] = i; aj[nA] = j; av[nA] = v; aLine[nA] = src.line();
                nA++;
            }
        }

        private void readB() {
            requireSeen("CON", "BCOORD");
            int h = src.line();
            fields(entry("BCOORD", h, -1, 0, "number of entries"), 1, "number of entries");
            int count = Text.index(tok(0), src, "the number of entries");
            b = new double[m];
            int[] firstLine = new int[m];
            for (int k = 0; k < count; k++) {
                fields(entry("BCOORD", h, count, k, "entry"), 2, "row, value");
                int i = row(0);
                double v = Text.number(cur, ts[1], te[1], src, "the constant");
                if (firstLine[i] != 0) throw src.error("duplicate BCOORD entry for row " + i + " (first at line " + firstLine[i] + ")");
                firstLine[i] = src.line();
                b[i] = v;
            }
        }

        private ModelData build(String name, int endLine) {
            int nv = Math.max(n, 0);
            int mc = Math.max(m, 0);
            double[] lb = new double[nv];
            double[] ub = new double[nv];
            int extra = 0;
            int j = 0;
            for (Cone cone : varCones) {
                double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY;
                switch (cone.type()) {
                    case LPLUS -> lo = 0;
                    case LMINUS -> hi = 0;
                    case LZERO -> { lo = 0; hi = 0; }
                    case F -> { }
                    default -> extra += cone.dim();
                }
                Arrays.fill(lb, j, j + cone.dim(), lo);
                Arrays.fill(ub, j, j + cone.dim(), hi);
                j += cone.dim();
            }
            int rows = mc + extra;
            double[] g = new double[rows];
            if (b != null) System.arraycopy(b, 0, g, 0, mc);
            List<Block> blocks = new ArrayList<>();
            int r = 0;
            for (int k = 0; k < conCones.size(); k++) {
                Cone cone = conCones.get(k);
                blocks.add(block("con_" + k, r, cone));
                r += cone.dim();
            }
            // identity rows for the non-linear variable cones, after the CON rows
            int total = nA + extra;
            int[] ti = Arrays.copyOf(ai, total), tj = Arrays.copyOf(aj, total), tl = Arrays.copyOf(aLine, total);
            double[] tv = Arrays.copyOf(av, total);
            dualRows(ti, tv, nA, g, mc);
            int t = nA;
            j = 0;
            int coneNo = 0;
            for (Cone cone : varCones) {
                boolean linear = cone.type() == ConeType.F || cone.type() == ConeType.LPLUS || cone.type() == ConeType.LMINUS || cone.type() == ConeType.LZERO;
                if (!linear) {
                    blocks.add(block("var_cone_" + coneNo++, r, cone));
                    for (int d = 0; d < cone.dim(); d++) {
                        int to = dualTarget(cone, d);
                        ti[t] = r + to; tj[t] = j + d; tv[t] = dualFactor(cone, to); tl[t] = cone.line();
                        t++;
                    }
                    r += cone.dim();
                }
                j += cone.dim();
            }
            CscMatrix a = csc(rows, nv, ti, tj, tv, tl, total);
            List<String> varNames = new ArrayList<>(nv);
            for (int q = 0; q < nv; q++) varNames.add("x" + q);
            List<String> rowNames = new ArrayList<>(rows);
            for (int q = 0; q < rows; q++) rowNames.add("r" + q);
            try {
                return new ModelData(name, maximize, varNames, lb, ub, integer != null ? integer : new boolean[nv],
                        c != null ? c : new double[nv], c0, CscMatrix.zeros(nv, nv), a, g, blocks, rowNames);
            } catch (IllegalArgumentException e) {
                throw src.errorAt(endLine, "inconsistent model: " + e.getMessage());
            }
        }

        /**
         * Rewrites the CON rows of dual cones as rows of their primal cones: s ∈ EXP* ⟺ (s₀, −s₂/e, −s₁/e) ∈ EXP
         * (CBF's order, x₀ ≥ x₁·exp(x₂/x₁)), and s ∈ POW*_α ⟺ (s₀/α, s₁/(1−α), s₂, …) ∈ POW_α.
         */
        private void dualRows(int[] ti, double[] tv, int count, double[] g, int rows) {
            Cone[] coneOf = new Cone[rows];
            int[] startOf = new int[rows];
            int r = 0;
            for (Cone cone : conCones) {
                for (int d = 0; d < cone.dim(); d++) { coneOf[r + d] = cone; startOf[r + d] = r; }
                r += cone.dim();
            }
            for (int t = 0; t < count; t++) {
                Cone cone = coneOf[ti[t]];
                if (!isDual(cone)) continue;
                int to = dualTarget(cone, ti[t] - startOf[ti[t]]);
                ti[t] = startOf[ti[t]] + to;
                tv[t] *= dualFactor(cone, to);
            }
            double[] src = g.clone();
            for (int i = 0; i < rows; i++) {
                if (!isDual(coneOf[i])) continue;
                int to = dualTarget(coneOf[i], i - startOf[i]);
                g[startOf[i] + to] = src[i] * dualFactor(coneOf[i], to);
            }
        }

        private static boolean isDual(Cone c) { return c != null && (c.type() == ConeType.EXP_DUAL || c.type() == ConeType.POW_DUAL); }

        /** Primal-cone row that entry d of a dual cone moves to (EXP*: entries 1 and 2 swap). */
        private static int dualTarget(Cone c, int d) {
            return c.type() == ConeType.EXP_DUAL && d > 0 ? 3 - d : d;
        }

        /** Factor on the primal-cone row {@code to} of a dual cone (1 for primal cones). */
        private static double dualFactor(Cone c, int to) {
            return switch (c.type()) {
                case EXP_DUAL -> to == 0 ? 1 : -1 / Math.E;
                case POW_DUAL -> to == 0 ? 1 / c.alpha() : to == 1 ? 1 / (1 - c.alpha()) : 1;
                default -> 1;
            };
        }

        private static Block block(String name, int start, Cone cone) {
            int d = cone.dim();
            return switch (cone.type()) {
                case F -> Block.linear(name, start, filled(d, Double.NEGATIVE_INFINITY), filled(d, Double.POSITIVE_INFINITY));
                case LPLUS -> Block.linear(name, start, new double[d], filled(d, Double.POSITIVE_INFINITY));
                case LMINUS -> Block.linear(name, start, filled(d, Double.NEGATIVE_INFINITY), new double[d]);
                case LZERO -> Block.linear(name, start, new double[d], new double[d]);
                case Q -> Block.cone(name, start, d, BlockKind.QCONE);
                case QR -> Block.cone(name, start, d, BlockKind.RQCONE);
                case EXP, EXP_DUAL -> Block.cone(name, start, d, BlockKind.PEXP);
                case POW, POW_DUAL -> Block.power(name, start, d, cone.alpha());
            };
        }

        private static double[] filled(int d, double v) {
            double[] x = new double[d];
            Arrays.fill(x, v);
            return x;
        }

        /**
         * Triplets to CSC in {@link CscMatrix#columnMajorOrder} order: each column sorted by row with repeated
         * coordinates adjacent and in file order, so a duplicate is reported at its second occurrence.
         */
        private CscMatrix csc(int rows, int cols, int[] ti, int[] tj, double[] tv, int[] tl, int count) {
            int[] colPtr = new int[cols + 1];
            int[] order = CscMatrix.columnMajorOrder(rows, cols, ti, tj, count, colPtr);
            int[] p = new int[cols + 1];
            int[] ri = new int[count];
            double[] vv = new double[count];
            int nz = 0;
            for (int q = 0; q < cols; q++) {
                int prev = -1;
                for (int s = colPtr[q]; s < colPtr[q + 1]; s++) {
                    int k = order[s];
                    if (prev >= 0 && ti[prev] == ti[k])
                        throw src.errorAt(tl[k], "duplicate ACOORD entry for row " + ti[k] + ", variable " + q
                                + " (first at line " + tl[prev] + ")");
                    prev = k;
                    if (tv[k] != 0.0) { ri[nz] = ti[k]; vv[nz] = tv[k]; nz++; }
                }
                p[q + 1] = nz;
            }
            return new CscMatrix(rows, cols, p, Arrays.copyOf(ri, nz), Arrays.copyOf(vv, nz));
        }
    }
}
