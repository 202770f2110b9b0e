package io.hedgecone.llm.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The part of the protobuf wire format an ONNX file needs: varints, length-delimited fields (strings, bytes and
 * nested messages). Repeated scalars are written one field each (unpacked), which every parser accepts.
 */
final class ProtoWriter {
    private static final int VARINT = 0, LENGTH_DELIMITED = 2;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private void tag(int field, int wireType) { varint(((long) field << 3) | wireType); }

    /** Base-128, least significant group first; negative numbers take ten bytes (two's complement), as protobuf does. */
    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    ProtoWriter int64(int field, long v) {
        tag(field, VARINT);
        varint(v);
        return this;
    }

    ProtoWriter bytes(int field, byte[] b) {
        tag(field, LENGTH_DELIMITED);
        varint(b.length);
        out.writeBytes(b);
        return this;
    }

    ProtoWriter string(int field, String s) { return bytes(field, s.getBytes(StandardCharsets.UTF_8)); }

    ProtoWriter message(int field, ProtoWriter m) { return bytes(field, m.toByteArray()); }

    byte[] toByteArray() { return out.toByteArray(); }
}
