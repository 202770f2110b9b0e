package io.hedgecone.bandits.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BenchRunnerTest {
    static final BenchRunner.Progress QUIET = new BenchRunner.Progress() {
        @Override public void start(int total, int done) { }
        @Override public void cellDone(String label) { }
    };

    static Suite tiny(String methods) {
        return new Suite("tiny", 5, 2, 0.1, List.of(3), 2, false, 0.5, List.of(1.0), List.of(5, 20), methods, "z", 2000);
    }

    @Test void writesEveryCellAndResumesWithoutRecomputing(@TempDir Path dir) throws IOException {
        Suite s = tiny("brmob,lcb,greedy");
        ResultsFile f = new ResultsFile(dir.resolve("results.csv"));
        BenchRunner.run(s, f, QUIET);
        List<ResultRow> first = f.read();
        assertEquals(s.cells() * 3, first.size());
        String full = Files.readString(f.path());
        // Rerun: nothing to do.
        BenchRunner.run(s, f, QUIET);
        assertEquals(full, Files.readString(f.path()));
        // Simulate a kill: drop the last cell and leave half a line; the rerun must rebuild exactly the same file.
        List<String> lines = Files.readAllLines(f.path());
        String kept = String.join("\n", lines.subList(0, lines.size() - 3)) + "\n" + lines.get(lines.size() - 3).substring(0, 10);
        Files.writeString(f.path(), kept);
        BenchRunner.run(s, f, QUIET);
        assertEquals(withoutTimes(full), withoutTimes(Files.readString(f.path())));
    }

    /** Everything but the solve_ms column, which is wall time and differs between runs. */
    static String withoutTimes(String csv) {
        return csv.replaceAll(",[0-9.]+\\n", "\n");
    }

    @Test void trueRegretIsNonnegativeAndBoundsCoverTheMcVar(@TempDir Path dir) throws IOException {
        Suite s = tiny("brmob,uniform");
        ResultsFile f = new ResultsFile(dir.resolve("results.csv"));
        BenchRunner.run(s, f, QUIET);
        for (ResultRow r : f.read()) {
            assertTrue(r.trueRegret() >= -1e-12, r.toCsv());
            assertTrue(r.bound() >= r.mcVarLo(), r.toCsv()); // a valid certificate cannot sit below the MC VaR CI
        }
        String md = SummaryWriter.markdown(s, f.read(), "hedgecone bench tiny.json --out x");
        assertTrue(md.contains("| 3 | 1 | 20 | brmob | 2 |"), md);
        List<Path> plots = SuitePlots.write(s, f.read(), dir);
        assertEquals(3, plots.size());
        for (Path p : plots) assertTrue(Files.size(p) > 1000, p.toString());
    }

    @Test void suiteFilesAreValidated(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("s.json");
        Files.writeString(p, "{\"runs\": 3, \"arms\": [5], \"dim\": 4, \"prior_sd\": [1], \"n\": [10], \"methods\": \"brmob,lbc\"}");
        var e = assertThrows(io.hedgecone.bandits.instance.InstanceException.class, () -> SuiteReader.read(p));
        assertEquals("methods", e.field());
        Files.writeString(p, "{\"runs\": 3, \"arms\": [5], \"prior_sd\": [1], \"n\": [10]}");
        assertEquals("dim", assertThrows(io.hedgecone.bandits.instance.InstanceException.class, () -> SuiteReader.read(p)).field());
    }
}
