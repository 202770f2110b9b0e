package io.hedgecone.solver.linalg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Manual timing of ordering, analysis, factorization and solve (not a unit test; performance is never asserted).
 * Run after {@code ./mvnw -q -pl solver/core test-compile}:
 * <pre>
 * java -Xmx4g -cp solver/core/target/classes:solver/core/target/test-classes io.hedgecone.solver.linalg.LdlTiming \
 *     grid 300 | kkt 6000 4000 | banded 60000 40000 200 | cbf path/to/file.cbf.gz
 * </pre>
 * The CBF case builds the LP-like KKT [[δI, Aᵀ], [A, −I]] from the constraint matrix (cone blocks as identity).
 */
public final class LdlTiming {
    public static void main(String[] args) throws IOException {
        CscMatrix upper;
        int[] signs;
        String what = String.join(" ", args);
        switch (args[0]) {
            case "grid" -> {
                upper = KktFixtures.gridLaplacian(Integer.parseInt(args[1]));
                signs = KktFixtures.allPositive(upper.cols());
            }
            case "kkt" -> {
                int n = Integer.parseInt(args[1]), m = Integer.parseInt(args[2]);
                // about 3 entries per column of A and 2 per column of P: realistic sparsity, fill stays moderate
                KktFixtures.Kkt k = KktFixtures.randomKkt(n, m, 3.0 / n, 0.1, 0.1, 1);
                upper = k.upper();
                signs = k.signs();
            }
            case "cbf" -> {
                KktFixtures.Kkt k = cbfKkt(Path.of(args[1]));
                upper = k.upper();
                signs = k.signs();
            }
            case "banded" -> {
                int n = Integer.parseInt(args[1]), m = Integer.parseInt(args[2]);
                KktFixtures.Kkt k = KktFixtures.bandedKkt(n, m, 8, Integer.parseInt(args[3]), 0.1, 1);
                upper = k.upper();
                signs = k.signs();
            }
            default -> throw new IllegalArgumentException("unknown case " + args[0]);
        }
        int n = upper.cols();
        System.out.printf("%s: n=%d nnz(upper K)=%d%n", what, n, upper.nnz());
        long t0 = cpu();
        Amd.Ordering o = Amd.order(upper);
        long t1 = cpu();
        UpLookingLdl f = UpLookingLdl.analyze(upper);
        long t2 = cpu();
        System.out.printf("AMD alone %.0f ms; analyze (AMD + postorder + symbolic) %.0f ms; nnz(L)=%d (AMD without postorder %d, natural order %s)%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, f.factorNonzeros(), LdlSymbolic.countFactorNonzeros(upper, o.perm()),
                n <= 200_000 ? Long.toString(LdlSymbolic.countFactorNonzeros(upper, null)) : "not computed");
        long flops = 0;
        int[] lp = f.symbolic().lp;
        for (int j = 0; j < n; j++) { long c = lp[j + 1] - lp[j]; flops += c * c + c; } // one multiply-add per pair
        System.out.printf("factor work: %.3g multiply-adds%n", (double) flops);
        double[] v = upper.values().clone();
        double[] b = KktFixtures.randomVector(n, 2), x = new double[n];
        time("up-looking ", f, upper, v, signs, b, x);
        long t3 = cpu();
        SparseLdl sf = SparseLdl.analyze(upper);
        System.out.printf("supernodal analyze %.0f ms, %d supernodes, %d stored block entries (%.2f × nnz(L)+n)%n", (cpu() - t3) / 1e6,
                sf.symbolic().supernodeCount(), sf.symbolic().supernodes().storedEntries(),
                sf.symbolic().supernodes().storedEntries() / (double) (sf.factorNonzeros() + n));
        time("supernodal ", sf, upper, v, signs, b, x);
    }

    private static void time(String label, QuasiDefiniteLdl f, CscMatrix upper, double[] v, int[] signs, double[] b, double[] x) {
        int n = upper.cols();
        double bestF = Double.MAX_VALUE, bestS = Double.MAX_VALUE;
        for (int rep = 0; rep < REPS; rep++) {
            long a = cpu();
            f.factor(v, signs, 1e-13, 1e-7);
            long c = cpu();
            System.arraycopy(b, 0, x, 0, n);
            f.solve(x);
            long d = cpu();
            bestF = Math.min(bestF, (c - a) / 1e6);
            bestS = Math.min(bestS, (d - c) / 1e6);
        }
        double res = UpperSymmetric.residual(upper, v, x, b, new double[n]);
        System.out.printf("%s factor %.1f ms, solve %.2f ms (best of %d, thread CPU time), residual ‖b−Kx‖∞ = %.2e%n", label, bestF, bestS, REPS, res);
    }

    private static final int REPS = Integer.getInteger("reps", 5);
    private static final java.lang.management.ThreadMXBean MX = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Thread CPU time (ns): steadier than wall time on a shared machine. */
    private static long cpu() { return MX.getCurrentThreadCpuTime(); }

    /** KKT [[δI, Aᵀ], [A, −I]] (δ = 1) from the ACOORD section of a CBF file; other sections are ignored. */
    static KktFixtures.Kkt cbfKkt(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file))))) {
            int nvar = -1, ncon = -1;
            CscMatrix.TripletBuilder tb = null;
            String line;
            while ((line = r.readLine()) != null) {
                line = line.trim();
                switch (line) {
                    case "VAR" -> nvar = Integer.parseInt(r.readLine().trim().split("\\s+")[0]);
                    case "CON" -> ncon = Integer.parseInt(r.readLine().trim().split("\\s+")[0]);
                    case "ACOORD" -> {
                        int nnz = Integer.parseInt(r.readLine().trim());
                        tb = new CscMatrix.TripletBuilder(nvar + ncon, nvar + ncon);
                        for (int k = 0; k < nnz; k++) {
                            String[] t = r.readLine().trim().split("\\s+");
                            tb.add(Integer.parseInt(t[1]), nvar + Integer.parseInt(t[0]), Double.parseDouble(t[2]));
                        }
                    }
                    default -> { }
                }
            }
            if (tb == null) throw new IOException("no ACOORD section in " + file);
            int[] signs = new int[nvar + ncon];
            for (int i = 0; i < nvar + ncon; i++) {
                signs[i] = i < nvar ? 1 : -1;
                tb.add(i, i, signs[i]);
            }
            return new KktFixtures.Kkt(tb.build(), signs, nvar, ncon);
        }
    }
}
