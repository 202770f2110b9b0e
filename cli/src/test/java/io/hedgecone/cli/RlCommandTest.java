package io.hedgecone.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hedgecone.llm.FinishReason;
import io.hedgecone.llm.Generation;
import io.hedgecone.llm.Sample;
import io.hedgecone.llm.TextGenerator;
import io.hedgecone.llm.Usage;
import io.hedgecone.llm.server.LoopbackOpenAiServer;
import io.hedgecone.llm.sim.SimulatedLlm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code hedgecone rl} end to end on tiny configurations (seconds), and bon-infer against a loopback server. */
@Timeout(120)
class RlCommandTest {
    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test void eagleOnATinySyntheticConfigWritesEveryOutput(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("eagle.json");
        Files.writeString(cfg, """
                {"data": {"source": "synthetic",
                          "synthetic": {"users": 60, "items": 80, "rank": 3, "attributes": 8, "types": 3, "typeScale": 1.0, "userNoise": 0.3,
                                        "itemNoise": 0.2, "density": 0.3, "mean": 3.5, "noise": 0.3},
                          "wals": {"rank": 4, "iterations": 5}},
                 "env": {"simDimension": 16, "horizon": 2, "candidates": 6, "generic": 3, "keep": 3},
                 "agent": {"mlpHidden": 4},
                 "train": {"iterations": 2, "episodes": 3},
                 "eval": {"pairs": 3},
                 "seeds": [1, 2]}
                """);
        Path out = dir.resolve("out");
        Result r = run("rl", "eagle", "--config", cfg.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("simulator, not an LLM") && r.out.contains("| gopt | eagle-mlp |"), r.out);
        for (String f : List.of("episodes.csv", "training.csv", "seeds.csv", "summary.csv", "summary.md", "gain.png", "distance.png", "training.png", "config.json"))
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        // 2 seeds × 3 action-set rules × 3 policies × 3 pairs, plus the header
        assertEquals(1 + 2 * 3 * 3 * 3, Files.readAllLines(out.resolve("episodes.csv")).size());
        Result again = run("rl", "eagle", "--config", cfg.toString(), "--out", dir.resolve("again").toString(), "--threads", "1");
        assertEquals(Files.readString(out.resolve("episodes.csv")), Files.readString(dir.resolve("again").resolve("episodes.csv")),
                "same configuration, same numbers, whatever the thread count");
    }

    @Test void bonOnATinyConfigWritesCurvesAndTable(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("bon.json");
        Files.writeString(cfg, """
                {"env": {"trainPrompts": 20, "heldOutPrompts": 10},
                 "methods": ["rl", "bon-rl-v", "bon-rlb-p"], "train": {"iterations": 20, "evalEvery": 5}, "seeds": [1, 2]}
                """);
        Path out = dir.resolve("out");
        Result r = run("rl", "bon", "--config", cfg.toString(), "--out", out.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("| bon-rlb-p |") && r.out.contains("Policy: linear (evaluated on held-out prompts)"), r.out);
        for (String f : List.of("curves.csv", "final.csv", "summary.csv", "summary.md", "curve_tabular_pass_at_n.png", "curve_linear_entropy.png", "config.json"))
            assertTrue(Files.size(out.resolve(f)) > 0, f);
    }

    @Test void badConfigurationsExitWithTwo(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("bad.json");
        Files.writeString(cfg, "{\"seeds\": []}");
        Result r = run("rl", "bon", "--config", cfg.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("seeds must not be empty"), r.err);
        Files.writeString(cfg, "{\"agent\": {\"reducers\": [\"optimal\"]}}");
        r = run("rl", "eagle", "--config", cfg.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("unknown action-set rule 'optimal'"), r.err);
        assertEquals(2, run("rl", "eagle").code, "--out is required");
    }

    /** Answers "x = 12" on even sample indices and "x = 13" on odd ones: half the responses are right. */
    private static final TextGenerator HALF_RIGHT = r -> {
        List<Sample> s = new ArrayList<>();
        for (int i = 0; i < r.params().n(); i++) s.add(new Sample(i, "so x = " + (12 + i % 2), FinishReason.STOP, List.of()));
        return new Generation("scripted", s, new Usage(3, r.params().n()));
    };

    @Test void bonInferAgainstALoopbackServer(@TempDir Path dir) throws Exception {
        Path prompts = dir.resolve("p.jsonl");
        Files.writeString(prompts, "{\"prompt\": \"x + 1 = 13?\", \"answer\": \"12\"}\n{\"prompt\": \"x - 1 = 12?\", \"answer\": \"13\"}\n");
        SimulatedLlm sim = SimulatedLlm.withSeed(0);
        try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(HALF_RIGHT, sim, sim, LoopbackOpenAiServer.Options.defaults())) {
            String url = server.baseUrl().toString();
            Result r = run("rl", "bon-infer", "--endpoint", url, "--verifier", "majority", "--prompts", prompts.toString(), "--n", "4", "--json",
                    "--out", dir.resolve("o").toString());
            assertEquals(0, r.code, r.err);
            JsonNode o = new ObjectMapper().readTree(r.out);
            // 12 and 13 tie at 2 votes: Bo-4 is right half the time on each prompt; every prompt has a right answer
            assertEquals(0.5, o.get("bon_accuracy").get("mean").doubleValue(), 1e-12);
            assertEquals(1.0, o.get("pass_at_n").get("mean").doubleValue(), 0);
            assertEquals(0.5, o.get("pass_at_1").get("mean").doubleValue(), 1e-12);
            assertEquals(2, Files.readAllLines(dir.resolve("o").resolve("responses.jsonl")).size());
            Result oracle = run("rl", "bon-infer", "--endpoint", url, "--verifier", "oracle", "--prompts", prompts.toString(), "--n", "4");
            assertEquals(0, oracle.code, oracle.err);
            assertTrue(oracle.out.contains("Bo-4 accuracy  1.000"), oracle.out);
        }
        Result simRun = run("rl", "bon-infer", "--sim", "--verifier", "majority", "--prompts", prompts.toString());
        assertEquals(2, simRun.code);
        assertTrue(simRun.err.contains("--endpoint"), simRun.err);
        assertEquals(2, run("rl", "bon-infer", "--endpoint", "http://127.0.0.1:1/v1", "--verifier", "judge", "--prompts", prompts.toString()).code);
    }
}
