package io.hedgecone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hedgecone.solver.io.InstanceManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code hedgecone model}, {@code backends} and {@code bench-solvers} end to end on real instance files. */
class ModelCommandTest {
    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path instance(String rel) { return InstanceManifest.repoRoot().resolve("instances/solver").resolve(rel); }

    @Test void afiroJsonOnEveryBackendAgreesWithTheReference() throws Exception {
        double ref = -464.7531428571; // NETLIB afiro, MINOS 5.3 (MANIFEST)
        for (String b : List.of("native", "ojalgo", "ortools")) {
            Run r = run("model", instance("netlib/afiro.mps.gz").toString(), "--backend", b, "--json");
            assertEquals(0, r.code(), r.err());
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertEquals(List.of("file", "backend", "status", "objective", "iterations", "solve_ms", "primal_residual", "dual_residual", "gap"),
                    iterToList(j.fieldNames()));
            assertEquals("optimal", j.get("status").asText());
            assertEquals(b, j.get("backend").asText());
            // 1e-6 relative: the agreement tolerance between backends
            assertEquals(ref, j.get("objective").asDouble(), 1e-6 * Math.abs(ref));
        }
    }

    private static List<String> iterToList(java.util.Iterator<String> it) {
        List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    @Test void corruptFilesGiveExitTwoWithFileAndLine(@TempDir Path dir) throws Exception {
        Path mps = dir.resolve("cut.mps");
        Files.writeString(mps, "NAME CUT\nROWS\n N obj\n L c1\nCOLUMNS\n x obj 1 c1 1\n");
        Run r = run("model", mps.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cut.mps:6"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        Path cbf = dir.resolve("bad.cbf");
        Files.writeString(cbf, "VER\n3\nVAR\n2 1\nF 2\nOBJACOORD\n1\n0 abc\n");
        Run c = run("model", cbf.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("bad.cbf:8"), c.err());
        Run missing = run("model", dir.resolve("nope.qps").toString());
        assertEquals(2, missing.code());
        Run usage = run("model", mps.toString(), "--time-limit", "-1");
        assertEquals(2, usage.code());
    }

    @Test void unsupportedCapabilityIsNamed() {
        Run r = run("model", instance("cblib/nb.cbf.gz").toString(), "--backend", "ortools");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("quadratic cone"), r.err());
    }

    @Test void backendsListsTheDefault() {
        Run r = run("backends");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("native   available (default)"), r.out());
    }

    /** A folder holding NETLIB afiro and Maros HS21 (an LP and a QP). */
    private static Path afiroAndHs21(Path set) throws Exception {
        Files.createDirectories(set);
        Files.copy(instance("netlib/afiro.mps.gz"), set.resolve("afiro.mps.gz"));
        Files.copy(instance("maros/HS21.QPS"), set.resolve("HS21.QPS"));
        return set;
    }

    @Test void benchSolversWritesResultsSummaryAndProfile(@TempDir Path dir) throws Exception {
        Path set = afiroAndHs21(dir.resolve("mini"));
        Files.writeString(set.resolve("MANIFEST.csv"), "name,file,source,reference_objective,abs_tolerance,rel_tolerance,notes\n"
                + "AFIRO,afiro.mps.gz,netlib,-4.6475314286E+02,0,1e-6,\nHS21,HS21.QPS,maros,-9.99599999E+01,0,1e-6,\n");
        Path out = dir.resolve("out");
        Run r = run("bench-solvers", set.toString(), "--backends", "native,ortools", "--time-limit", "30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertTrue(csv.get(0).startsWith("set,instance,backend,status,objective,reference,rel_error,iterations,solve_ms"));
        assertEquals(1 + 2 + 1, csv.size(), "native on both, ortools only on the LP: " + csv);
        assertTrue(csv.stream().skip(1).allMatch(l -> l.contains(",optimal,") && l.contains(",true,")), String.join("\n", csv));
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("| mini | native | 2 | 2 |"), summary);
        assertTrue(summary.contains("--repeat 3") && summary.contains("median"), "the default repeat count and its meaning are recorded: " + summary);
        assertTrue(Files.size(out.resolve("profile.png")) > 1000);

        Run bad = run("bench-solvers", set.toString(), "--repeat", "0", "--out", out.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--repeat must be >= 1, got 0"), bad.err());
        Run badWarmup = run("bench-solvers", set.toString(), "--warmup", "-1", "--out", out.toString());
        assertEquals(2, badWarmup.code());
        assertTrue(badWarmup.err().contains("--warmup must be >= 0 seconds, got -1.0"), badWarmup.err());

        Run warm = run("bench-solvers", set.toString(), "--backends", "native", "--warmup", "0.2", "--repeat", "1", "--out", out.toString());
        assertEquals(0, warm.code(), warm.err());
        assertTrue(warm.err().contains("warm-up native: ") && warm.err().contains(" over 2 instances"), warm.err());
        assertTrue(Files.readString(out.resolve("summary.md")).contains("--warmup 0.2"));

        Path robust = dir.resolve("robust");
        Run probe = run("bench-solvers", set.toString(), "--backends", "native", "--repeat", "1", "--perturb", "1e-12", "--seeds", "2", "--out", robust.toString());
        assertEquals(0, probe.code(), probe.err());
        List<String> copies = Files.readAllLines(robust.resolve("robustness.csv"));
        assertTrue(copies.get(0).startsWith("seed,set,instance,backend,status"), copies.get(0));
        assertEquals(1 + 2 * 2, copies.size(), String.join("\n", copies));
        String probed = Files.readString(robust.resolve("summary.md"));
        assertTrue(probed.contains("## Robustness") && probed.contains("| native | 2 | 2 | 4 / 4 |") && probed.contains("--perturb 1.0E-12 --seeds 2"), probed);
        Run badPerturb = run("bench-solvers", set.toString(), "--perturb", "2", "--out", robust.toString());
        assertEquals(2, badPerturb.code());
        assertTrue(badPerturb.err().contains("--perturb must lie in [0, 1), got 2.0"), badPerturb.err());
        Run badSeeds = run("bench-solvers", set.toString(), "--perturb", "1e-12", "--seeds", "0", "--out", robust.toString());
        assertEquals(2, badSeeds.code());
        assertTrue(badSeeds.err().contains("--seeds must be >= 1, got 0"), badSeeds.err());
    }

    @Test void benchSolversTakesAFolderOfModelFilesWithoutManifest(@TempDir Path dir) throws Exception {
        Path set = afiroAndHs21(dir.resolve("mine"));
        Files.writeString(set.resolve("notes.txt"), "not a model");
        Path out = dir.resolve("out");
        Run r = run("bench-solvers", set.toString(), "--backends", "native", "--repeat", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(3, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(1).startsWith("mine,HS21,native,optimal,") && csv.get(2).startsWith("mine,afiro,native,optimal,"), String.join("\n", csv));
        assertTrue(csv.stream().skip(1).allMatch(l -> l.contains(",true,")), "verified without a reference: " + csv);

        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        Run none = run("bench-solvers", empty.toString(), "--out", out.toString());
        assertTrue(none.code() != 0);
        assertTrue(none.err().contains("no MANIFEST.csv and no model file"), none.err());
    }
}
