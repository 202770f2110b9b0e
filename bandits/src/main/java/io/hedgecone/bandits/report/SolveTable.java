package io.hedgecone.bandits.report;

import io.hedgecone.bandits.BanditSolve;
import io.hedgecone.bandits.eval.Estimate;

import java.util.Locale;

/** The human-readable output of {@code hedgecone solve}: one row per method. */
public final class SolveTable {
    private SolveTable() { }

    public static String format(BanditSolve.Outcome out, boolean withNotes) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "instance %s: k = %d arms, d = %d, delta = %s; Monte-Carlo over %,d posterior draws (seed %d), 95%% CIs%n",
                out.instance(), out.arms(), out.dim(), trim(out.delta()), out.samples(), out.seed()));
        if (!out.boundNote().isEmpty()) sb.append("note: ").append(out.boundNote()).append('\n');
        String head = String.format(Locale.ROOT, "%-16s %7s %10s  %-30s  %-30s %10s", "method", "support", "bound",
                "VaR_" + trim(out.delta()) + " regret [CI]", "mean regret [CI]", "solve ms");
        sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
        for (BanditSolve.Row r : out.rows()) {
            sb.append(String.format(Locale.ROOT, "%-16s %7d %10s  %-30s  %-30s %10.1f%n", r.result().method(), r.result().support(),
                    r.bound() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.bound()),
                    ci(r.regret().var()), ci(r.regret().mean()), r.result().solveMillis()));
        }
        if (withNotes) {
            for (BanditSolve.Row r : out.rows())
                for (String n : r.result().notes()) sb.append("  [").append(r.result().method()).append("] ").append(n).append('\n');
        }
        return sb.toString();
    }

    static String ci(Estimate e) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.estimate(), e.lo(), e.hi());
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
