package io.hedgecone.bandits.instance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a bandit instance from JSON (format in ARCHITECTURE.md §4 and issue 4) and validates it. Every error
 * names the JSON field. NaN and ±Infinity literals are accepted by the parser so that they can be reported by
 * field instead of as a syntax error.
 */
public final class InstanceReader {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final Set<String> TOP = Set.of("name", "arms", "delta", "features", "posterior", "data");

    private InstanceReader() { }

    /** Reads and validates the instance in {@code file}; a samples file is resolved relative to it. */
    public static BanditInstance read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file + " (instance file not found)");
        }
        String fallbackName = file.getFileName().toString().replaceFirst("\\.json$", "");
        return parse(text, file.toAbsolutePath().getParent(), fallbackName);
    }

    /** Parses and validates instance JSON; {@code baseDir} resolves a samples file (may be null if none is used). */
    public static BanditInstance parse(String json, Path baseDir, String fallbackName) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InstanceException("(file)", "not valid JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject()) throw new InstanceException("(file)", "must hold a JSON object");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!TOP.contains(f)) throw new InstanceException(f, "unknown field; expected one of " + TOP);
        }
        String name = root.has("name") ? text(root.get("name"), "name") : fallbackName;
        if (!root.has("delta")) throw new InstanceException("delta", "is missing");
        double delta = number(root.get("delta"), "delta");
        double[][] features = root.has("features") ? matrix(root.get("features"), "features") : null;
        if (root.has("posterior") == root.has("data"))
            throw new InstanceException("posterior", "give exactly one of \"posterior\" and \"data\"");
        PosteriorSpec spec = root.has("posterior") ? posterior(root.get("posterior"), baseDir) : data(root.get("data"));
        BanditInstance in = InstanceValidator.validate(new BanditInstance(name, delta, features, spec));
        if (root.has("arms")) {
            double arms = number(root.get("arms"), "arms");
            if (arms != in.arms()) throw new InstanceException("arms", "is " + root.get("arms") + " but the instance has " + in.arms() + " arms");
        }
        return in;
    }

    private static PosteriorSpec posterior(JsonNode p, Path baseDir) throws IOException {
        if (!p.isObject()) throw new InstanceException("posterior", "must be an object");
        String type = p.has("type") ? text(p.get("type"), "posterior.type") : "";
        switch (type) {
            case "gaussian" -> {
                double[] mean = vector(req(p, "mean", "posterior"), "posterior.mean");
                boolean cov = p.has("covariance"), chol = p.has("cholesky");
                if (cov == chol) throw new InstanceException("posterior.covariance", "give exactly one of \"covariance\" and \"cholesky\"");
                return cov ? new PosteriorSpec.Gaussian(mean, matrix(p.get("covariance"), "posterior.covariance"), null)
                        : new PosteriorSpec.Gaussian(mean, null, matrix(p.get("cholesky"), "posterior.cholesky"));
            }
            case "beta" -> {
                double[] alpha = vector(req(p, "alpha", "posterior"), "posterior.alpha");
                double[] beta = vector(req(p, "beta", "posterior"), "posterior.beta");
                String proxy = p.has("variance_proxy") ? text(p.get("variance_proxy"), "posterior.variance_proxy") : "sub-gaussian";
                if (alpha.length != beta.length)
                    throw new InstanceException("posterior.beta", "has " + beta.length + " entries but posterior.alpha has " + alpha.length);
                return new PosteriorSpec.Beta(alpha, beta, proxy);
            }
            case "samples" -> {
                String file = text(req(p, "file", "posterior"), "posterior.file");
                Path path = baseDir == null ? Path.of(file) : baseDir.resolve(file);
                return new PosteriorSpec.Samples(file, SampleFile.read(path, "posterior.file"));
            }
            default -> throw new InstanceException("posterior.type", "must be \"gaussian\", \"beta\" or \"samples\", got \"" + type + "\"");
        }
    }

    private static PosteriorSpec data(JsonNode d) {
        if (!d.isObject()) throw new InstanceException("data", "must be an object");
        JsonNode prior = req(d, "prior", "data");
        double[] mean = vector(req(prior, "mean", "data.prior"), "data.prior.mean");
        double[][] cov = matrix(req(prior, "covariance", "data.prior"), "data.prior.covariance");
        double sd = number(req(d, "noise_sd", "data"), "data.noise_sd");
        JsonNode acts = req(d, "actions", "data");
        if (!acts.isArray()) throw new InstanceException("data.actions", "must be an array of arm indices");
        int[] actions = new int[acts.size()];
        for (int t = 0; t < actions.length; t++) {
            JsonNode a = acts.get(t);
            if (!a.canConvertToInt() || !a.isIntegralNumber()) throw new InstanceException("data.actions[" + t + "]", "must be an integer arm index, got " + a);
            actions[t] = a.intValue();
        }
        double[] rewards = vector(req(d, "rewards", "data"), "data.rewards");
        return new PosteriorSpec.Data(mean, cov, sd, actions, rewards);
    }

    private static JsonNode req(JsonNode n, String field, String parent) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new InstanceException(parent + "." + field, "is missing");
        return v;
    }

    static String text(JsonNode n, String field) {
        if (!n.isTextual()) throw new InstanceException(field, "must be a string, got " + n);
        return n.textValue();
    }

    static double number(JsonNode n, String field) {
        if (!n.isNumber()) throw new InstanceException(field, "must be a number, got " + n);
        double v = n.doubleValue();
        if (!Double.isFinite(v)) throw new InstanceException(field, "is " + v);
        return v;
    }

    static double[] vector(JsonNode n, String field) {
        if (!n.isArray()) throw new InstanceException(field, "must be an array of numbers");
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) v[i] = number(n.get(i), field + "[" + i + "]");
        return v;
    }

    static double[][] matrix(JsonNode n, String field) {
        if (!n.isArray()) throw new InstanceException(field, "must be an array of rows");
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) rows.add(vector(n.get(i), field + "[" + i + "]"));
        return rows.toArray(new double[0][]);
    }
}
