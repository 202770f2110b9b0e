package io.hedgecone.rl.eagle;

import io.hedgecone.rl.report.CsvTable;
import io.hedgecone.rl.report.MarkdownTable;
import io.hedgecone.rl.report.Plots;
import io.hedgecone.rl.util.Ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the EAGLE experiment's outputs: {@code episodes.csv} (one row per evaluated episode), {@code training.csv}
 * (one row per policy update), {@code seeds.csv} (per-seed means), {@code summary.csv} and {@code summary.md}
 * (means with 95 % Student-t intervals over seeds), {@code gain.png}, {@code distance.png}, {@code training.png}, and
 * {@code config.json}.
 */
final class EagleReport {
    private EagleReport() {}

    /** Per-seed means of one (rule, policy) cell. */
    private record SeedMeans(double gain, double finalU, double userGain, double distance, double win, double kl) {
        static SeedMeans of(List<EpisodeOutcome> os) {
            double g = 0, f = 0, ug = 0, d = 0, w = 0, k = 0;
            for (EpisodeOutcome o : os) {
                g += o.gain();
                f += o.finalU();
                ug += o.userGain();
                d += o.distance();
                w += o.gain() > 0 ? 1 : 0;
                k += o.meanKl();
            }
            int n = os.size();
            return new SeedMeans(g / n, f / n, ug / n, d / n, w / n, k / n);
        }
    }

