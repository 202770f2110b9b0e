package io.hedgecone.bandits.method;

import io.hedgecone.bandits.bound.BanditProblem;
import io.hedgecone.bandits.bound.BoundEvaluator;
import io.hedgecone.bandits.bound.BanditProblem.ArmTerms;
import io.hedgecone.bandits.bound.TailConstants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code brmob}: solves the union, Chernoff and ellipsoid programs, keeps the policy with the smallest certified
 * bound, then tightens. At a fixed π the tightest union bound is t* = min{t : Σ_a P[X_a &gt; t] ≤ δ}; its per-arm
 * risks δ_a = P[X_a &gt; t*] sum to δ, so re-solving the SOCP with c_a = z_{1−δ_a} yields π' with
 * U1_{δ_a}(π') ≤ U1_{δ_a}(π) = t*, hence t*(π') ≤ t*. Each iterate's bound is recomputed at its own π, so the
 * certificate is valid at every iteration; the loop stops when the bound no longer decreases.
 */
public final class Brmob implements PolicyMethod {
    /** Relative decrease below which tightening stops. */
    static final double MIN_DECREASE = 1e-6;
    /** Enough in practice: the decrease is geometric and the first two steps take most of it. */
    static final int MAX_TIGHTENING = 20;
    /** Floor on δ_a relative to δ/k: keeps c_a finite for arms whose tail is negligible at t*. */
    static final double RISK_FLOOR = 1e-9;

    @Override public String name() { return "brmob"; }

    @Override public MethodResult run(BanditProblem p, MethodOptions o) {
        long t0 = System.nanoTime();
        BoundEvaluator ev = new BoundEvaluator(p);
        List<String> notes = new ArrayList<>();
        double[] best = null;
        double bestBound = Double.POSITIVE_INFINITY;
        String from = null;
        List<PolicyMethod> candidates = List.of(new BrmobUnion(), new BrmobChernoff(), new BrmobEllipsoid());
        List<Future<MethodResult>> futures = new ArrayList<>();
        // The three programs are independent: solve them concurrently (separate models), then read them in order.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "brmob-candidate");
            t.setDaemon(true);
            return t;
        });
        try {
            for (PolicyMethod m : candidates) futures.add(pool.submit(() -> m.run(p, o)));
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < candidates.size(); i++) {
            PolicyMethod m = candidates.get(i);
            MethodResult r;
            try {
                r = futures.get(i).get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof IllegalStateException)) throw new IllegalStateException(m.name() + " failed: " + e.getCause(), e.getCause());
                notes.add(m.name() + " skipped: " + e.getCause().getMessage());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("brmob interrupted", e);
            }
            notes.addAll(r.notes());
            double b = ev.all(r.policy()).best();
            notes.add(String.format(Locale.ROOT, "%s: certified bound %.6g", m.name(), b));
            if (b < bestBound) {
                bestBound = b;
                best = r.policy();
                from = m.name();
            }
        }
        if (best == null) throw new IllegalStateException("brmob: none of the three bound programs returned a policy; " + String.join("; ", notes));
        // The greedy and LCB vertices are certified candidates too. At a vertex the tight union bound can be far
        // below U1 (most arms carry almost no risk), and t* is not convex in π, so the tightening fixed point reached
        // from the programs' policy can be a worse local one. Chaining from the best vertex as well makes brmob's
        // certificate never worse than greedy's or LCB's.
        double[] vertex = null;
        double vertexBound = Double.POSITIVE_INFINITY;
        for (PolicyMethod m : List.of(new Greedy(), new Lcb())) {
            double[] v = m.run(p, o).policy();
            double b = ev.all(v).best();
            if (b < vertexBound) {
                vertexBound = b;
                vertex = v;
            }
        }
        notes.add(String.format(Locale.ROOT, "best baseline vertex: certified bound %.6g", vertexBound));
        notes.add("tighten from " + from);
        double[][] chain = tighten(p, ev, best, bestBound, notes);
        if (vertexBound < bestBound || chain[1][0] > vertexBound) {
            notes.add("tighten from the baseline vertex");
            double[][] alt = tighten(p, ev, vertex, vertexBound, notes);
            if (alt[1][0] < chain[1][0]) chain = alt;
        }
        best = chain[0];
        return new MethodResult(name(), best, (System.nanoTime() - t0) / 1e6, notes);
    }

    /** Tightening chain from (π, bound); returns {π_best, {bound_best}}. */
    private static double[][] tighten(BanditProblem p, BoundEvaluator ev, double[] start, double startBound, List<String> notes) {
        double[] best = start;
        double bestBound = startBound;
        for (int it = 1; it <= MAX_TIGHTENING; it++) {
            ArmTerms terms = p.terms(best);
            double[] c = perArmConstants(p, ev.tight(terms).armRisk());
            ConicRun r = UnionSocp.solve(p, c, "brmob-tighten" + it);
            if (!r.usable()) {
                notes.add("tightening step " + it + " stopped: " + r.summary());
                break;
            }
            double b = ev.all(r.policy()).best();
            notes.add(String.format(Locale.ROOT, "tightening step %d: certified bound %.6g (%s)", it, b, r.verified() ? "verified" : "NOT VERIFIED"));
            if (!(b < bestBound * (1 - MIN_DECREASE) - 1e-15)) break;
            bestBound = b;
            best = r.policy();
        }
        return new double[][]{best, {bestBound}};
    }

    /** c_a for the re-solve: the tail quantile at δ_a, after rescaling the risks to sum to δ with a small floor. */
    static double[] perArmConstants(BanditProblem p, double[] armRisk) {
        int k = p.arms();
        double floor = RISK_FLOOR * p.delta() / k;
        double sum = 0;
        double[] r = new double[k];
        for (int a = 0; a < k; a++) {
            r[a] = Math.max(armRisk[a], floor);
            sum += r[a];
        }
        double[] c = new double[k];
        for (int a = 0; a < k; a++) c[a] = TailConstants.quantile(Math.min(0.5, r[a] * p.delta() / sum), p.tail());
        return c;
    }
}
