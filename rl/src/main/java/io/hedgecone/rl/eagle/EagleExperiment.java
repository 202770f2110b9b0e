package io.hedgecone.rl.eagle;

import io.hedgecone.design.DesignOptions;
import io.hedgecone.design.Method;
import io.hedgecone.design.eagle.Centering;
import io.hedgecone.design.eagle.SelectorOptions;
import io.hedgecone.llm.sim.SimulatedLlm;
import io.hedgecone.rl.mf.WalsConfig;
import io.hedgecone.rl.policy.LinearScorer;
import io.hedgecone.rl.policy.MlpScorer;
import io.hedgecone.rl.policy.Scorer;
import io.hedgecone.rl.policy.SoftmaxPolicy;
import io.hedgecone.rl.policy.StandardizedScorer;
import io.hedgecone.rl.report.ConfigFiles;
import io.hedgecone.rl.util.Seeds;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code hedgecone rl eagle}: for each seed and each action-set rule, evaluates the reference policy (uniform over the
 * reduced set) and EAGLE agents trained from it, on held-out (anchor, user) pairs, with the bridge's simulator as the
 * environment model. Writes CSV, PNG plots and summary.md to the output directory (see {@link EagleReport}).
 */
public final class EagleExperiment {
    static final List<String> REDUCERS = List.of("uniform", "myopic", "gopt"), POLICIES = List.of("linear", "mlp");

    private EagleExperiment() {}

    /** One evaluated (seed, rule, policy) cell with its training log (empty for the reference). */
    record Cell(long seed, String reducer, String policy, List<EpisodeOutcome> outcomes, List<ReinforceTrainer.Log> training) {}

    /** Per-seed set-up shared by the rules. */
    record SeedSetup(long seed, SimulatedLlm sim, ItemEncoder.Fit encoder, int[] trainAnchors, int[] trainUsers, int[][] pairs) {}

    /** Runs the experiment and writes its outputs to {@code out}; returns the Markdown summary. */
    public static String run(EagleConfig cfg, Path out, PrintWriter log) {
        long t0 = System.nanoTime();
        validate(cfg);
        EagleDataset data = dataset(cfg);
        log.printf(Locale.ROOT, "eagle: %s, %d items, %d users, n = %d; WALS held-out RMSE %.3f (mean-only %.3f)%n", data.name(), data.items(),
                data.users(), data.rank(), data.fit().heldOutRmse(), data.fit().meanOnlyRmse());
        log.flush();
        List<SeedSetup> setups = new ArrayList<>();
        for (long seed : cfg.seeds()) setups.add(setup(cfg, data, seed));
        List<Future<List<Cell>>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(cfg.threads(), r -> {
            Thread t = new Thread(r, "rl-eagle");
            t.setDaemon(true);
            return t;
        });
        try {
            for (SeedSetup s : setups)
                for (String reducer : cfg.agent().reducers()) futures.add(pool.submit(() -> runCell(cfg, data, s, reducer, log)));
            List<Cell> cells = new ArrayList<>();
            for (Future<List<Cell>> f : futures) cells.addAll(await(f));
            double wall = (System.nanoTime() - t0) / 1e9;
            return EagleReport.write(cfg, data, setups, cells, wall, out);
        } finally {
            pool.shutdownNow();
        }
    }

    static void validate(EagleConfig cfg) {
        for (String r : cfg.agent().reducers()) if (!REDUCERS.contains(r)) throw new IllegalArgumentException("unknown action-set rule '" + r + "'; expected " + REDUCERS);
        for (String p : cfg.agent().policies()) if (!POLICIES.contains(p)) throw new IllegalArgumentException("unknown policy '" + p + "'; expected " + POLICIES);
        if (!cfg.data().source().equals("movielens") && !cfg.data().source().equals("synthetic"))
            throw new IllegalArgumentException("data.source must be movielens or synthetic, got '" + cfg.data().source() + "'");
        centering(cfg.agent().centering());
        if (cfg.eval().pairs() < 1) throw new IllegalArgumentException("eval.pairs must be >= 1");
        if (!(cfg.eval().trainAnchors() > 0 && cfg.eval().trainAnchors() < 1) || !(cfg.eval().trainUsers() > 0 && cfg.eval().trainUsers() < 1))
            throw new IllegalArgumentException("eval.trainAnchors and eval.trainUsers must be in (0, 1)");
        cfg.train().settings();
    }

    static EagleDataset dataset(EagleConfig cfg) {
        EagleConfig.Data d = cfg.data();
        WalsConfig w = d.wals();
        return d.source().equals("movielens")
                ? EagleDatasets.movieLens(Path.of(d.movieLens()), d.minRatings(), d.maxGenres(), w, d.holdout(), d.dataSeed())
                : EagleDatasets.synthetic(d.synthetic(), d.dataSeed(), w, d.holdout(), d.dataSeed());
    }

