package io.hedgecone.llm.wire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON node together with its path in the document, so that every shape error names the field.
 *
 * @param node the node (never {@code null} or JSON null)
 * @param path its path, e.g. {@code data[3].embedding}
 */
public record WireNode(JsonNode node, String path) {

    /** The root of a document. */
    public static WireNode root(JsonNode n, String what) {
        if (!n.isObject()) throw new WireFormatException(what + " must be a JSON object, got " + kind(n));
        return new WireNode(n, "");
    }

    private String child(String f) { return path.isEmpty() ? f : path + "." + f; }

    /** A field that must be present and not null. */
    public WireNode req(String f) {
        JsonNode c = node.get(f);
        if (c == null || c.isNull()) throw new WireFormatException("field " + child(f) + " is missing");
        return new WireNode(c, child(f));
    }

    /** A field that may be absent or null ({@code null} then). */
    public WireNode opt(String f) {
        JsonNode c = node.get(f);
        return c == null || c.isNull() ? null : new WireNode(c, child(f));
    }

    public String text() {
        if (!node.isTextual()) throw wrong("a string");
        return node.textValue();
    }

    public int intValue() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) throw wrong("an integer");
        return node.intValue();
    }

    public long longValue() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) throw wrong("an integer");
        return node.longValue();
    }

    public double number() {
        if (!node.isNumber()) throw wrong("a number");
        double v = node.doubleValue();
        if (!Double.isFinite(v)) throw new WireFormatException(path + " is not finite: " + node.asText());
        return v;
    }

    /** A number that is finite as a float (1e39 is not). */
    public float finiteFloat() {
        if (!node.isNumber()) throw wrong("a number");
        float v = node.floatValue();
        if (!Float.isFinite(v)) throw new WireFormatException(path + " is not a finite float: " + node.asText());
        return v;
    }

    public boolean bool() {
        if (!node.isBoolean()) throw wrong("true or false");
        return node.booleanValue();
    }

    public boolean isArray() { return node.isArray(); }

    public boolean isText() { return node.isTextual(); }

    /** The elements of an array field. */
    public List<WireNode> array() {
        if (!node.isArray()) throw wrong("an array");
        List<WireNode> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) out.add(new WireNode(node.get(i), path + "[" + i + "]"));
        return out;
    }

    /** The elements of an array field, each of which may be JSON null ({@code null} then). */
    public List<WireNode> arrayWithNulls() {
        if (!node.isArray()) throw wrong("an array");
        List<WireNode> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++)
            out.add(node.get(i).isNull() ? null : new WireNode(node.get(i), path + "[" + i + "]"));
        return out;
    }

    /** Requires an object. */
    public WireNode object() {
        if (!node.isObject()) throw wrong("an object");
        return this;
    }

    private WireFormatException wrong(String expected) {
        return new WireFormatException((path.isEmpty() ? "document" : path) + " must be " + expected + ", got " + kind(node));
    }

    private static String kind(JsonNode n) {
        if (n.isTextual()) {
            String t = n.textValue();
            return "string \"" + (t.length() > 30 ? t.substring(0, 27) + "..." : t) + "\"";
        }
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + (n.isValueNode() ? " " + n.asText() : "");
    }
}
