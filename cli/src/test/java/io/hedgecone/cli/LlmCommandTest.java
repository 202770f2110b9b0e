package io.hedgecone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hedgecone.llm.server.LoopbackOpenAiServer;
import io.hedgecone.llm.sim.SimulatedLlm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hedgecone llm} end to end: the simulator, the committed tiny ONNX model, and a loopback server. */
@Timeout(60)
class LlmCommandTest {
    private static final String ITEM_EDIT = "item: action=0.70 comedy=0.20 drama=0.50 romance=0.10 horror=0.00 scifi=0.90 animation=0.30 documentary=0.05\n"
            + "edit: increase comedy by 0.30";
    private static final Path TINY = Path.of("../llm-bridge/src/test/resources/tiny-embedder/model.onnx");

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test void simGenerateIsDeterministicAndReportsThroughput() {
        Result a = run("llm", "generate", "--sim", "--n", "3", "--seed", "4", ITEM_EDIT);
        Result b = run("llm", "generate", "--sim", "--n", "3", "--seed", "4", ITEM_EDIT);
        assertEquals(0, a.code, a.err);
        assertEquals(a.out, b.out);
        assertEquals(5, a.out.lines().count(), a.out); // three samples, two separators
        assertTrue(a.out.startsWith("item: action="), a.out);
        assertTrue(a.err.contains("simulator (seed 0, not an LLM)") && a.err.contains("requests/s") && a.err.contains("completion tokens/s"), a.err);
    }

    @Test void jsonOutputIsOneObject() throws Exception {
        Result r = run("llm", "generate", "--sim", "--json", "--n", "2", "--logprobs", "0", "--requests", "5", "--concurrency", "2", ITEM_EDIT);
        assertEquals(0, r.code, r.err);
        JsonNode o = new ObjectMapper().readTree(r.out);
        assertEquals(2, o.get("samples").size());
        assertEquals(SimulatedLlm.MODEL, o.get("model").textValue());
        assertEquals(5, o.get("throughput").get("requests").intValue());
        assertTrue(o.get("samples").get(0).get("logprob_sum").doubleValue() < 0);
    }

    @Test void onnxEmbedRunsTheCommittedTinyModel() {
        assertTrue(Files.isRegularFile(TINY), "run from the cli module: " + TINY.toAbsolutePath());
        Result r = run("llm", "embed", "--onnx", TINY.toString(), "--provider", "cpu", "some text", "hello world");
        assertEquals(0, r.code, r.err);
        String[] lines = r.out.split("\n");
        assertEquals(2, lines.length);
        assertEquals(4, lines[0].trim().split(" ").length);
        assertTrue(r.err.contains("dimension 4") && r.err.contains("on CPU"), r.err);
    }

    @Test void endpointAgainstALoopbackServer() throws Exception {
        SimulatedLlm sim = SimulatedLlm.withSeed(0);
        try (LoopbackOpenAiServer s = LoopbackOpenAiServer.start(sim, sim, sim, LoopbackOpenAiServer.Options.defaults())) {
            String url = s.baseUrl().toString();
            Result viaHttp = run("llm", "generate", "--endpoint", url, "--seed", "9", "--requests", "20", "--concurrency", "4", ITEM_EDIT);
            Result direct = run("llm", "generate", "--sim", "--seed", "9", ITEM_EDIT);
            assertEquals(0, viaHttp.code, viaHttp.err);
            assertEquals(direct.out, viaHttp.out);
            assertTrue(viaHttp.err.contains("20 requests (20 samples)") && viaHttp.err.contains("at concurrency 4"), viaHttp.err);
            Result models = run("llm", "models", "--endpoint", url);
            assertEquals(SimulatedLlm.MODEL + "\thedgecone simulator (not a language model)\n", models.out);
            Result emb = run("llm", "embed", "--endpoint", url, "--dimension", "16", "a", "b", "c");
            assertEquals(3, emb.out.lines().count(), emb.err);
            Result wrongDim = run("llm", "embed", "--endpoint", url, "--dimension", "8", "a");
            assertEquals(Main.INTERNAL, wrongDim.code);
            assertTrue(wrongDim.err.contains("has dimension 16, expected 8 (declared embedding_dimension)"), wrongDim.err);
        }
    }

    @Test void anUnreachableEndpointIsOneLineAndExit3() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Result r = run("llm", "generate", "--endpoint", "http://127.0.0.1:" + port + "/v1", "--model", "m", "--max-attempts", "2", "hi");
        assertEquals(Main.INTERNAL, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.startsWith("hedgecone llm generate: error: POST http://127.0.0.1:" + port + "/v1/completions: cannot connect"), r.err);
        assertEquals("", r.out);
    }

    @Test void badInputIsOneLineAndExit2() {
        Result prompt = run("llm", "generate", "--sim", "item: action=2");
        assertEquals(Main.BAD_INPUT, prompt.code);
        assertEquals(1, prompt.err.lines().count(), prompt.err);
        assertTrue(prompt.err.contains("simulator prompt line 1"), prompt.err);

        Result none = run("llm", "embed", "x");
        assertEquals(Main.BAD_INPUT, none.code);
        assertTrue(none.err.contains("choose a backend"), none.err);

        Result onnxGenerate = run("llm", "generate", "--onnx", TINY.toString(), "x");
        assertEquals(Main.BAD_INPUT, onnxGenerate.code);
        assertTrue(onnxGenerate.err.contains("--onnx is an embedding model"), onnxGenerate.err);

        Result both = run("llm", "generate", "--sim", "--endpoint", "http://127.0.0.1:1/v1", "x");
        assertEquals(Main.BAD_INPUT, both.code);
        assertTrue(both.err.contains("mutually exclusive"), both.err);

        Result temp = run("llm", "generate", "--sim", "--temperature", "-1", "x");
        assertEquals(Main.BAD_INPUT, temp.code);
        assertTrue(temp.err.contains("temperature must be finite and >= 0, got -1.0"), temp.err);
    }
}
