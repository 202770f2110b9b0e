package io.hedgecone.rl.bon;

import io.hedgecone.rl.report.ConfigFiles;
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
import java.util.function.ToDoubleFunction;

/**
 * Writes the BoN experiment's outputs: {@code curves.csv} (every learning-curve point, training and held-out
 * metrics), {@code final.csv} (per seed), {@code summary.csv} and {@code summary.md} (means and 95 % Student-t
 * intervals over seeds), {@code curve_<policy>_<metric>.png}, and {@code config.json}.
 */
final class BonReport {
    private BonReport() {}

    private static final List<String> METRICS = List.of("bon_accuracy", "pass_at_n", "pass_at_1", "entropy");

    static String write(BonConfig cfg, List<BonExperiment.Run> runs, double wall, Path out) {
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("config.json"), ConfigFiles.toJson(cfg));
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
        CsvTable curves = new CsvTable("seed", "policy", "method", "iteration", "prompts", "bon_accuracy", "pass_at_n", "pass_at_1", "entropy");
        CsvTable fin = new CsvTable("seed", "policy", "method", "prompts", "bon_accuracy", "pass_at_n", "pass_at_1", "entropy");
        Map<String, List<BonMetrics>> finals = new LinkedHashMap<>();
        Map<String, Map<Long, BonMetrics>> bySeed = new LinkedHashMap<>();
        List<String> methods = new ArrayList<>();
        methods.add("base");
        methods.addAll(cfg.methods());
        for (String p : cfg.policies()) for (String m : methods) finals.put(p + "/" + m, new ArrayList<>());
        for (BonExperiment.Run r : runs) {
            for (BonTrainer.Point pt : r.curve()) {
                add(curves, r, pt.iteration(), "train", pt.train());
                if (pt.heldOut() != null) add(curves, r, pt.iteration(), "held-out", pt.heldOut());
            }
            BonTrainer.Point last = r.curve().get(r.curve().size() - 1);
            BonMetrics m = judged(r.policy(), last);
            fin.add(r.seed(), r.policy(), r.method(), promptSet(r.policy()), m.bonAccuracy(), m.passAtN(), m.passAt1(), m.entropy());
            finals.get(r.policy() + "/" + r.method()).add(m);
            bySeed.computeIfAbsent(r.policy() + "/" + r.method(), q -> new LinkedHashMap<>()).put(r.seed(), m);
        }
        curves.write(out.resolve("curves.csv"));
        fin.write(out.resolve("final.csv"));

