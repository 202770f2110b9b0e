/**
 * LLM bridge: one interface for text generation ({@link io.hedgecone.llm.TextGenerator}) and embeddings
 * ({@link io.hedgecone.llm.Embedder}) with three backends — an OpenAI-compatible HTTP client
 * ({@code io.hedgecone.llm.http}), an in-process ONNX Runtime embedder ({@code io.hedgecone.llm.onnx}) and a
 * deterministic simulator ({@code io.hedgecone.llm.sim}, not a language model).
 *
 * <p>Failures are {@link io.hedgecone.llm.LlmException}s of three kinds: bad requests (never retried), transient
 * failures (retried by the HTTP client) and permanent failures.
 */
package io.hedgecone.llm;
