package io.hedgecone.llm.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.util.Map;
import java.util.Set;

/**
 * What an embedding model takes and gives, read from its graph: BERT-style integer inputs {@code input_ids} and
 * optionally {@code attention_mask} and {@code token_type_ids} ([batch, sequence]); one float output, either already
 * pooled ([batch, dim]) or per token ([batch, sequence, dim], mean-pooled here over the attention mask).
 *
 * @param hasAttentionMask whether the model takes {@code attention_mask} (padding is then safe)
 * @param hasTokenTypes    whether it takes {@code token_type_ids}
 * @param int32            whether the inputs are int32 (else int64)
 * @param fixedBatch       the batch size the graph demands, or -1
 * @param fixedLength      the sequence length the graph demands, or -1
 * @param output           the output to read
 * @param pooled           whether that output is [batch, dim] (else [batch, seq, dim])
 * @param dimension        its last dimension, or -1 if the graph leaves it open
 */
record ModelSignature(boolean hasAttentionMask, boolean hasTokenTypes, boolean int32, long fixedBatch, long fixedLength,
                      String output, boolean pooled, long dimension) {

    static final String IDS = "input_ids", MASK = "attention_mask", TYPES = "token_type_ids";

    static ModelSignature read(OrtSession s, String wantedOutput) throws OrtException {
        Map<String, NodeInfo> in = s.getInputInfo();
        for (String name : in.keySet())
            if (!Set.of(IDS, MASK, TYPES).contains(name))
                throw new IllegalArgumentException("model input '" + name + "' is not one of input_ids, attention_mask, token_type_ids;"
                        + " only BERT-style text encoders are supported");
        if (!in.containsKey(IDS)) throw new IllegalArgumentException("model has no input_ids input (inputs: " + in.keySet() + ")");
        TensorInfo ids = tensor(in.get(IDS), IDS);
        if (ids.type != OnnxJavaType.INT64 && ids.type != OnnxJavaType.INT32)
            throw new IllegalArgumentException("input_ids must be int64 or int32, the model has " + ids.type);
        for (String name : in.keySet())
            if (tensor(in.get(name), name).type != ids.type)
                throw new IllegalArgumentException("input " + name + " has type " + tensor(in.get(name), name).type + ", input_ids " + ids.type);
        long[] shape = ids.getShape();
        if (shape.length != 2) throw new IllegalArgumentException("input_ids must have rank 2 [batch, sequence], the model has " + shape.length);

        Map<String, NodeInfo> out = s.getOutputInfo();
        String o = wantedOutput;
        if (o == null) o = out.containsKey("sentence_embedding") ? "sentence_embedding"
                : out.containsKey("last_hidden_state") ? "last_hidden_state"
                : out.size() == 1 ? out.keySet().iterator().next() : null;
        if (o == null || !out.containsKey(o))
            throw new IllegalArgumentException((o == null ? "cannot tell which model output is the embedding" : "model has no output '" + o + "'")
                    + " (outputs: " + out.keySet() + ")");
        TensorInfo ot = tensor(out.get(o), o);
        if (ot.type != OnnxJavaType.FLOAT) throw new IllegalArgumentException("output " + o + " must be float32, the model has " + ot.type);
        long[] os = ot.getShape();
        if (os.length != 2 && os.length != 3)
            throw new IllegalArgumentException("output " + o + " must be [batch, dim] or [batch, sequence, dim], the model has rank " + os.length);
        boolean mask = in.containsKey(MASK);
        if (os.length == 3 && !mask)
            throw new IllegalArgumentException("output " + o + " is per token but the model takes no attention_mask to pool it by");
        if (shape[1] > 0 && !mask)
            throw new IllegalArgumentException("model demands sequences of length " + shape[1] + " but takes no attention_mask, so padding would change its output");
        return new ModelSignature(mask, in.containsKey(TYPES), ids.type == OnnxJavaType.INT32, shape[0], shape[1], o, os.length == 2, os[os.length - 1]);
    }

    private static TensorInfo tensor(NodeInfo n, String name) {
        if (!(n.getInfo() instanceof TensorInfo t)) throw new IllegalArgumentException("model " + name + " is not a tensor");
        return t;
    }
}
