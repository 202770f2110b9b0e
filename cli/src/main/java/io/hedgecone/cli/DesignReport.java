package io.hedgecone.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.design.DesignResult;
import io.hedgecone.design.rounding.KPointDesign;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Output of {@code hedgecone design}: the JSON object, or a text summary. Non-finite numbers print as null. */
final class DesignReport {
    private DesignReport() { }

    static String json(DesignResult r, KPointDesign sel, double ms, double cpuMs, double[] runs) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("criterion", r.criterion().name());
        o.put("n", r.dimension());
        o.put("k_candidates", r.weights().length);
        ArrayNode w = o.putArray("weights");
        for (double x : r.weights()) w.add(x);
        num(o, "objective", r.objective());
        num(o, "max_leverage", r.certificate().maxLeverage());
        num(o, "certificate_gap", r.certificate().gap());
        ArrayNode s = o.putArray("selected");
        if (sel != null) for (int i : sel.indices()) s.add(i);
        o.put("method", r.method().label());
        o.put("solve_ms", Math.round(ms * 1000) / 1000.0);
        // extras beyond the keys
        o.put("rank", r.rank());
        num(o, "certificate_bound", r.certificate().bound());
        o.put("iterations", r.iterations());
        o.put("solve_cpu_ms", Math.round(cpuMs * 1000) / 1000.0);
        if (runs != null) {
            ArrayNode a = o.putArray("solve_ms_runs");
            for (double t : runs) a.add(Math.round(t * 1000) / 1000.0);
        }
        if (r.conic() != null) {
            ObjectNode c = o.putObject("conic");
            c.put("backend", r.conic().backend());
            c.put("status", r.conic().status());
            c.put("iterations", r.conic().iterations());
            num(c, "solver_objective", r.conic().criterionValue());
            num(c, "primal_residual", r.conic().primalResidualRel());
            num(c, "gap", r.conic().gapRel());
        }
        if (sel != null) {
            ObjectNode q = o.putObject("selection");
            q.put("rule", sel.rule());
            num(q, "log_det", sel.quality().logDet());
            num(q, "log_volume", sel.quality().logVolume());
            num(q, "max_leverage", sel.quality().maxLeverage());
            num(q, "approximation_factor", sel.quality().approximationFactor());
            if (sel.accepted() != null) q.put("accepted", sel.accepted());
            if (sel.draws() > 0) q.put("draws", sel.draws());
        }
        ArrayNode notes = o.putArray("notes");
        for (String n : r.notes()) notes.add(n);
        if (sel != null) for (String n : sel.notes()) notes.add(n);
        return m.writeValueAsString(o);
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.putNull(key);
    }

    static void text(PrintWriter out, String file, DesignResult r, KPointDesign sel, double ms, double cpuMs, double[] runs) {
        var cert = r.certificate();
        out.printf("file            %s%n", file);
        out.printf("candidates      %d points in R^%d (rank %d)%n", r.weights().length, r.dimension(), r.rank());
        out.printf("criterion       %s  (%s)%n", r.criterion(), switch (r.criterion()) {
            case D -> "maximize log det V";
            case G -> "minimize max leverage";
            case A -> "minimize trace V^-1";
        });
        out.printf("method          %s, %d iterations%s%n", r.method().label(), r.iterations(),
                r.conic() == null ? "" : " (" + r.conic().backend() + ", " + r.conic().status() + ")");
        out.printf("objective       %.10g%n", cert.objective());
        out.printf("dual bound      %.10g  (gap %.3g)%n", cert.bound(), cert.gap());
        out.printf("max leverage    %.10g  (n = %d, C = %.6g)%n", cert.maxLeverage(), r.rank(), cert.approximationFactor());
        int[] order = IntStream.range(0, r.weights().length).filter(i -> r.weights()[i] > 1e-9).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -r.weights()[i])).mapToInt(Integer::intValue).toArray();
        out.printf("support         %d candidates with weight > 1e-9%n", order.length);
        for (int p = 0; p < Math.min(order.length, 20); p++) out.printf("  %8d  %.8f%n", order[p], r.weights()[order[p]]);
        if (order.length > 20) out.printf("  ... %d more%n", order.length - 20);
        if (sel != null) {
            out.printf("selected        %s (%s)%n", DesignCommand.boxed(sel.indices()), sel.rule());
            out.printf("  log det       %.10g%n", sel.quality().logDet());
            out.printf("  max leverage  %.10g  (C = %.6g%s)%n", sel.quality().maxLeverage(), sel.quality().approximationFactor(),
                    sel.accepted() == null ? "" : sel.accepted() ? ", accepted after " + sel.draws() + " draws" : ", NOT accepted in " + sel.draws() + " draws");
        }
        out.printf("time            %.1f ms wall, %.1f ms CPU%s%n", ms, cpuMs, runs == null ? "" : " (medians of " + runs.length + " runs)");
        for (String n : r.notes()) out.printf("note            %s%n", n);
        if (sel != null) for (String n : sel.notes()) out.printf("note            %s%n", n);
    }
}