    static String write(EagleConfig cfg, EagleDataset data, List<EagleExperiment.SeedSetup> setups, List<EagleExperiment.Cell> cells, double wallSeconds,
                        Path out) {
        mkdirs(out);
        EagleExperiment.writeConfig(cfg, out);
        CsvTable episodes = new CsvTable("seed", "action_set", "policy", "anchor", "anchor_name", "user", "start_u", "final_u", "gain", "user_gain",
                "distance", "mean_kl", "candidates");
        CsvTable training = new CsvTable("seed", "action_set", "policy", "iteration", "mean_reward", "mean_kl", "value_loss");
        CsvTable seeds = new CsvTable("seed", "action_set", "policy", "gain", "final_u", "user_gain", "distance", "win_rate", "mean_kl");
        Map<String, List<SeedMeans>> byCell = new LinkedHashMap<>();
        Map<String, Map<Long, SeedMeans>> bySeed = new LinkedHashMap<>();
        for (String r : cfg.agent().reducers()) {
            byCell.put(key(r, "reference"), new ArrayList<>());
            for (String p : cfg.agent().policies()) byCell.put(key(r, "eagle-" + p), new ArrayList<>());
        }
        for (EagleExperiment.Cell c : cells) {
            for (EpisodeOutcome o : c.outcomes())
                episodes.add(c.seed(), c.reducer(), c.policy(), o.anchor(), data.itemNames().get(o.anchor()), o.user(), o.startU(), o.finalU(), o.gain(),
                        o.userGain(), o.distance(), o.meanKl(), o.candidates());
            for (ReinforceTrainer.Log l : c.training())
                training.add(c.seed(), c.reducer(), c.policy(), l.iteration(), l.meanReward(), l.meanKl(), l.valueLoss());
            SeedMeans m = SeedMeans.of(c.outcomes());
            seeds.add(c.seed(), c.reducer(), c.policy(), m.gain(), m.finalU(), m.userGain(), m.distance(), m.win(), m.kl());
            byCell.get(key(c.reducer(), c.policy())).add(m);
            bySeed.computeIfAbsent(key(c.reducer(), c.policy()), q -> new LinkedHashMap<>()).put(c.seed(), m);
        }
        episodes.write(out.resolve("episodes.csv"));
        training.write(out.resolve("training.csv"));
        seeds.write(out.resolve("seeds.csv"));

        CsvTable summary = new CsvTable("action_set", "policy", "seeds", "gain", "gain_lo", "gain_hi", "final_u", "final_u_lo", "final_u_hi",
                "user_gain", "user_gain_lo", "user_gain_hi", "distance", "distance_lo", "distance_hi", "win_rate", "win_rate_lo", "win_rate_hi",
                "mean_kl", "mean_kl_lo", "mean_kl_hi");
        MarkdownTable table = new MarkdownTable("action set", "policy", "utility gain ΔU", "final U", "user-term gain", "distance score",
                "win rate (ΔU > 0)", "KL to reference");
        List<String> series = new ArrayList<>();
        series.add("reference");
        for (String p : cfg.agent().policies()) series.add("eagle-" + p);
        Map<String, double[]> gainMean = new LinkedHashMap<>(), gainErr = new LinkedHashMap<>(), distMean = new LinkedHashMap<>(),
                distErr = new LinkedHashMap<>();
        for (String p : series) {
            gainMean.put(p, new double[cfg.agent().reducers().size()]);
            gainErr.put(p, new double[cfg.agent().reducers().size()]);
            distMean.put(p, new double[cfg.agent().reducers().size()]);
            distErr.put(p, new double[cfg.agent().reducers().size()]);
        }
        for (int ri = 0; ri < cfg.agent().reducers().size(); ri++) {
            String r = cfg.agent().reducers().get(ri);
            for (String p : series) {
                List<SeedMeans> ms = byCell.get(key(r, p));
                Ci g = ci(ms, SeedMeans::gain), f = ci(ms, SeedMeans::finalU), ug = ci(ms, SeedMeans::userGain), d = ci(ms, SeedMeans::distance),
                        w = ci(ms, SeedMeans::win), k = ci(ms, SeedMeans::kl);
                summary.add(r, p, ms.size(), g.mean(), g.lo(), g.hi(), f.mean(), f.lo(), f.hi(), ug.mean(), ug.lo(), ug.hi(), d.mean(), d.lo(), d.hi(),
                        w.mean(), w.lo(), w.hi(), k.mean(), k.lo(), k.hi());
                table.add(r, p, g.format(3), f.format(3), ug.format(3), d.format(3), w.format(2), k.format(3));
                gainMean.get(p)[ri] = g.mean();
                gainErr.get(p)[ri] = g.halfWidth();
                distMean.get(p)[ri] = d.mean();
                distErr.get(p)[ri] = d.halfWidth();
            }
        }
        summary.write(out.resolve("summary.csv"));
        Plots.bars(out.resolve("gain.png"), "EAGLE (simulator environment): utility gain over the anchor, 95% CI over seeds", "U(x_H) - U(x_0)",
                cfg.agent().reducers(), gainMean, gainErr);
        Plots.bars(out.resolve("distance.png"), "EAGLE (simulator environment): distance score ||E_D(x_H) - E_D(x_0)||", "distance", cfg.agent().reducers(),
                distMean, distErr);
        plotTraining(cfg, cells, out.resolve("training.png"));

        String md = markdown(cfg, data, setups, table, paired(cfg, series, bySeed), wallSeconds);
        try {
            Files.writeString(out.resolve("summary.md"), md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return md;
    }

    private static void plotTraining(EagleConfig cfg, List<EagleExperiment.Cell> cells, Path file) {
        int iters = cfg.train().iterations();
        if (iters == 0) return;
        double[] x = new double[iters];
        for (int i = 0; i < iters; i++) x[i] = i + 1;
        Map<String, double[]> series = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EagleExperiment.Cell c : cells) {
            if (c.training().isEmpty()) continue;
            String k = c.reducer() + " / " + c.policy();
            double[] s = series.computeIfAbsent(k, q -> new double[iters]);
            for (ReinforceTrainer.Log l : c.training()) s[l.iteration()] += l.meanReward();
            counts.merge(k, 1, Integer::sum);
        }
        for (Map.Entry<String, double[]> e : series.entrySet()) for (int i = 0; i < iters; i++) e.getValue()[i] /= counts.get(e.getKey());
        Plots.lines(file, "EAGLE training (simulator environment): mean reward per update, averaged over seeds", "policy update",
                "mean U(x_H) - U(x_0) of the batch", x, series);
    }

    /**
     * Paired per-seed differences of ΔU: between action-set rules for each policy (same seeds, same held-out pairs and
     * episode seeds), and agent − reference within each rule.
     */
    private static String paired(EagleConfig cfg, List<String> series, Map<String, Map<Long, SeedMeans>> bySeed) {
        List<String> rs = cfg.agent().reducers();
        MarkdownTable t = new MarkdownTable("comparison", "Δ(utility gain)", "Δ(distance score)");
        for (int a = 1; a < rs.size(); a++) // later rule − earlier rule, in the configuration's order
            for (int b = 0; b < a; b++)
                for (String p : series) {
                    Map<Long, SeedMeans> x = bySeed.get(key(rs.get(a), p)), y = bySeed.get(key(rs.get(b), p));
                    t.add(p + ": " + rs.get(a) + " − " + rs.get(b), diff(x, y, SeedMeans::gain).format(3), diff(x, y, SeedMeans::distance).format(3));
                }
        for (String r : rs)
            for (String p : series) {
                if (p.equals("reference")) continue;
                Map<Long, SeedMeans> x = bySeed.get(key(r, p)), y = bySeed.get(key(r, "reference"));
                t.add(r + ": " + p + " − reference", diff(x, y, SeedMeans::gain).format(3), diff(x, y, SeedMeans::distance).format(3));
            }
        return t.render();
    }

    private static Ci diff(Map<Long, SeedMeans> a, Map<Long, SeedMeans> b, java.util.function.ToDoubleFunction<SeedMeans> f) {
        double[] d = new double[a.size()];
        int i = 0;
        for (Map.Entry<Long, SeedMeans> e : a.entrySet()) d[i++] = f.applyAsDouble(e.getValue()) - f.applyAsDouble(b.get(e.getKey()));
        return Ci.ofMean(d);
    }

    private static String markdown(EagleConfig cfg, EagleDataset data, List<EagleExperiment.SeedSetup> setups, MarkdownTable table, String paired,
                                   double wall) {
        double[] r2 = new double[setups.size()], err = new double[setups.size()], nn = new double[setups.size()];
        for (int i = 0; i < setups.size(); i++) {
            ItemEncoder.Report rep = setups.get(i).encoder().report();
            r2[i] = rep.heldOutR2();
            err[i] = rep.heldOutError();
            nn[i] = rep.meanNnDistance();
        }
        EagleConfig.Env e = cfg.env();
        StringBuilder sb = new StringBuilder();
        sb.append("# EAGLE on ").append(data.name()).append(" (environment: the LLM bridge's simulator, not an LLM)\n\n");
        sb.append(String.format(Locale.ROOT, "Embeddings: WALS, n = %d, %d ratings; held-out RMSE %.3f (train %.3f; predicting the mean: %.3f).%n",
                data.rank(), data.fit().ratings(), data.fit().heldOutRmse(), data.fit().trainRmse(), data.fit().meanOnlyRmse()));
        sb.append(String.format(Locale.ROOT, "Encoder E_D (ridge on the simulator's text embedding): held-out R² %s, held-out ℓ2 error %s vs mean "
                + "nearest-neighbour distance %s (the paper's check wants error < NN distance).%n%n", Ci.ofMean(r2).format(3), Ci.ofMean(err).format(3),
                Ci.ofMean(nn).format(3)));
        sb.append(String.format(Locale.ROOT, "Setting: %d items × %d users; H = %d, K = %d proposals (%d from the simulator, %d from the profile), "
                + "reduced to k = %d; U = ⟨z_u, z⟩ + λ·Σ_{3-NN} ‖z − z_m‖ with λ = %s; REINFORCE + value baseline + GAE(λ = %s), KL α = %s, "
                + "%d updates × %d episodes; %d held-out (anchor, user) pairs per seed; seeds %s.%n%n", data.items(), data.users(), e.horizon(),
                e.candidates(), e.generic(), e.candidates() - e.generic(), e.keep(), e.lambda(), cfg.train().gaeLambda(), cfg.train().klAlpha(),
                cfg.train().iterations(), cfg.train().episodes(), cfg.eval().pairs(), cfg.seeds()));
        sb.append("Means over seeds with 95 % Student-t intervals (each seed: its own simulator, encoder, anchor/user split and training).\n\n");
        sb.append(table.render()).append('\n');
        sb.append("ΔU = U(E_D(x_H)) − U(E_D(x_0)) on held-out anchors and users; user-term gain = change of ⟨z_u, z⟩; distance score = "
                + "‖E_D(x_H) − E_D(x_0)‖; reference = uniform over the reduced action set.\n\n");
        sb.append("Paired differences over seeds (same seeds, held-out pairs and episode seeds; 95 % Student-t):\n\n").append(paired).append('\n');
        sb.append(String.format(Locale.ROOT, "Wall time: %.1f s. Files: episodes.csv, training.csv, seeds.csv, summary.csv, gain.png, distance.png, "
                + "training.png, config.json.%n", wall));
        return sb.toString();
    }

    private static Ci ci(List<SeedMeans> ms, java.util.function.ToDoubleFunction<SeedMeans> f) {
        double[] v = new double[ms.size()];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(ms.get(i));
        return Ci.ofMean(v);
    }

    private static String key(String r, String p) { return r + "\u0000" + p; }

    private static void mkdirs(Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
    }
}
