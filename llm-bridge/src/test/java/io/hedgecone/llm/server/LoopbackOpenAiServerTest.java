package io.hedgecone.llm.server;

import io.hedgecone.llm.sim.SimulatedLlm;
import io.hedgecone.llm.wire.ErrorWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loopback server's own behaviour towards clients that misuse it. */
class LoopbackOpenAiServerTest {
    private LoopbackOpenAiServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach void start() throws IOException {
        SimulatedLlm sim = SimulatedLlm.withSeed(1);
        server = LoopbackOpenAiServer.start(sim, sim, sim, LoopbackOpenAiServer.Options.defaults());
    }

    @AfterEach void stop() { server.close(); }

    private HttpResponse<byte[]> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring("/v1".length())));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test void listensOnLoopbackOnly() {
        assertTrue(server.baseUrl().toString().startsWith("http://127.0.0.1:"), server.baseUrl().toString());
    }

    @Test void misuseGetsTheProtocolsErrorBody() throws Exception {
        HttpResponse<byte[]> r = send("POST", "/v1/nothing", "{}");
        assertEquals(404, r.statusCode());
        assertEquals("no such endpoint: /v1/nothing", ErrorWire.explain(r.body()));
        r = send("GET", "/v1/completions", null);
        assertEquals(405, r.statusCode());
        r = send("POST", "/v1/completions", "{\"prompt\": ");
        assertEquals(400, r.statusCode());
        assertTrue(ErrorWire.explain(r.body()).startsWith("malformed JSON"), ErrorWire.explain(r.body()));
        r = send("POST", "/v1/embeddings", "{\"input\": [], \"model\": \"hedgecone-sim\"}");
        assertEquals(400, r.statusCode());
        assertEquals("input must not be empty", ErrorWire.explain(r.body()));
        r = send("POST", "/v1/chat/completions", "{\"messages\": [{\"role\": \"robot\", \"content\": \"x\"}]}");
        assertEquals(400, r.statusCode());
        assertEquals("messages[0].role must be system, user or assistant, got \"robot\"", ErrorWire.explain(r.body()));
    }

    @Test void respondsWithoutWaitingForDelayedAcks() {
        // regression: without TCP_NODELAY every response waited ~40 ms for the client's delayed ACK
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    }
}
