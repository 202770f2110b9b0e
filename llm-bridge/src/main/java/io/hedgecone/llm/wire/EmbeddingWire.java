package io.hedgecone.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hedgecone.llm.Embeddings;
import io.hedgecone.llm.Usage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code /v1/embeddings}: request and response bodies. */
public final class EmbeddingWire {
    private EmbeddingWire() {}

    /** A server's reading of a request: model (may be {@code null}) and texts. */
    public record Request(String model, List<String> texts) {}

    /** The request body for a batch of texts. */
    public static ObjectNode request(String model, List<String> texts) {
        ObjectNode o = Json.object();
        o.put("model", model);
        ArrayNode in = o.putArray("input");
        texts.forEach(in::add);
        o.put("encoding_format", "float");
        return o;
    }

    /**
     * Reads a response for {@code expectedCount} texts: every index 0..count-1 exactly once, every vector of one
     * length, equal to {@code expectedDimension} when that is positive, every entry a finite float. Vectors come back
     * in input order whatever order the server listed them in.
     *
     * @param firstInput     position of this batch's first text in the caller's list (for messages)
     * @param dimensionOrigin why {@code expectedDimension} is expected, e.g. "declared" (for messages)
     */
    public static Embeddings response(JsonNode body, int expectedCount, int expectedDimension, String dimensionOrigin,
                                      int firstInput, String requestedModel) {
        WireNode root = WireNode.root(body, "response");
        List<WireNode> data = root.req("data").array();
        if (data.size() != expectedCount)
            throw new WireFormatException("server returned " + data.size() + " embeddings for " + expectedCount + " inputs");
        float[][] vectors = new float[expectedCount][];
        int dim = expectedDimension;
        for (int pos = 0; pos < data.size(); pos++) {
            WireNode d = data.get(pos).object();
            WireNode idx = d.opt("index");
            int i = idx == null ? pos : idx.intValue();
            if (i < 0 || i >= expectedCount) throw new WireFormatException(d.path() + ".index is " + i + ", outside 0.." + (expectedCount - 1));
            if (vectors[i] != null) throw new WireFormatException(d.path() + ".index " + i + " appears twice");
            WireNode e = d.req("embedding");
            if (e.isText())
                throw new WireFormatException(e.path() + " is a string (base64?); the client asked for encoding_format=float");
            List<WireNode> xs = e.array();
            if (dim <= 0) dim = xs.size();
            if (xs.size() != dim)
                throw new WireFormatException(e.path() + " (input " + (firstInput + i) + ") has dimension " + xs.size() + ", expected " + dim
                        + " (" + (expectedDimension > 0 ? dimensionOrigin : "as the first vector of this response") + ")");
            float[] v = new float[dim];
            for (int j = 0; j < dim; j++) v[j] = xs.get(j).finiteFloat();
            vectors[i] = v;
        }
        if (dim <= 0) throw new WireFormatException("server returned vectors of dimension 0");
        WireNode m = root.opt("model");
        Usage u = CompletionWire.usage(root);
        return new Embeddings(m == null ? requestedModel : m.text(), dim, Arrays.asList(vectors),
                new Usage(u.promptTokens(), u.hasPromptTokens() ? 0 : -1));
    }

    /** Reads a request body as a server does; {@code input} may be one string or an array of strings. */
    public static Request parseRequest(JsonNode body) {
        WireNode root = WireNode.root(body, "request");
        WireNode model = root.opt("model");
        WireNode fmt = root.opt("encoding_format");
        if (fmt != null && !fmt.text().equals("float"))
            throw new WireFormatException("encoding_format must be \"float\" (this server does not do " + fmt.text() + ")");
        WireNode in = root.req("input");
        List<String> texts = new ArrayList<>();
        if (in.isText()) texts.add(in.text());
        else for (WireNode t : in.array()) texts.add(t.text());
        if (texts.isEmpty()) throw new WireFormatException("input must not be empty");
        return new Request(model == null ? null : model.text(), texts);
    }

    /** The response body a server sends. */
    public static ObjectNode responseJson(Embeddings e) {
        ObjectNode o = Json.object();
        o.put("object", "list");
        ArrayNode data = o.putArray("data");
        for (int i = 0; i < e.vectors().size(); i++) {
            ObjectNode d = data.addObject();
            d.put("object", "embedding");
            d.put("index", i);
            ArrayNode v = d.putArray("embedding");
            for (float x : e.vectors().get(i)) v.add(x);
        }
        o.put("model", e.model());
        if (e.usage().hasPromptTokens()) {
            ObjectNode u = o.putObject("usage");
            u.put("prompt_tokens", e.usage().promptTokens());
            u.put("total_tokens", e.usage().promptTokens());
        }
        return o;
    }
}
