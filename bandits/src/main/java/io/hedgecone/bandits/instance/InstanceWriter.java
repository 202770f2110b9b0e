package io.hedgecone.bandits.instance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an instance as JSON in the format {@link InstanceReader} reads (a samples posterior keeps its file reference). */
public final class InstanceWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InstanceWriter() { }

    public static String toJson(BanditInstance in) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", in.name());
        root.put("delta", in.delta());
        if (in.features() != null) root.set("features", matrix(in.features()));
        PosteriorSpec p = in.posterior();
        if (p instanceof PosteriorSpec.Gaussian g) {
            ObjectNode o = root.putObject("posterior");
            o.put("type", "gaussian");
            o.set("mean", vector(g.mean()));
            if (g.covariance() != null) o.set("covariance", matrix(g.covariance()));
            else o.set("cholesky", matrix(g.cholesky()));
        } else if (p instanceof PosteriorSpec.Beta b) {
            ObjectNode o = root.putObject("posterior");
            o.put("type", "beta");
            o.set("alpha", vector(b.alpha()));
            o.set("beta", vector(b.beta()));
            o.put("variance_proxy", b.varianceProxy());
        } else if (p instanceof PosteriorSpec.Samples s) {
            ObjectNode o = root.putObject("posterior");
            o.put("type", "samples");
            o.put("file", s.file());
        } else if (p instanceof PosteriorSpec.Data d) {
            ObjectNode o = root.putObject("data");
            ObjectNode prior = o.putObject("prior");
            prior.set("mean", vector(d.priorMean()));
            prior.set("covariance", matrix(d.priorCovariance()));
            o.put("noise_sd", d.noiseSd());
            ArrayNode acts = o.putArray("actions");
            for (int a : d.actions()) acts.add(a);
            o.set("rewards", vector(d.rewards()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(BanditInstance in, Path file) throws IOException {
        Files.writeString(file, toJson(in) + "\n");
    }

    private static ArrayNode vector(double[] v) {
        ArrayNode a = JSON.createArrayNode();
        for (double x : v) a.add(x);
        return a;
    }

    private static ArrayNode matrix(double[][] m) {
        ArrayNode a = JSON.createArrayNode();
        for (double[] row : m) a.add(vector(row));
        return a;
    }
}
