package io.hedgecone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignCommandTest {
    static final Path INSTANCES = Path.of("..", "instances", "design");

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static JsonNode json(String... args) throws Exception {
        Run r = run(args);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test void jsonHasTheIssueKeys() throws Exception {
        JsonNode o = json("design", INSTANCES.resolve("three-points-scaled.csv").toString(), "--criterion", "D", "--method", "fw",
                "--epsilon", "1e-12", "--select", "2", "--json");
        for (String key : List.of("criterion", "n", "k_candidates", "weights", "objective", "max_leverage", "certificate_gap",
                "selected", "method", "solve_ms"))
            assertTrue(o.has(key), "missing key " + key);
        assertEquals("D", o.get("criterion").asText());
        assertEquals(2, o.get("n").asInt());
        assertEquals(3, o.get("k_candidates").asInt());
        assertEquals("fw", o.get("method").asText());
        // weights (7/15, 4/15, 4/15) and log det 16/15: tolerances as in the design module's exact-case tests
        assertEquals(7 / 15.0, o.get("weights").get(0).asDouble(), 1e-6);
        assertEquals(Math.log(16 / 15.0), o.get("objective").asDouble(), 1e-9);
        assertEquals(2, o.get("max_leverage").asDouble(), 1e-9);
        assertEquals(2, o.get("selected").size());
        assertTrue(o.get("certificate_gap").asDouble() <= 1e-11);
    }

    /** Every MANIFEST row: the first-order path at ε = 1e-12 reproduces the listed optimum (1e-9) and weights (1e-6). */
    @Test void manifestInstancesHaveTheirExactAnswers() throws Exception {
        List<String> lines = Files.readAllLines(INSTANCES.resolve("MANIFEST.csv"));
        assertTrue(lines.size() > 6);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 6);
            JsonNode o = json("design", INSTANCES.resolve(f[1]).toString(), "--criterion", f[2], "--method", "fw", "--epsilon", "1e-12", "--json");
            assertEquals(Double.parseDouble(f[3]), o.get("objective").asDouble(), 1e-9, f[0]);
            if (!f[4].isBlank()) {
                String[] w = f[4].trim().split(" ");
                for (int i = 0; i < w.length; i++) {
                    String[] frac = w[i].split("/");
                    double expected = frac.length == 2 ? Double.parseDouble(frac[0]) / Double.parseDouble(frac[1]) : Double.parseDouble(frac[0]);
                    assertEquals(expected, o.get("weights").get(i).asDouble(), 1e-6, f[0] + " weight " + i);
                }
            }
        }
    }

    @Test void badCsvRowsAreReportedWithLineNumbersAndExitTwo(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("bad.csv");
        Files.writeString(p, "x,y\n1,2\n3,abc\n4\n");
        Run r = run("design", p.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.csv:3: field 2 'abc' is not a number"), r.err());
        assertTrue(r.err().contains("bad.csv:4: 1 values, expected 2"), r.err());
    }

    @Test void eagleWithKBelowNIsAClearUsageError() {
        Run r = run("design", INSTANCES.resolve("identity-3.csv").toString(), "--select", "2", "--rounding", "eagle");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("k = 2 < n = 3"), r.err());
    }

    @Test void usageErrorsExitTwo() {
        assertEquals(2, run("design").code());
        assertEquals(2, run("design", INSTANCES.resolve("identity-3.csv").toString(), "--criterion", "E").code());
        assertEquals(2, run("design", INSTANCES.resolve("identity-3.csv").toString(), "--select", "0").code());
        assertEquals(2, run("design", "no-such-file.csv").code());
    }

    @Test void generateWritesASeededFileThatDesignReads(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv");
        assertEquals(0, run("design", "generate", "--points", "50", "--dim", "3", "--seed", "7", "--out", a.toString()).code());
        assertEquals(0, run("design", "generate", "--points", "50", "--dim", "3", "--seed", "7", "--out", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b));
        JsonNode o = json("design", a.toString(), "--criterion", "G", "--method", "fw", "--select", "5", "--rounding", "sample", "--seed", "3", "--json");
        assertEquals(3, o.get("objective").asDouble(), 3e-6, "G optimum = n to the default ε = 1e-6");
        assertEquals(5, o.get("selected").size());
    }

    @Test void textOutputNamesMethodAndCertificate() {
        Run r = run("design", INSTANCES.resolve("circle-7.csv").toString(), "--method", "fw");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("method          fw"), r.out());
        assertTrue(r.out().contains("dual bound"), r.out());
    }
}
