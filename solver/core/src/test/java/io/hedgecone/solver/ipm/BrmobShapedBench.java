package io.hedgecone.solver.ipm;

import io.hedgecone.solver.form.ConeSpec;
import io.hedgecone.solver.form.ConicProblem;
import io.hedgecone.solver.linalg.CscMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Timing harness (not a unit test) for SOCPs shaped like the BRMOB union bound B1: k arms with d features,
 * <pre>
 *   min t  s.t.  φ_aᵀμ − μᵀw + c·‖Lᵀ(φ_a − w)‖ ≤ t  (a = 1..k),  w = Φᵀπ,  1ᵀπ = 1,  π ≥ 0
 * </pre>
 * i.e. k second-order cones of dimension d + 1 that share the columns (t, w).
 * <pre>  java [-Dverbose=true] -cp solver/core/target/classes:solver/core/target/test-classes io.hedgecone.solver.ipm.BrmobShapedBench [k] [d] [reps]</pre>
 */
public final class BrmobShapedBench {
    public static ConicProblem instance(int k, int d, long seed) {
        Random rnd = new Random(seed);
        double[][] phi = new double[k][d];
        for (double[] row : phi) for (int j = 0; j < d; j++) row[j] = rnd.nextGaussian();
        double[] mu = new double[d];
        for (int j = 0; j < d; j++) mu[j] = rnd.nextGaussian();
        double[][] l = new double[d][d]; // lower-triangular Cholesky factor of the posterior covariance
        for (int i = 0; i < d; i++) { l[i][i] = 0.5 + rnd.nextDouble(); for (int j = 0; j < i; j++) l[i][j] = 0.3 * rnd.nextGaussian(); }
        double c = 2.5;
        // variables: π (k), w (d), t
        int n = k + d + 1, iw = k, it = k + d;
        CscMatrix.TripletBuilder a = new CscMatrix.TripletBuilder(0, 0);
        List<int[]> ti = new ArrayList<>();
        List<Double> tv = new ArrayList<>();
        int row = 0;
        List<ConeSpec> cones = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        // equalities: w − Φᵀπ = 0 (d rows), 1ᵀπ = 1
        for (int j = 0; j < d; j++) {
            ti.add(new int[]{row, iw + j}); tv.add(1.0);
            for (int p = 0; p < k; p++) { ti.add(new int[]{row, p}); tv.add(-phi[p][j]); }
            b.add(0.0);
            row++;
        }
        for (int p = 0; p < k; p++) { ti.add(new int[]{row, p}); tv.add(1.0); }
        b.add(1.0);
        row++;
        cones.add(new ConeSpec.Zero(d + 1));
        // π ≥ 0
        for (int p = 0; p < k; p++) { ti.add(new int[]{row++, p}); tv.add(-1.0); b.add(0.0); }
        cones.add(new ConeSpec.Nonneg(k));
        // cones: s0 = (t − φ_aᵀμ + μᵀw)/c, s_i = (Lᵀ(φ_a − w))_i
        for (int p = 0; p < k; p++) {
            double fm = 0;
            for (int j = 0; j < d; j++) fm += phi[p][j] * mu[j];
            ti.add(new int[]{row, it}); tv.add(-1.0 / c);
            for (int j = 0; j < d; j++) { ti.add(new int[]{row, iw + j}); tv.add(-mu[j] / c); }
            b.add(-fm / c);
            row++;
            for (int i = 0; i < d; i++) {
                double v = 0;
                for (int j = 0; j < d; j++) { v += l[j][i] * phi[p][j]; ti.add(new int[]{row, iw + j}); tv.add(l[j][i]); }
                b.add(v);
                row++;
            }
            cones.add(new ConeSpec.Soc(d + 1));
        }
        CscMatrix.TripletBuilder tb = new CscMatrix.TripletBuilder(row, n);
        for (int q = 0; q < ti.size(); q++) tb.add(ti.get(q)[0], ti.get(q)[1], tv.get(q));
        double[] q = new double[n];
        q[it] = 1;
        double[] bb = new double[row];
        for (int i = 0; i < row; i++) bb[i] = b.get(i);
        return new ConicProblem(CscMatrix.zeros(n, n), q, tb.build(), bb, cones, 0.0);
    }

    public static void main(String[] args) {
        int k = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ConicProblem p = instance(k, d, 42);
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            ConicSolution s = ConicSolver.solve(p, Settings.builder().verbose(Boolean.getBoolean("verbose")).build());
            System.out.printf(Locale.ROOT, "k=%d d=%d: %s in %d iterations, %.3f s (solver-reported %.3f s), objective %.8f%n",
                    k, d, s.status(), s.iterations(), (System.nanoTime() - t0) * 1e-9, s.solveTimeSeconds(), s.primalObjective());
        }
    }
}
