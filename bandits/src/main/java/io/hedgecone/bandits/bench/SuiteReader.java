package io.hedgecone.bandits.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hedgecone.bandits.instance.InstanceException;
import io.hedgecone.bandits.instance.InstanceValidator;
import io.hedgecone.bandits.method.Lcb;
import io.hedgecone.bandits.method.Methods;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads a suite file; every error names the field (reusing {@link InstanceException}). */
public final class SuiteReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("name", "seed", "runs", "delta", "arms", "dim", "multi_armed", "noise_sd",
            "prior_sd", "n", "logging", "methods", "alpha", "eval_samples");

    private SuiteReader() { }

    public static Suite read(Path file) throws IOException {
        JsonNode r;
        try {
            r = JSON.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InstanceException("(file)", "not valid JSON: " + e.getOriginalMessage());
        }
        if (r == null || !r.isObject()) throw new InstanceException("(file)", "must hold a JSON object");
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw new InstanceException(f, "unknown suite field; expected one of " + FIELDS);
        }
        String logging = r.has("logging") ? r.get("logging").asText() : "uniform";
        if (!logging.equals("uniform")) throw new InstanceException("logging", "only \"uniform\" logging is implemented, got \"" + logging + "\"");
        boolean multi = r.has("multi_armed") && r.get("multi_armed").asBoolean();
        double delta = num(r, "delta", 0.1);
        InstanceValidator.checkDelta(delta, "delta");
        int runs = (int) num(r, "runs", 30);
        if (runs < 1) throw new InstanceException("runs", "must be at least 1");
        int dim = multi ? 0 : (int) num(r, "dim", -1);
        if (!multi && dim < 1) throw new InstanceException("dim", "a linear suite needs dim >= 1 (or set multi_armed)");
        double noise = num(r, "noise_sd", 0.5);
        if (!(noise > 0)) throw new InstanceException("noise_sd", "must be positive");
        List<Integer> arms = ints(r, "arms");
        List<Double> priorSd = doubles(r, "prior_sd");
        List<Integer> n = ints(r, "n");
        for (double s : priorSd) if (!(s > 0)) throw new InstanceException("prior_sd", "values must be positive");
        for (int v : n) if (v < 0) throw new InstanceException("n", "values must be >= 0");
        for (int v : arms) if (v < 2) throw new InstanceException("arms", "values must be >= 2");
        String methods = r.has("methods") ? r.get("methods").asText() : "brmob,lcb,greedy,uniform";
        try {
            Methods.parse(methods);
        } catch (IllegalArgumentException e) {
            throw new InstanceException("methods", e.getMessage());
        }
        String alpha = r.has("alpha") ? r.get("alpha").asText() : "z";
        try {
            Lcb.parseAlpha(alpha, delta, 1);
        } catch (IllegalArgumentException e) {
            throw new InstanceException("alpha", e.getMessage());
        }
        int eval = (int) num(r, "eval_samples", 20_000);
        if (eval < 10) throw new InstanceException("eval_samples", "must be at least 10");
        String name = r.has("name") ? r.get("name").asText() : file.getFileName().toString().replaceFirst("\\.json$", "");
        return new Suite(name, (long) num(r, "seed", 1), runs, delta, arms, dim, multi, noise, priorSd, n, methods, alpha, eval);
    }

    private static double num(JsonNode r, String f, double dflt) {
        if (!r.has(f)) {
            if (Double.isNaN(dflt)) throw new InstanceException(f, "is missing");
            return dflt;
        }
        if (!r.get(f).isNumber()) throw new InstanceException(f, "must be a number");
        return r.get(f).asDouble();
    }

    private static List<Integer> ints(JsonNode r, String f) {
        List<Integer> out = new ArrayList<>();
        for (double v : doubles(r, f)) {
            if (v != Math.rint(v)) throw new InstanceException(f, "values must be integers");
            out.add((int) v);
        }
        return out;
    }

    private static List<Double> doubles(JsonNode r, String f) {
        JsonNode a = r.get(f);
        if (a == null) throw new InstanceException(f, "is missing");
        List<Double> out = new ArrayList<>();
        if (a.isNumber()) out.add(a.asDouble());
        else if (a.isArray() && a.size() > 0) for (JsonNode x : a) {
            if (!x.isNumber()) throw new InstanceException(f, "must hold numbers");
            out.add(x.asDouble());
        }
        else throw new InstanceException(f, "must be a number or a non-empty array of numbers");
        return out;
    }
}
