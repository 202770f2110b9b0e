package io.hedgecone.design;

import io.hedgecone.design.algebra.Information;
import io.hedgecone.design.conic.ConicBackends;
import io.hedgecone.design.conic.ConicDesign;
import io.hedgecone.design.conic.ConicReport;
import io.hedgecone.design.fw.FrankWolfeA;
import io.hedgecone.design.fw.FrankWolfeD;
import io.hedgecone.design.fw.FwResult;
import io.hedgecone.design.fw.FwSettings;
import io.hedgecone.solver.form.BlockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Computes optimal continuous designs: prepares the points ({@link Candidates}), runs the conic or first-order
 * path and certifies the weights independently ({@link Certificates}).
 * <pre>{@code
 * DesignResult r = OptimalDesign.solve(DesignProblem.of(points), Criterion.D, DesignOptions.defaults());
 * r.weights(); r.certificate().gap();
 * }</pre>
 */
public final class OptimalDesign {
    private OptimalDesign() { }

    /** Solves {@code problem} for {@code criterion}. */
    public static DesignResult solve(DesignProblem problem, Criterion criterion, DesignOptions options) {
        long t0 = System.nanoTime();
        Candidates c = Candidates.of(problem, options.rankTolerance());
        return solve(c, criterion, options, t0);
    }

    /** Solves prepared candidates; {@code startNanos} is when timing began (System.nanoTime()). */
    public static DesignResult solve(Candidates c, Criterion criterion, DesignOptions options, long startNanos) {
        List<String> notes = new ArrayList<>(c.notes());
        Method method = resolve(c, criterion, options, notes);
        double[] w;
        int iterations;
        ConicReport report = null;
        if (method == Method.CONIC) {
            ConicDesign.Outcome o = ConicDesign.solve(c, criterion, options.conic());
            w = o.weights();
            report = o.report();
            notes.addAll(o.notes());
            iterations = (int) Math.min(Integer.MAX_VALUE, Math.max(0, report.iterations()));
        } else {
            FwSettings fs = new FwSettings(options.epsilon(), options.maxIterations(), 50);
            FwResult fr = criterion == Criterion.A
                    ? FrankWolfeA.run(c.projected(), c.count(), c.rank(), fs)
                    : FrankWolfeD.run(c.whitened(), c.count(), c.rank(), fs);
            w = fr.weights();
            iterations = fr.iterations();
            if (criterion == Criterion.G)
                notes.add("G-optimal weights from the D-optimal Frank-Wolfe path (Kiefer-Wolfowitz); the G certificate max g - r is checked directly");
            if (fr.eliminated() > 0) notes.add(fr.eliminated() + " candidates eliminated by the Harman-Pronzato bound");
            if (fr.stalled())
                notes.add("Frank-Wolfe stalled after " + fr.iterations() + " iterations: epsilon = " + options.epsilon()
                        + " is below what rounding allows here; the certificate gives the accuracy reached");
            else if (!fr.converged())
                notes.add("Frank-Wolfe stopped after " + fr.iterations() + " iterations before reaching epsilon = " + options.epsilon());
        }
        Certificates.Evaluation ev = Certificates.evaluate(c, w, criterion);
        double[] info = Information.matrix(c.scaledView(), c.count(), c.dimension(), w);
        double ms = (System.nanoTime() - startNanos) / 1e6;
        return new DesignResult(criterion, method, w, info, ev.leverages(), ev.certificate(), c.dimension(), iterations, ms,
                report, List.copyOf(notes));
    }

    /** AUTO → CONIC when a capable backend exists and the model is within {@link DesignOptions#autoConicLimit()}. */
    static Method resolve(Candidates c, Criterion criterion, DesignOptions options, List<String> notes) {
        if (options.method() != Method.AUTO) return options.method();
        long k = c.count(), r = c.rank();
        long coneEntries = switch (criterion) {
            case D -> 3 * k * r;
            case G -> 3 * k * k;
            case A -> k * (r + 2);
        };
        Set<BlockKind> kinds = criterion == Criterion.D && options.conic().dFormulation() == io.hedgecone.design.conic.DFormulation.LOGDET_EXP
                ? Set.of(BlockKind.LINEAR, BlockKind.RQCONE, BlockKind.PEXP) : Set.of(BlockKind.LINEAR, BlockKind.RQCONE);
        boolean capable = options.conic().backend() != null || ConicBackends.capable(kinds).isPresent();
        if (capable && coneEntries <= options.autoConicLimit()) {
            notes.add("auto: conic path (" + coneEntries + " cone entries)");
            return Method.CONIC;
        }
        notes.add(capable ? "auto: first-order path (the conic model would have " + coneEntries + " cone entries > " + options.autoConicLimit() + ")"
                : "auto: first-order path (no registered backend accepts rotated quadratic cones)");
        return Method.FW;
    }
}