    /** The simulator, encoder and anchor/user split of one seed. */
    static SeedSetup setup(EagleConfig cfg, EagleDataset data, long seed) {
        EagleConfig.Env e = cfg.env();
        SimulatedLlm sim = new SimulatedLlm(new SimulatedLlm.Config(Seeds.derive(seed, 0x51aL), data.space(), e.simDimension(), e.editNoise(),
                e.driftNoise(), e.embeddingNoise()));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < data.items(); i++) texts.add(data.itemText(i));
        ItemEncoder.Fit enc = ItemEncoder.fit(sim, texts, data.itemEmbeddings(), e.encoderRidge(), 0.2, Seeds.derive(seed, 0xe0dL));
        int[] anchors = permutation(data.items(), Seeds.rng(seed, 0xa1L)), users = permutation(data.users(), Seeds.rng(seed, 0xa2L));
        int na = split(anchors.length, cfg.eval().trainAnchors()), nu = split(users.length, cfg.eval().trainUsers());
        int[] trA = java.util.Arrays.copyOf(anchors, na), teA = java.util.Arrays.copyOfRange(anchors, na, anchors.length);
        int[] trU = java.util.Arrays.copyOf(users, nu), teU = java.util.Arrays.copyOfRange(users, nu, users.length);
        SplittableRandom r = Seeds.rng(seed, 0xa3L);
        int[][] pairs = new int[cfg.eval().pairs()][];
        for (int i = 0; i < pairs.length; i++) pairs[i] = new int[]{teA[r.nextInt(teA.length)], teU[r.nextInt(teU.length)]};
        return new SeedSetup(seed, sim, enc, trA, trU, pairs);
    }

    private static List<Cell> runCell(EagleConfig cfg, EagleDataset data, SeedSetup s, String reducerName, PrintWriter log) {
        EagleEnvironment env = environment(cfg, data, s, reducerName);
        long evalSeed = Seeds.derive(s.seed(), 0xe7aL);
        List<Cell> out = new ArrayList<>();
        out.add(new Cell(s.seed(), reducerName, "reference", EagleEvaluator.evaluate(env, EaglePolicy.reference(), s.pairs(), evalSeed), List.of()));
        for (String p : cfg.agent().policies()) {
            int d = Features.actionDim(data.rank());
            Scorer scorer = p.equals("linear") ? new LinearScorer(d) : new MlpScorer(d, cfg.agent().mlpHidden(), Seeds.derive(s.seed(), 0x31bL));
            SoftmaxPolicy policy = new SoftmaxPolicy(new StandardizedScorer(scorer));
            List<ReinforceTrainer.Log> logs = new ReinforceTrainer(env, policy, data.rank(), cfg.train().settings())
                    .train(s.trainAnchors(), s.trainUsers(), Seeds.derive(s.seed(), 0x7a1L, POLICIES.indexOf(p)));
            out.add(new Cell(s.seed(), reducerName, "eagle-" + p, EagleEvaluator.evaluate(env, EaglePolicy.agent("eagle-" + p, policy), s.pairs(), evalSeed), logs));
        }
        synchronized (log) {
            log.printf(Locale.ROOT, "eagle: seed %d, %s action sets done%n", s.seed(), reducerName);
            log.flush();
        }
        return out;
    }

    static EagleEnvironment environment(EagleConfig cfg, EagleDataset data, SeedSetup s, String reducerName) {
        EagleConfig.Env e = cfg.env();
        ActionSetReducer reducer = switch (reducerName) {
            case "uniform" -> new UniformReducer();
            case "myopic" -> new MyopicReducer();
            default -> new GOptimalReducer(SelectorOptions.defaults().withCentering(centering(cfg.agent().centering()))
                    .withRounding(cfg.agent().rounding())
                    .withDesign(DesignOptions.defaults().withMethod(Method.FW).withEpsilon(cfg.agent().designEpsilon())));
        };
        return new EagleEnvironment(s.sim(), s.encoder().encoder(), data, new GeneratorActionProposer(s.sim(), null, 1.0, false),
                new ProfileActionProposer(), reducer,
                new EagleEnvironment.Settings(e.horizon(), e.candidates(), e.generic(), e.keep(), e.temperature(), e.neighbours(), e.lambda(), null));
    }

    private static Centering centering(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "raw" -> Centering.RAW;
            case "state" -> Centering.STATE;
            default -> throw new IllegalArgumentException("agent.centering must be raw or state, got '" + s + "'");
        };
    }

    private static int[] permutation(int n, SplittableRandom r) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1), t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static int split(int n, double share) { return Math.max(1, Math.min(n - 1, (int) Math.round(n * share))); }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    static void writeConfig(EagleConfig cfg, Path out) {
        try {
            Files.writeString(out.resolve("config.json"), ConfigFiles.toJson(cfg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
