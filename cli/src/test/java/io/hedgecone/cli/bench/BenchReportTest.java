package io.hedgecone.cli.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportTest {
    @Test void robustnessSummaryCountsInstancesSolvedAtEveryCopyAndListsTheOthers() {
        BenchRow a = row("A", true, "optimal"), b = row("B", true, "optimal");
        String s = BenchReport.robustness(List.of(a, b),
                List.of(new BenchReport.Perturbed(1, a), new BenchReport.Perturbed(2, a),
                        new BenchReport.Perturbed(1, b), new BenchReport.Perturbed(2, row("B", false, "almost_optimal"))),
                List.of("native"), 1e-12, 2);
        assertTrue(s.contains("| native | 2 | 1 | 3 / 4 |"), s);
        assertTrue(s.contains("- native / B: original solved, copies solved almost_optimal"), s);
        assertFalse(s.contains("/ A:"), s);

        BenchRow wrong = row("C", false, "optimal");
        String w = BenchReport.robustness(List.of(wrong), List.of(new BenchReport.Perturbed(1, wrong)), List.of("native"), 1e-12, 1);
        assertTrue(w.contains("| native | 1 | 0 | 0 / 1 |") && w.contains("C: original optimal (rejected), copies optimal (rejected)"), w);
    }

    private static BenchRow row(String name, boolean solved, String status) {
        return new BenchRow("set", name, "native", status, 1, 1, 0, 10, 1, 0, 0, 0, solved, "");
    }
}
