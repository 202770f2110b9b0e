package io.hedgecone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SolveCommandTest {
    record Result(int code, String out, String err) { }

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    static List<String> fields(JsonNode n) {
        List<String> f = new java.util.ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) f.add(it.next());
        return f;
    }

    @Test void jsonHasExactlyTheDocumentedShape() throws Exception {
        Result r = run("solve", "../instances/bandits/two-arm.json", "--samples", "5000", "--seed", "3", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("instance", "delta", "results"), fields(root));
        assertEquals("two-arm", root.get("instance").asText());
        assertEquals(0.1, root.get("delta").asDouble());
        assertEquals(3, root.get("results").size());
        for (JsonNode m : root.get("results")) {
            assertEquals(List.of("method", "policy", "bound", "var_regret", "mean_regret", "solve_ms"), fields(m));
            assertEquals(2, m.get("policy").size());
            assertTrue(m.get("bound").isNumber());
            for (String e : new String[]{"var_regret", "mean_regret"}) {
                assertEquals(List.of("estimate", "ci"), fields(m.get(e)));
                assertTrue(m.get(e).get("ci").get(0).asDouble() <= m.get(e).get("estimate").asDouble());
            }
        }
        assertEquals(List.of("brmob", "lcb", "greedy"), List.of(root.get("results").get(0).get("method").asText(),
                root.get("results").get(1).get("method").asText(), root.get("results").get(2).get("method").asText()));
        // Same seed, same numbers.
        assertEquals(r.out().replaceAll("\"solve_ms\" : [0-9.eE+-]+", ""),
                run("solve", "../instances/bandits/two-arm.json", "--samples", "5000", "--seed", "3", "--json").out().replaceAll("\"solve_ms\" : [0-9.eE+-]+", ""));
    }

    @Test void tablePrintsEveryMethodAndSamplesPosteriorHasNoBound() {
        Result r = run("solve", "../instances/bandits/samples.json", "--method", "brmob,cvar,uniform", "--samples", "2000", "--delta", "0.2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("delta = 0.2"), r.out());
        assertTrue(r.out().contains("not certified"), r.out());
        for (String m : new String[]{"brmob", "cvar", "uniform"}) assertTrue(r.out().contains("\n" + m + " "), r.out());
    }

    @Test void badInputExitsWithTwoAndNamesTheField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"delta\": 0.1, \"posterior\": {\"type\": \"gaussian\", \"mean\": [0, 0], \"covariance\": [[1, 3], [3, 1]]}}");
        Result r = run("solve", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("posterior.covariance"), r.err());
        assertEquals(2, run("solve", "../instances/bandits/two-arm.json", "--delta", "0.6").code());
        assertEquals(2, run("solve", "../instances/bandits/two-arm.json", "--method", "nope").code());
        assertEquals(2, run("solve", dir.resolve("missing.json").toString()).code());
    }

    @Test void benchWritesResultsSummaryAndPlots(@TempDir Path dir) throws Exception {
        Path suite = dir.resolve("s.json");
        Files.writeString(suite, "{\"name\": \"cli\", \"seed\": 3, \"runs\": 2, \"delta\": 0.1, \"arms\": [3], \"dim\": 2, \"noise_sd\": 0.5,"
                + " \"prior_sd\": [1], \"n\": [5, 20], \"methods\": \"brmob,lcb\", \"eval_samples\": 1000}");
        Result r = run("bench", suite.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(dir.resolve("out/results.csv")) > 0);
        assertTrue(Files.readString(dir.resolve("out/summary.md")).contains("brmob vs lcb"));
        assertTrue(Files.exists(dir.resolve("out/regret-vs-n-K3-sq1.png")));
        assertTrue(Files.exists(dir.resolve("out/regret-vs-width-K3.png")));
    }
}
