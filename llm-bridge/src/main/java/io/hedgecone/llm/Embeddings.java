package io.hedgecone.llm;

import java.util.List;
import java.util.Objects;

/**
 * Vectors for a list of texts. The arrays are owned by the caller once returned.
 *
 * @param model     the embedding model, as the backend names it
 * @param dimension length of every vector
 * @param vectors   one vector per input text, in input order
 * @param usage     token counts (completion tokens 0)
 */
public record Embeddings(String model, int dimension, List<float[]> vectors, Usage usage) {
    public Embeddings {
        Objects.requireNonNull(model, "model");
        if (dimension < 1) throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        vectors = List.copyOf(vectors);
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            if (v.length != dimension)
                throw new IllegalArgumentException("vectors[" + i + "] has length " + v.length + ", expected dimension " + dimension);
            for (int j = 0; j < v.length; j++)
                if (!Float.isFinite(v[j])) throw new IllegalArgumentException("vectors[" + i + "][" + j + "] is not finite: " + v[j]);
        }
        Objects.requireNonNull(usage, "usage");
    }
}
