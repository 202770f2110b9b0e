/**
 * The JSON of the OpenAI-compatible protocol, both directions: what the HTTP client sends and reads, and what the
 * loopback server reads and sends. Reading is strict: a missing or mistyped field is a {@link
 * io.hedgecone.llm.wire.WireFormatException} naming its path ({@code choices[1].message.content}).
 */
package io.hedgecone.llm.wire;
