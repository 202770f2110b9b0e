package io.hedgecone.bandits.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.bandits.BanditSolve;
import io.hedgecone.bandits.eval.Estimate;

/**
 * The {@code --json} output of {@code hedgecone solve}, exactly:
 * {@code {"instance", "delta", "results": [{"method", "policy", "bound", "var_regret": {"estimate", "ci"},
 * "mean_regret": {"estimate", "ci"}, "solve_ms"}]}}.
 */
public final class SolveJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SolveJson() { }

    public static ObjectNode toNode(BanditSolve.Outcome out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("instance", out.instance());
        root.put("delta", out.delta());
        ArrayNode results = root.putArray("results");
        for (BanditSolve.Row r : out.rows()) {
            ObjectNode o = results.addObject();
            o.put("method", r.result().method());
            ArrayNode pol = o.putArray("policy");
            for (double x : r.result().policy()) pol.add(x);
            if (r.bound() == null) o.putNull("bound");
            else o.put("bound", r.bound());
            o.set("var_regret", estimate(r.regret().var()));
            o.set("mean_regret", estimate(r.regret().mean()));
            o.put("solve_ms", r.result().solveMillis());
        }
        return root;
    }

    public static String toJson(BanditSolve.Outcome out) {
        try {
            return JSON.writeValueAsString(toNode(out));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode estimate(Estimate e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("estimate", e.estimate());
        ArrayNode ci = o.putArray("ci");
        ci.add(e.lo());
        ci.add(e.hi());
        return o;
    }
}
