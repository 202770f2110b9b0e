package io.hedgecone.llm.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a small ONNX model (ModelProto, IR version 7, default opset 13) field by field, with the field numbers of
 * onnx.proto. Enough for graphs of Gather, ReduceMean, MatMul and Add over float and int64 tensors.
 */
final class OnnxGraph {
    // onnx.proto field numbers
    private static final int MODEL_IR_VERSION = 1, MODEL_PRODUCER = 2, MODEL_GRAPH = 7, MODEL_OPSET = 8;
    private static final int OPSET_DOMAIN = 1, OPSET_VERSION = 2;
    private static final int GRAPH_NODE = 1, GRAPH_NAME = 2, GRAPH_INITIALIZER = 5, GRAPH_INPUT = 11, GRAPH_OUTPUT = 12;
    private static final int NODE_INPUT = 1, NODE_OUTPUT = 2, NODE_NAME = 3, NODE_OP = 4, NODE_ATTRIBUTE = 5;
    private static final int ATTR_NAME = 1, ATTR_I = 3, ATTR_INTS = 8, ATTR_TYPE = 20, ATTR_TYPE_INT = 2, ATTR_TYPE_INTS = 7;
    private static final int TENSOR_DIMS = 1, TENSOR_TYPE = 2, TENSOR_NAME = 8, TENSOR_RAW = 9;
    private static final int VALUE_NAME = 1, VALUE_TYPE = 2, TYPE_TENSOR = 1, TTYPE_ELEM = 1, TTYPE_SHAPE = 2;
    private static final int SHAPE_DIM = 1, DIM_VALUE = 1, DIM_PARAM = 2;
    /** TensorProto.DataType. */
    static final int FLOAT = 1, INT64 = 7;

    private final List<ProtoWriter> nodes = new ArrayList<>(), initializers = new ArrayList<>(), inputs = new ArrayList<>(), outputs = new ArrayList<>();

    /** A graph input or output; a dimension is a {@code Long} (fixed) or a {@code String} (symbolic). */
    private static ProtoWriter valueInfo(String name, int elemType, Object... dims) {
        ProtoWriter shape = new ProtoWriter();
        for (Object d : dims) {
            ProtoWriter dim = new ProtoWriter();
            if (d instanceof Long v) dim.int64(DIM_VALUE, v);
            else dim.string(DIM_PARAM, (String) d);
            shape.message(SHAPE_DIM, dim);
        }
        ProtoWriter tensorType = new ProtoWriter().int64(TTYPE_ELEM, elemType).message(TTYPE_SHAPE, shape);
        return new ProtoWriter().string(VALUE_NAME, name).message(VALUE_TYPE, new ProtoWriter().message(TYPE_TENSOR, tensorType));
    }

    OnnxGraph input(String name, int elemType, Object... dims) {
        inputs.add(valueInfo(name, elemType, dims));
        return this;
    }

    OnnxGraph output(String name, int elemType, Object... dims) {
        outputs.add(valueInfo(name, elemType, dims));
        return this;
    }

    /** A float constant of the given shape, row-major. */
    OnnxGraph floats(String name, float[] data, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN); // raw_data is little-endian
        for (float f : data) raw.putFloat(f);
        ProtoWriter t = new ProtoWriter();
        for (long d : dims) t.int64(TENSOR_DIMS, d);
        t.int64(TENSOR_TYPE, FLOAT).string(TENSOR_NAME, name).bytes(TENSOR_RAW, raw.array());
        initializers.add(t);
        return this;
    }

    /** A node; {@code attributes} are name/value pairs, a value a {@code Long} or a {@code long[]}. */
    OnnxGraph node(String op, List<String> in, List<String> out, Object... attributes) {
        ProtoWriter n = new ProtoWriter();
        in.forEach(s -> n.string(NODE_INPUT, s));
        out.forEach(s -> n.string(NODE_OUTPUT, s));
        n.string(NODE_NAME, op.toLowerCase() + "_" + nodes.size()).string(NODE_OP, op);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            ProtoWriter a = new ProtoWriter().string(ATTR_NAME, (String) attributes[i]);
            if (attributes[i + 1] instanceof Long v) a.int64(ATTR_I, v).int64(ATTR_TYPE, ATTR_TYPE_INT);
            else {
                for (long v : (long[]) attributes[i + 1]) a.int64(ATTR_INTS, v);
                a.int64(ATTR_TYPE, ATTR_TYPE_INTS);
            }
            n.message(NODE_ATTRIBUTE, a);
        }
        nodes.add(n);
        return this;
    }

    byte[] toBytes(String graphName) {
        ProtoWriter g = new ProtoWriter();
        nodes.forEach(n -> g.message(GRAPH_NODE, n));
        g.string(GRAPH_NAME, graphName);
        initializers.forEach(t -> g.message(GRAPH_INITIALIZER, t));
        inputs.forEach(v -> g.message(GRAPH_INPUT, v));
        outputs.forEach(v -> g.message(GRAPH_OUTPUT, v));
        return new ProtoWriter().int64(MODEL_IR_VERSION, 7).string(MODEL_PRODUCER, "hedgecone-test")
                .message(MODEL_GRAPH, g).message(MODEL_OPSET, new ProtoWriter().string(OPSET_DOMAIN, "").int64(OPSET_VERSION, 13))
                .toByteArray();
    }
}
