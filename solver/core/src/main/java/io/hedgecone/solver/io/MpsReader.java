package io.hedgecone.solver.io;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads MPS (LP) and QPS (convex QP) files, fixed or free layout, into a {@link ModelData}.
 *
 * <p>Sections: {@code NAME}, {@code OBJSENSE} (free-MPS extension; {@code MAX}/{@code MAXIMIZE}/{@code MIN}/
 * {@code MINIMIZE} on the header line or the next line), {@code ROWS} (N/E/L/G), {@code COLUMNS} (with
 * {@code 'MARKER'} {@code 'INTORG'}/{@code 'INTEND'} integer blocks), {@code RHS}, {@code RANGES}, {@code BOUNDS},
 * {@code QUADOBJ} (QPS: one triangle of a symmetric Q), {@code QMATRIX} (the full symmetric Q, checked),
 * {@code QSECTION} (MOSEK's spelling of QUADOBJ, accepted for the objective row only), {@code ENDATA}.
 *
 * <p>Conventions followed (the common ones, as in CPLEX, Gurobi, HiGHS):
 * <ul>
 *   <li>The first N row is the objective; other N rows and their entries are dropped. A RHS entry v on the objective
 *       row gives the objective constant c0 = −v.</li>
 *   <li>The objective is c0 + cᵀx + ½xᵀQx: a QUADOBJ/QSECTION entry (i, j, v) with i ≠ j sets Q_ij = Q_ji = v, so the
 *       file's value is a coefficient of ½xᵀQx, not of xᵀQx.</li>
 *   <li>Rows: E is [b, b], L is (−∞, b], G is [b, ∞); a range R makes E rows [b, b+R] (R &gt; 0) or [b+R, b] (R &lt; 0),
 *       L rows [b−|R|, b] and G rows [b, b+|R|]. All rows form one LINEAR block "rows" with the MPS row names,
 *       with r = A x (g = 0).</li>
 *   <li>Variables default to [0, ∞), integer ones too. UP with a negative value on a variable whose lower bound was
 *       not set explicitly makes the lower bound −∞ (UI likewise) (otherwise the bounds would be [0, negative]). MI sets only the
 *       lower bound to −∞, PL only the upper to +∞, BV makes a variable integer in [0, 1], LI/UI set an integer
 *       variable's lower/upper bound. Bound values of magnitude ≥ 1e30, and "inf"/"infinity", mean infinite.
 *       SC (semi-continuous) is refused.</li>
 *   <li>Only the first RHS, RANGES and BOUNDS vector (by set name) is read; entries of other vectors are ignored.</li>
 * </ul>
 *
 * <p>Layout. Fixed MPS takes fields from columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61, so names may contain spaces;
 * free MPS splits on blanks. {@link Format#AUTO} reads a file as fixed when every data line fits the fixed columns
 * (blank separators, required fields present, numbers where numbers belong) and as free otherwise; a file both
 * readings accept gives the same model either way unless a name contains a space.
 *
 * <p>Errors (undeclared or duplicate names, non-contiguous columns, bad numbers or NaN, wrong field counts, unknown
 * or unsupported sections, a missing ENDATA) are {@link ModelFormatException}s naming file and line.
 */
public final class MpsReader {
    private MpsReader() { }

    /** How to split data lines into fields. */
    public enum Format {
        /** Fixed when every data line fits the fixed columns, free otherwise. */
        AUTO,
        /** Fields by column position (names may contain spaces). */
        FIXED,
        /** Fields separated by blanks. */
        FREE
    }

    /** Reads a file ({@code .mps}, {@code .qps}, optionally gzipped), detecting the layout. */
    public static ModelData read(Path path) throws IOException {
        return read(path, Format.AUTO);
    }

    /** Reads a file with the given layout. */
    public static ModelData read(Path path, Format format) throws IOException {
        try (LineSource src = LineSource.open(path)) {
            return parse(src, format, ModelFiles.baseName(path.getFileName().toString()));
        }
    }

    /**
     * Reads MPS text (gzipped or not) from a stream, which is not closed.
     *
     * @param fileName name used in error messages and, without extensions, as the model name when there is no NAME
     */
    public static ModelData read(InputStream in, String fileName, Format format) throws IOException {
        return parse(LineSource.of(in, fileName), format, ModelFiles.baseName(fileName));
    }

    private static ModelData parse(LineSource src, Format format, String defaultName) {
        // All lines first: layout detection needs the whole file, and a truncated file fails before any parsing.
        List<String> lines = new ArrayList<>();
        for (String l; (l = src.next()) != null; ) lines.add(l);
        boolean fixed = switch (format) {
            case FIXED -> true;
            case FREE -> false;
            case AUTO -> fitsFixedLayout(lines);
        };
        return new Parser(src.file(), lines, fixed).parse(defaultName);
    }

    // 0-based [from, to) of the six fixed fields, and the columns between them that must be blank
    private static final int[][] FIELDS = {{1, 3}, {4, 12}, {14, 22}, {24, 36}, {39, 47}, {49, 61}};
    private static final int[] SEPARATORS = {0, 3, 12, 13, 22, 23, 36, 37, 38, 47, 48};

    private static final Set<String> DATA_SECTIONS = Set.of("ROWS", "COLUMNS", "RHS", "RANGES", "BOUNDS", "QUADOBJ", "QMATRIX", "QSECTION");
    private static final Set<String> UNSUPPORTED = Set.of("SOS", "QCMATRIX", "CSECTION", "INDICATORS", "GENCONS", "PWLOBJ",
            "PWLNAM", "PWLCON", "OBJNAME", "BRANCH", "SETS", "CONES", "SCENARIOS");

    static boolean fitsFixedLayout(List<String> lines) {
        String section = null;
        for (String raw : lines) {
            if (raw.isEmpty() || raw.charAt(0) == '*' || Text.isBlank(raw)) continue;
            if (!Text.isBlank(raw.charAt(0))) {
                String[] t = new String[1];
                Text.split(raw, t);
                section = t[0].toUpperCase(Locale.ROOT);
                continue;
            }
            if (section != null && DATA_SECTIONS.contains(section) && !fitsFixed(raw, section)) return false;
        }
        return true;
    }

    private static boolean fitsFixed(String raw, String section) {
        String s = raw.stripTrailing();
        if (isMarker(s)) return true;
        if (s.indexOf('\t') >= 0 || s.length() > 61) return false;
        for (int sep : SEPARATORS) if (sep < s.length() && s.charAt(sep) != ' ') return false;
        String[] f = fixedFields(s);
        boolean pair = (f[4].isEmpty() && f[5].isEmpty()) || (!f[4].isEmpty() && Text.isDecimal(f[5]));
        return switch (section) {
            case "ROWS" -> !f[0].isEmpty() && !f[1].isEmpty() && f[2].isEmpty() && f[3].isEmpty() && f[4].isEmpty() && f[5].isEmpty();
            case "COLUMNS" -> f[0].isEmpty() && !f[1].isEmpty() && !f[2].isEmpty() && Text.isDecimal(f[3]) && pair;
            case "RHS", "RANGES" -> f[0].isEmpty() && !f[2].isEmpty() && Text.isDecimal(f[3]) && pair;
            case "BOUNDS" -> !f[0].isEmpty() && !f[2].isEmpty() && f[4].isEmpty() && f[5].isEmpty()
                    && (f[3].isEmpty() || Text.isDecimal(f[3]) || Text.infinitySign(f[3]) != 0);
            default -> f[0].isEmpty() && !f[1].isEmpty() && !f[2].isEmpty() && Text.isDecimal(f[3]) && f[4].isEmpty() && f[5].isEmpty();
        };
    }

    private static String[] fixedFields(String s) {
        String[] f = new String[6];
        for (int k = 0; k < 6; k++) {
            int from = FIELDS[k][0], to = Math.min(FIELDS[k][1], s.length());
            f[k] = from < to ? s.substring(from, to).strip() : "";
        }
        return f;
    }

    private static boolean isMarker(String s) {
        return s.contains("'MARKER'");
    }

    private static final int OBJECTIVE = -1;
    private static final int DROPPED = -2;

    private static final class Parser implements Where {
        private final String file;
        private final List<String> lines;
        private final boolean fixed;
        private int lineNo;
        private final String[] tok = new String[6];

        private final Map<String, Integer> sectionLine = new HashMap<>();
        private String section;
        private String name;
        private Boolean maximize;
        private int objSenseLine;

        private final Map<String, Integer> rowIndex = new HashMap<>();
        private final Map<String, Integer> rowLine = new HashMap<>();
        private final List<String> rowNames = new ArrayList<>();
        private char[] rowType = new char[16];
        private String objRow;

        private final Map<String, Integer> colIndex = new HashMap<>();
        private final List<String> colNames = new ArrayList<>();
        private final List<Integer> colLine = new ArrayList<>();
        private double[] c = new double[16];
        private boolean[] isInt = new boolean[16];
        private int[] colPtr = new int[17];
        private int[] aRow = new int[64];
        private double[] aVal = new double[64];
        private int nnz;
        private String curCol;
        private int[] eRow = new int[16], eLine = new int[16];
        private double[] eVal = new double[16];
        private int eCount;
        private int objLine;
        private boolean inInt;
        private int intLine;
        private boolean columnsDone;

        private double[] rhs, range;
        private int[] rhsLine, rangeLine;
        private double c0;
        private int c0Line;
        private String rhsSet, rangeSet, boundSet;
        private double[] lb, ub;
        private boolean[] lbSet;

        private String quadSection;
        private final Map<Long, Integer> quadAt = new HashMap<>();
        private int[] qi = new int[16], qj = new int[16], qLine = new int[16];
        private double[] qv = new double[16];
        private int nq;

        Parser(String file, List<String> lines, boolean fixed) {
            this.file = file;
            this.lines = lines;
            this.fixed = fixed;
        }

        @Override public ModelFormatException error(String detail) {
            return new ModelFormatException(file, lineNo, detail);
        }

        private ModelFormatException errorAt(int line, String detail) {
            return new ModelFormatException(file, line, detail);
        }

        ModelData parse(String defaultName) {
            for (int idx = 0; idx < lines.size(); idx++) {
                lineNo = idx + 1;
                String raw = lines.get(idx);
                if (raw.isEmpty() || raw.charAt(0) == '*' || Text.isBlank(raw)) continue;
                if (!Text.isBlank(raw.charAt(0))) {
                    if (header(raw)) return build(defaultName);
                } else {
                    data(raw);
                }
            }
            lineNo = Math.max(lines.size(), 1);
            throw error("unexpected end of file: the ENDATA line is missing"
                    + (section == null ? "" : " (last section " + section + " at line " + sectionLine.get(section) + ")"));
        }

        /** Handles a section header; true at ENDATA. */
        private boolean header(String raw) {
            int k = Text.split(raw, tok);
            String sec = tok[0].toUpperCase(Locale.ROOT);
            if (UNSUPPORTED.contains(sec))
                throw error("section " + sec + " is not supported: hedgecone reads LP/QP MPS (NAME, OBJSENSE, ROWS, COLUMNS, RHS, "
                        + "RANGES, BOUNDS, QUADOBJ, QMATRIX, QSECTION, ENDATA)");
            switch (sec) {
                case "NAME", "OBJSENSE", "ROWS", "COLUMNS", "RHS", "RANGES", "BOUNDS", "QUADOBJ", "QMATRIX", "QSECTION", "ENDATA" -> { }
                case "OBJSENCE" -> throw error("unknown section OBJSENCE; did you mean OBJSENSE?");
                default -> throw error("unknown section " + Text.quote(tok[0]) + "; expected one of NAME, OBJSENSE, ROWS, COLUMNS, RHS, "
                        + "RANGES, BOUNDS, QUADOBJ, QMATRIX, QSECTION, ENDATA (data lines must start with a blank)");
            }
            Integer first = sectionLine.get(sec);
            if (first != null) throw error("section " + sec + " appears twice (first at line " + first + ")");
            if (sec.equals("NAME") && !sectionLine.isEmpty()) throw error("NAME must be the first section");
            if (section != null && section.equals("OBJSENSE") && maximize == null) throw errorAt(objSenseLine, "OBJSENSE has no value; expected MAX or MIN");
            if (section != null && section.equals("COLUMNS")) finishColumns();
            sectionLine.put(sec, lineNo);
            section = sec;
            switch (sec) {
                case "NAME" -> name = k > 1 ? tok[1] : "";
                case "OBJSENSE" -> {
                    objSenseLine = lineNo;
                    if (k > 2) throw error("expected OBJSENSE followed by at most one word (MAX or MIN), found " + k + " fields");
                    if (k == 2) sense(tok[1]);
                }
                case "ROWS" -> noExtra(k);
                case "COLUMNS" -> {
                    noExtra(k);
                    if (!sectionLine.containsKey("ROWS")) throw error("section COLUMNS must come after ROWS");
                    if (columnsDone) throw error("section COLUMNS must come before RHS, RANGES, BOUNDS and the quadratic section");
                }
                case "RHS", "RANGES", "BOUNDS", "QUADOBJ", "QMATRIX", "QSECTION" -> {
                    if (!sec.equals("QSECTION")) noExtra(k);
                    if (!sectionLine.containsKey("ROWS")) throw error("section " + sec + " must come after ROWS and COLUMNS");
                    if (!columnsDone) finishColumns();
                    if (sec.startsWith("Q")) startQuadratic(sec, k);
                }
                case "ENDATA" -> {
                    if (!sectionLine.containsKey("ROWS")) throw error("ENDATA before any ROWS section: no model");
                    if (!columnsDone) finishColumns();
                    return true;
                }
                default -> throw new IllegalStateException(sec);
            }
            return false;
        }

        private void noExtra(int k) {
            if (k > 1) throw error("unexpected text after section header " + tok[0] + ": " + Text.quote(tok[1]));
        }

        private void sense(String word) {
            switch (word.toUpperCase(Locale.ROOT)) {
                case "MAX", "MAXIMIZE" -> maximize = true;
                case "MIN", "MINIMIZE" -> maximize = false;
                default -> throw error("expected MAX or MIN after OBJSENSE, found " + Text.quote(word));
            }
        }

        private void startQuadratic(String sec, int k) {
            if (quadSection != null) throw error("a second quadratic section " + sec + " after " + quadSection + " at line " + sectionLine.get(quadSection));
            if (sec.equals("QSECTION")) {
                if (k > 2) throw error("expected QSECTION followed by at most a row name, found " + k + " fields");
                if (k == 2 && !tok[1].equals(objRow))
                    throw error("QSECTION for row " + Text.quote(tok[1]) + " is a quadratic constraint, which is not supported"
                            + (objRow == null ? "" : "; only the objective row " + Text.quote(objRow) + " may have one"));
            }
            quadSection = sec;
        }

        private void data(String raw) {
            if (section == null || section.equals("NAME") || section.equals("ENDATA"))
                throw error("data line outside a section: " + Text.quote(raw.strip()));
            switch (section) {
                case "OBJSENSE" -> {
                    int k = Text.split(raw, tok);
                    if (maximize != null) throw error("OBJSENSE already has a value; found " + Text.quote(raw.strip()));
                    if (k != 1) throw error("expected one word (MAX or MIN) in OBJSENSE, found " + k + " fields");
                    sense(tok[0]);
                }
                case "ROWS" -> rowsLine(raw);
                case "COLUMNS" -> columnsLine(raw);
                case "RHS", "RANGES" -> rhsLine(raw, section.equals("RHS"));
                case "BOUNDS" -> boundsLine(raw);
                default -> quadLine(raw);
            }
        }

        /** Fixed fields of the current line, after checking that the separating columns are blank. */
        private String[] fixedLine(String raw) {
            String s = raw.stripTrailing();
            if (s.indexOf('\t') >= 0) throw error("tab character in a fixed-format MPS line; read the file as free MPS");
            for (int sep : SEPARATORS)
                if (sep < s.length() && s.charAt(sep) != ' ')
                    throw error("text in column " + (sep + 1) + ", which must be blank in fixed MPS (fields are columns 2-3, 5-12, "
                            + "15-22, 25-36, 40-47, 50-61); read the file as free MPS");
            if (s.length() > 61) throw error("text beyond column 61 in a fixed-format MPS line; read the file as free MPS");
            return fixedFields(s);
        }

        private void requireField(String f, String what, String cols) {
            if (f.isEmpty()) throw error("missing " + what + " (fixed MPS columns " + cols + ")");
        }

        private void requireEmpty(String f, String cols) {
            if (!f.isEmpty()) throw error("unexpected text " + Text.quote(f) + " in fixed MPS columns " + cols);
        }

        private void rowsLine(String raw) {
            String type, row;
            if (fixed) {
                String[] f = fixedLine(raw);
                requireField(f[0], "row type", "2-3");
                requireField(f[1], "row name", "5-12");
                for (int q = 2; q < 6; q++) requireEmpty(f[q], FIELD_COLS[q]);
                type = f[0];
                row = f[1];
            } else {
                int k = Text.split(raw, tok);
                if (k != 2) throw error("expected 2 fields (row type, row name) in ROWS, found " + k);
                type = tok[0];
                row = tok[1];
            }
            Integer first = rowLine.get(row);
            if (first != null) throw error("row " + Text.quote(row) + " is declared twice (first at line " + first + ")");
            rowLine.put(row, lineNo);
            char t = type.length() == 1 ? Character.toUpperCase(type.charAt(0)) : '?';
            switch (t) {
                case 'N' -> {
                    if (objRow == null) { objRow = row; rowIndex.put(row, OBJECTIVE); }
                    else rowIndex.put(row, DROPPED);
                }
                case 'E', 'L', 'G' -> {
                    int i = rowNames.size();
                    if (i == rowType.length) rowType = Arrays.copyOf(rowType, 2 * i);
                    rowType[i] = t;
                    rowNames.add(row);
                    rowIndex.put(row, i);
                }
                default -> throw error("unknown row type " + Text.quote(type) + " for row " + Text.quote(row) + "; expected N, E, L or G");
            }
        }

        private static final String[] FIELD_COLS = {"2-3", "5-12", "15-22", "25-36", "40-47", "50-61"};

        private void columnsLine(String raw) {
            if (isMarker(raw)) {
                marker(raw);
                return;
            }
            String col, r1, v1, r2 = null, v2 = null;
            if (fixed) {
                String[] f = fixedPairs(raw, "column name");
                col = f[0]; r1 = f[1]; v1 = f[2]; r2 = f[3]; v2 = f[4];
            } else {
                int k = Text.split(raw, tok);
                if (k != 3 && k != 5) throw error("expected 3 or 5 fields (column, row, value[, row, value]) in COLUMNS, found " + k);
                col = tok[0]; r1 = tok[1]; v1 = tok[2];
                if (k == 5) { r2 = tok[3]; v2 = tok[4]; }
            }
            if (!col.equals(curCol)) startColumn(col);
            coefficient(r1, v1);
            if (r2 != null) coefficient(r2, v2);
        }

        private void marker(String raw) {
            int k = Text.split(raw, tok);
            boolean org = false, end = false;
            for (int q = 0; q < Math.min(k, tok.length); q++) {
                if (tok[q].equals("'INTORG'")) org = true;
                if (tok[q].equals("'INTEND'")) end = true;
            }
            if (org == end) throw error("MARKER line must name exactly one of 'INTORG' and 'INTEND'");
            if (org) {
                if (inInt) throw error("'INTORG' inside the integer block opened at line " + intLine);
                inInt = true;
                intLine = lineNo;
            } else {
                if (!inInt) throw error("'INTEND' without a preceding 'INTORG'");
                inInt = false;
            }
        }

        private void startColumn(String col) {
            flushColumn();
            Integer j = colIndex.get(col);
            if (j != null)
                throw error("column " + Text.quote(col) + " appears again after other columns (its entries began at line "
                        + colLine.get(j) + "); the entries of a column must be contiguous");
            int n = colNames.size();
            if (n == c.length) {
                c = Arrays.copyOf(c, 2 * n);
                isInt = Arrays.copyOf(isInt, 2 * n);
                colPtr = Arrays.copyOf(colPtr, 2 * n + 1);
            }
            colIndex.put(col, n);
            colNames.add(col);
            colLine.add(lineNo);
            isInt[n] = inInt;
            curCol = col;
            objLine = 0;
        }

        private void coefficient(String row, String valTok) {
            Integer i = rowIndex.get(row);
            if (i == null) throw error("row " + Text.quote(row) + " in COLUMNS is not declared in ROWS");
            double v = Text.number(valTok, this, "the coefficient of column " + Text.quote(curCol) + " in row " + Text.quote(row));
            if (i == OBJECTIVE) {
                if (objLine != 0) throw error("duplicate objective coefficient for column " + Text.quote(curCol) + " (first at line " + objLine + ")");
                objLine = lineNo;
                c[colNames.size() - 1] = v;
            } else if (i >= 0) {
                if (eCount == eRow.length) {
                    eRow = Arrays.copyOf(eRow, 2 * eCount);
                    eLine = Arrays.copyOf(eLine, 2 * eCount);
                    eVal = Arrays.copyOf(eVal, 2 * eCount);
                }
                eRow[eCount] = i;
                eLine[eCount] = lineNo;
                eVal[eCount++] = v;
            }
        }

        /** Appends the current column to the CSC arrays: sorted by row, duplicates refused, zeros dropped. */
        private void flushColumn() {
            if (curCol == null) return;
            long[] key = new long[eCount];
            for (int k = 0; k < eCount; k++) key[k] = ((long) eRow[k] << 32) | k;
            Arrays.sort(key);
            if (nnz + eCount > aRow.length) {
                int cap = Math.max(2 * aRow.length, nnz + eCount);
                aRow = Arrays.copyOf(aRow, cap);
                aVal = Arrays.copyOf(aVal, cap);
            }
            int prev = -1;
            for (long kk : key) {
                int k = (int) kk;
                if (prev >= 0 && eRow[prev] == eRow[k])
                    throw errorAt(Math.max(eLine[prev], eLine[k]), "duplicate entry for column " + Text.quote(curCol) + " in row "
                            + Text.quote(rowNames.get(eRow[k])) + " (first at line " + Math.min(eLine[prev], eLine[k]) + ")");
                prev = k;
                if (eVal[k] != 0.0) {
                    aRow[nnz] = eRow[k];
                    aVal[nnz++] = eVal[k];
                }
            }
            colPtr[colNames.size()] = nnz;
            eCount = 0;
            curCol = null;
        }

        private void finishColumns() {
            if (columnsDone) return;
            flushColumn();
            if (inInt) throw errorAt(intLine, "the integer block opened by 'INTORG' here is never closed by 'INTEND'");
            columnsDone = true;
            int m = rowNames.size(), n = colNames.size();
            rhs = new double[m];
            rhsLine = new int[m];
            range = new double[m];
            rangeLine = new int[m];
            lb = new double[n];
            ub = new double[n];
            Arrays.fill(ub, Double.POSITIVE_INFINITY);
            lbSet = new boolean[n];
        }

        /**
         * A fixed-format data line of the shape "name row value [row value]" (COLUMNS, RHS, RANGES): returns
         * {name, row, value, second row or null, second value or null}. {@code nameLabel} null means the name may be blank.
         */
        private String[] fixedPairs(String raw, String nameLabel) {
            String[] f = fixedLine(raw);
            requireEmpty(f[0], "2-3");
            if (nameLabel != null) requireField(f[1], nameLabel, "5-12");
            requireField(f[2], "row name", "15-22");
            requireField(f[3], "value", "25-36");
            String r2 = null, v2 = null;
            if (!f[4].isEmpty() || !f[5].isEmpty()) {
                requireField(f[4], "second row name", "40-47");
                requireField(f[5], "second value", "50-61");
                r2 = f[4];
                v2 = f[5];
            }
            return new String[]{f[1], f[2], f[3], r2, v2};
        }

        private void rhsLine(String raw, boolean isRhs) {
            String set, r1, v1, r2 = null, v2 = null;
            String what = isRhs ? "RHS" : "RANGES";
            if (fixed) {
                String[] f = fixedPairs(raw, null);
                set = f[0]; r1 = f[1]; v1 = f[2]; r2 = f[3]; v2 = f[4];
            } else {
                int k = Text.split(raw, tok);
                if (k < 2 || k > 5) throw error("expected 2 to 5 fields ([set name,] row, value[, row, value]) in " + what + ", found " + k);
                int o = k % 2;   // an odd count starts with the vector's name
                set = o == 1 ? tok[0] : "";
                r1 = tok[o]; v1 = tok[o + 1];
                if (k - o == 4) { r2 = tok[o + 2]; v2 = tok[o + 3]; }
            }
            if (isRhs) {
                if (rhsSet == null) rhsSet = set;
                else if (!rhsSet.equals(set)) return;
            } else {
                if (rangeSet == null) rangeSet = set;
                else if (!rangeSet.equals(set)) return;
            }
            rhsEntry(isRhs, r1, v1);
            if (r2 != null) rhsEntry(isRhs, r2, v2);
        }

        private void rhsEntry(boolean isRhs, String row, String valTok) {
            String what = isRhs ? "RHS" : "RANGES";
            Integer i = rowIndex.get(row);
            if (i == null) throw error("row " + Text.quote(row) + " in " + what + " is not declared in ROWS");
            double v = Text.number(valTok, this, "the " + what + " value of row " + Text.quote(row));
            if (!isRhs) {
                if (i < 0) throw error("RANGES entry for N row " + Text.quote(row) + ": a free row has no range");
                if (rangeLine[i] != 0) throw error("duplicate RANGES entry for row " + Text.quote(row) + " (first at line " + rangeLine[i] + ")");
                rangeLine[i] = lineNo;
                range[i] = v;
            } else if (i == OBJECTIVE) {
                if (c0Line != 0) throw error("duplicate RHS entry for the objective row " + Text.quote(row) + " (first at line " + c0Line + ")");
                c0Line = lineNo;
                c0 = v == 0 ? 0.0 : -v;
            } else if (i >= 0) {
                if (rhsLine[i] != 0) throw error("duplicate RHS entry for row " + Text.quote(row) + " (first at line " + rhsLine[i] + ")");
                rhsLine[i] = lineNo;
                rhs[i] = v;
            }
        }

        private void boundsLine(String raw) {
            String type, set, col, val;
            if (fixed) {
                String[] f = fixedLine(raw);
                requireField(f[0], "bound type", "2-3");
                requireField(f[2], "column name", "15-22");
                requireEmpty(f[4], "40-47");
                requireEmpty(f[5], "50-61");
                type = f[0].toUpperCase(Locale.ROOT);
                checkBoundType(type);
                set = f[1]; col = f[2]; val = f[3].isEmpty() ? null : f[3];
                if (val == null && needsValue(type)) throw error("bound " + type + " needs a value (fixed MPS columns 25-36)");
            } else {
                int k = Text.split(raw, tok);
                type = tok[0].toUpperCase(Locale.ROOT);
                checkBoundType(type);
                if (needsValue(type)) {
                    if (k == 4) { set = tok[1]; col = tok[2]; val = tok[3]; }
                    else if (k == 3) { set = ""; col = tok[1]; val = tok[2]; }
                    else throw error("expected 3 or 4 fields (" + type + ", [bound set,] column, value) in BOUNDS, found " + k);
                } else {
                    if (k == 2) { set = ""; col = tok[1]; val = null; }
                    else if (k == 3) { set = tok[1]; col = tok[2]; val = null; }
                    else if (k == 4) { set = tok[1]; col = tok[2]; val = tok[3]; }
                    else throw error("expected 2 to 4 fields (" + type + ", [bound set,] column[, value]) in BOUNDS, found " + k);
                }
            }
            if (boundSet == null) boundSet = set;
            else if (!boundSet.equals(set)) return;
            Integer jj = colIndex.get(col);
            if (jj == null) throw error("column " + Text.quote(col) + " in BOUNDS is not declared in COLUMNS");
            int j = jj;
            double v = 0;
            if (val != null) {
                v = Text.numberOrInfinity(val, this, "the " + type + " bound of column " + Text.quote(col));
                if (v >= 1e30) v = Double.POSITIVE_INFINITY;
                if (v <= -1e30) v = Double.NEGATIVE_INFINITY;
            }
            switch (type) {
                case "UP", "UI" -> {
                    ub[j] = v;
                    if (v < 0 && lb[j] == 0 && !lbSet[j]) lb[j] = Double.NEGATIVE_INFINITY;
                    if (type.equals("UI")) isInt[j] = true;
                }
                case "LO", "LI" -> {
                    lb[j] = v;
                    lbSet[j] = true;
                    if (type.equals("LI")) isInt[j] = true;
                }
                case "FX" -> { lb[j] = v; ub[j] = v; lbSet[j] = true; }
                case "FR" -> { lb[j] = Double.NEGATIVE_INFINITY; ub[j] = Double.POSITIVE_INFINITY; lbSet[j] = true; }
                case "MI" -> { lb[j] = Double.NEGATIVE_INFINITY; lbSet[j] = true; }
                case "PL" -> ub[j] = Double.POSITIVE_INFINITY;
                case "BV" -> { lb[j] = 0; ub[j] = 1; lbSet[j] = true; isInt[j] = true; }
                default -> throw new IllegalStateException(type);
            }
            if (lb[j] == Double.POSITIVE_INFINITY) throw error("lower bound of column " + Text.quote(col) + " is +infinity");
            if (ub[j] == Double.NEGATIVE_INFINITY) throw error("upper bound of column " + Text.quote(col) + " is -infinity");
        }

        private void checkBoundType(String type) {
            switch (type) {
                case "UP", "LO", "FX", "FR", "MI", "PL", "BV", "LI", "UI" -> { }
                case "SC" -> throw error("SC (semi-continuous) bounds are not supported");
                default -> throw error("unknown bound type " + Text.quote(type) + "; expected UP, LO, FX, FR, MI, PL, BV, LI or UI");
            }
        }

        private static boolean needsValue(String type) {
            return switch (type) {
                case "UP", "LO", "FX", "LI", "UI" -> true;
                default -> false;
            };
        }

        private void quadLine(String raw) {
            String a, b, val;
            if (fixed) {
                String[] f = fixedLine(raw);
                requireEmpty(f[0], "2-3");
                requireField(f[1], "first column name", "5-12");
                requireField(f[2], "second column name", "15-22");
                requireField(f[3], "value", "25-36");
                requireEmpty(f[4], "40-47");
                requireEmpty(f[5], "50-61");
                a = f[1]; b = f[2]; val = f[3];
            } else {
                int k = Text.split(raw, tok);
                if (k != 3) throw error("expected 3 fields (column, column, value) in " + section + ", found " + k);
                a = tok[0]; b = tok[1]; val = tok[2];
            }
            Integer i = colIndex.get(a), j = colIndex.get(b);
            if (i == null) throw error("column " + Text.quote(a) + " in " + section + " is not declared in COLUMNS");
            if (j == null) throw error("column " + Text.quote(b) + " in " + section + " is not declared in COLUMNS");
            double v = Text.number(val, this, "the " + section + " entry (" + a + ", " + b + ")");
            boolean full = section.equals("QMATRIX");
            int lo = full ? i : Math.min(i, j), hi = full ? j : Math.max(i, j);
            long key = ((long) lo << 32) | hi;
            Integer first = quadAt.putIfAbsent(key, nq);
            if (first != null)
                throw error("duplicate " + section + " entry for (" + a + ", " + b + ") (first at line " + qLine[first] + ")"
                        + (full ? "" : "; " + section + " lists one triangle of the symmetric matrix"));
            if (nq == qi.length) {
                qi = Arrays.copyOf(qi, 2 * nq); qj = Arrays.copyOf(qj, 2 * nq);
                qLine = Arrays.copyOf(qLine, 2 * nq); qv = Arrays.copyOf(qv, 2 * nq);
            }
            qi[nq] = lo; qj[nq] = hi; qv[nq] = v; qLine[nq++] = lineNo;
        }

        private CscMatrix quadratic(int n) {
            CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(n, n);
            boolean full = "QMATRIX".equals(quadSection);
            for (int k = 0; k < nq; k++) {
                int i = qi[k], j = qj[k];
                if (full && i != j) {
                    Integer partner = quadAt.get(((long) j << 32) | i);
                    if (partner == null)
                        throw errorAt(qLine[k], "QMATRIX entry (" + colNames.get(i) + ", " + colNames.get(j) + ") has no symmetric entry ("
                                + colNames.get(j) + ", " + colNames.get(i) + "); QMATRIX lists the full matrix");
                    if (Double.compare(qv[partner], qv[k]) != 0)
                        throw errorAt(Math.max(qLine[k], qLine[partner]), "QMATRIX is not symmetric: (" + colNames.get(i) + ", " + colNames.get(j)
                                + ") is " + qv[k] + " but (" + colNames.get(j) + ", " + colNames.get(i) + ") is " + qv[partner]);
                    if (i > j) continue;  // the upper copy is taken
                }
                if (qv[k] != 0.0) tb.add(Math.min(i, j), Math.max(i, j), qv[k]);
            }
            return tb.build();
        }

        private ModelData build(String defaultName) {
            int m = rowNames.size(), n = colNames.size();
            double[] lo = new double[m], hi = new double[m];
            for (int i = 0; i < m; i++) {
                double b = rhs[i];
                boolean ranged = rangeLine[i] != 0;
                double r = range[i];
                switch (rowType[i]) {
                    case 'E' -> {
                        lo[i] = ranged && r < 0 ? b + r : b;
                        hi[i] = ranged && r > 0 ? b + r : b;
                    }
                    case 'L' -> { lo[i] = ranged ? b - Math.abs(r) : Double.NEGATIVE_INFINITY; hi[i] = b; }
                    default -> { lo[i] = b; hi[i] = ranged ? b + Math.abs(r) : Double.POSITIVE_INFINITY; }
                }
            }
            int[] p = Arrays.copyOf(colPtr, n + 1);
            CscMatrix a = new CscMatrix(m, n, p, Arrays.copyOf(aRow, nnz), Arrays.copyOf(aVal, nnz));
            List<Block> blocks = m == 0 ? List.of() : List.of(Block.linear("rows", 0, lo, hi));
            String modelName = name == null || name.isEmpty() ? defaultName : name;
            try {
                return new ModelData(modelName, Boolean.TRUE.equals(maximize), colNames, lb, ub, Arrays.copyOf(isInt, n),
                        Arrays.copyOf(c, n), c0, quadratic(n), a, new double[m], blocks, rowNames);
            } catch (ModelFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw error("inconsistent model: " + e.getMessage());
            }
        }
    }
}