        CsvTable summary = new CsvTable("policy", "method", "prompts", "seeds", "bon_accuracy", "bon_accuracy_lo", "bon_accuracy_hi", "pass_at_n",
                "pass_at_n_lo", "pass_at_n_hi", "pass_at_1", "pass_at_1_lo", "pass_at_1_hi", "entropy", "entropy_lo", "entropy_hi");
        StringBuilder md = new StringBuilder();
        md.append("# Best-of-N-aware fine-tuning on a simulated reasoning bandit\n\n");
        BanditConfig e = cfg.env();
        md.append(String.format(Locale.ROOT, "Reasoning bandit: %d training + %d held-out prompts, K = %d responses, difficulty δ ~ U(%s, %s), "
                        + "P(correct) = %s, verifier r = R + %s·ε rounded to %s, %s of wrong responses are decoys scoring 1 + %s; features of "
                        + "dimension %d with signal %s. N = %d (training N' = N). %d Adam steps × %d prompts, step %s; sampled BoN-RL: %d draws; "
                        + "BoN-RLB: p %s, weights clipped at %s; λ_N = %.4f (KL-calibrated). Seeds %s.%n%n",
                e.trainPrompts(), e.heldOutPrompts(), e.candidates(), e.minDifficulty(), e.maxDifficulty(), e.correctRate(), e.verifierNoise(),
                e.verifierResolution(), e.decoyRate(), e.decoyBoost(), e.featureDim(), e.featureSignal(), cfg.n(), cfg.train().iterations(),
                cfg.train().batch(), cfg.train().learningRate(), cfg.train().draws(), cfg.train().exactP() ? "exact" : "estimated from the N samples",
                cfg.train().clip(), LambdaCalibration.lambdaFor(cfg.n()), cfg.seeds()));
        md.append("Final metrics are exact functions of the trained policy (no sampling noise); intervals are 95 % Student-t over seeds.\n\n");
        for (String p : cfg.policies()) {
            MarkdownTable t = new MarkdownTable("method", "Bo-" + cfg.n() + " accuracy (verifier)", "pass@" + cfg.n(), "pass@1", "entropy (nats)");
            for (String m : methods) {
                List<BonMetrics> ms = finals.get(p + "/" + m);
                Ci bon = ci(ms, BonMetrics::bonAccuracy), pn = ci(ms, BonMetrics::passAtN), p1 = ci(ms, BonMetrics::passAt1), h = ci(ms, BonMetrics::entropy);
                summary.add(p, m, promptSet(p), ms.size(), bon.mean(), bon.lo(), bon.hi(), pn.mean(), pn.lo(), pn.hi(), p1.mean(), p1.lo(), p1.hi(),
                        h.mean(), h.lo(), h.hi());
                t.add(m, bon.format(3), pn.format(3), p1.format(3), h.format(3));
            }
            md.append("## Policy: ").append(p).append(" (evaluated on ").append(promptSet(p)).append(" prompts)\n\n").append(t.render()).append('\n');
            if (cfg.methods().contains("rl")) md.append(pairedAgainstRl(cfg, p, methods, bySeed)).append('\n');
            plotCurves(cfg, runs, p, methods, out);
        }
        summary.write(out.resolve("summary.csv"));
        md.append(String.format(Locale.ROOT, "Wall time: %.1f s. Files: curves.csv, final.csv, summary.csv, curve_<policy>_<metric>.png, config.json.%n", wall));
        try {
            Files.writeString(out.resolve("summary.md"), md.toString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return md.toString();
    }

    /** Per-seed differences method − rl (same bandit instance), with 95 % intervals: tighter than comparing the rows above. */
    private static String pairedAgainstRl(BonConfig cfg, String p, List<String> methods, Map<String, Map<Long, BonMetrics>> bySeed) {
        MarkdownTable t = new MarkdownTable("method − rl", "Δ Bo-" + cfg.n() + " accuracy", "Δ pass@" + cfg.n(), "Δ pass@1", "Δ entropy");
        Map<Long, BonMetrics> rl = bySeed.get(p + "/rl");
        for (String m : methods) {
            if (m.equals("rl")) continue;
            Map<Long, BonMetrics> x = bySeed.get(p + "/" + m);
            t.add(m, diff(x, rl, BonMetrics::bonAccuracy).format(3), diff(x, rl, BonMetrics::passAtN).format(3), diff(x, rl, BonMetrics::passAt1).format(3),
                    diff(x, rl, BonMetrics::entropy).format(3));
        }
        return "Paired differences against RL with N' = 1 (same seeds):\n\n" + t.render();
    }

    private static Ci diff(Map<Long, BonMetrics> a, Map<Long, BonMetrics> b, ToDoubleFunction<BonMetrics> f) {
        double[] d = new double[a.size()];
        int i = 0;
        for (Map.Entry<Long, BonMetrics> e : a.entrySet()) d[i++] = f.applyAsDouble(e.getValue()) - f.applyAsDouble(b.get(e.getKey()));
        return Ci.ofMean(d);
    }

    private static void plotCurves(BonConfig cfg, List<BonExperiment.Run> runs, String policy, List<String> methods, Path out) {
        List<Integer> its = new ArrayList<>();
        for (BonExperiment.Run r : runs)
            if (r.policy().equals(policy) && !r.method().equals("base")) {
                for (BonTrainer.Point pt : r.curve()) its.add(pt.iteration());
                break;
            }
        if (its.size() < 2) return;
        double[] x = new double[its.size()];
        for (int i = 0; i < x.length; i++) x[i] = its.get(i);
        for (String metric : METRICS) {
            Map<String, double[]> series = new LinkedHashMap<>();
            for (String m : methods) {
                if (m.equals("base")) continue;
                double[] s = new double[x.length];
                int count = 0;
                for (BonExperiment.Run r : runs) {
                    if (!r.policy().equals(policy) || !r.method().equals(m)) continue;
                    for (int i = 0; i < x.length; i++) s[i] += value(judged(policy, r.curve().get(i)), metric);
                    count++;
                }
                for (int i = 0; i < x.length; i++) s[i] /= count;
                series.put(m, s);
            }
            Plots.lines(out.resolve("curve_" + policy.replace('+', '_') + "_" + metric + ".png"),
                    metric.replace('_', ' ') + " (N = " + cfg.n() + "), " + policy + " policy, " + promptSet(policy) + " prompts, mean over seeds",
                    "Adam step", metric.replace('_', ' '), x, series);
        }
    }

    private static double value(BonMetrics m, String metric) {
        return switch (metric) {
            case "bon_accuracy" -> m.bonAccuracy();
            case "pass_at_n" -> m.passAtN();
            case "pass_at_1" -> m.passAt1();
            default -> m.entropy();
        };
    }

    private static BonMetrics judged(String policy, BonTrainer.Point pt) {
        return BonExperiment.judgedOnHeldOut(policy) ? pt.heldOut() : pt.train();
    }

    private static String promptSet(String policy) { return BonExperiment.judgedOnHeldOut(policy) ? "held-out" : "training"; }

    private static void add(CsvTable t, BonExperiment.Run r, int it, String set, BonMetrics m) {
        t.add(r.seed(), r.policy(), r.method(), it, set, m.bonAccuracy(), m.passAtN(), m.passAt1(), m.entropy());
    }

    private static Ci ci(List<BonMetrics> ms, ToDoubleFunction<BonMetrics> f) {
        double[] v = new double[ms.size()];
        for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(ms.get(i));
        return Ci.ofMean(v);
    }
}
