package io.hedgecone.rl.bon;

import io.hedgecone.rl.util.Seeds;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code hedgecone rl bon}: for each seed (its own reasoning bandit), each policy class and each method, trains from
 * the pre-trained policy and records exact learning curves; the final table compares Bo-N accuracy, pass@N, pass@1 and
 * entropy with 95 % intervals over seeds (see {@link BonReport} for the files).
 */
public final class BonExperiment {
    private BonExperiment() {}

    /** One trained (seed, policy class, method) run; method {@code base} is the untrained policy. */
    record Run(long seed, String policy, String method, List<BonTrainer.Point> curve) {}

    public static String run(BonConfig cfg, Path out, PrintWriter log) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(cfg.threads(), r -> {
            Thread t = new Thread(r, "rl-bon");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (long seed : cfg.seeds()) {
                ReasoningBandit env = ReasoningBandit.generate(cfg.env(), seed);
                for (String p : cfg.policies()) {
                    futures.add(pool.submit(() -> new Run(seed, p, "base", BonTrainer.train(env, policy(cfg, p), new Sft(), settings(cfg, 0), 0))));
                    for (String m : cfg.methods()) {
                        BonMethod method = BonMethods.of(m, cfg.train().draws(), cfg.train().exactP(), cfg.train().clip());
                        long s = Seeds.derive(seed, 0xb0eL, cfg.policies().indexOf(p), BonMethods.NAMES.indexOf(m));
                        futures.add(pool.submit(() -> new Run(seed, p, m, BonTrainer.train(env, policy(cfg, p), method, settings(cfg, cfg.train().iterations()), s))));
                    }
                }
            }
            List<Run> runs = new ArrayList<>();
            for (Future<Run> f : futures) runs.add(await(f));
            double wall = (System.nanoTime() - t0) / 1e9;
            log.printf(Locale.ROOT, "bon: %d runs in %.1f s%n", runs.size(), wall);
            log.flush();
            return BonReport.write(cfg, runs, wall, out);
        } finally {
            pool.shutdownNow();
        }
    }

    private static BonTrainer.Settings settings(BonConfig cfg, int iterations) {
        BonConfig.Train t = cfg.train();
        return new BonTrainer.Settings(iterations, t.batch(), t.learningRate(), t.evalEvery(), cfg.n());
    }

    static BonPolicy policy(BonConfig cfg, String kind) {
        BanditConfig e = cfg.env();
        return new BonPolicy(kind.contains("tabular"), kind.contains("linear"), e.trainPrompts(), e.candidates(), e.featureDim());
    }

    /** Which prompts a policy class is judged on: held-out for the shared-linear policy (tabular parts cannot generalise). */
    static boolean judgedOnHeldOut(String policy) { return policy.equals("linear"); }

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
}
