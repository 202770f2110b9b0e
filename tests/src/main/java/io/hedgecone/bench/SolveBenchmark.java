package io.hedgecone.bench;

import io.hedgecone.solver.api.Model;
import io.hedgecone.solver.api.ProblemStatus;
import io.hedgecone.solver.api.Solution;
import io.hedgecone.solver.testing.BrmobSocp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Full native solves (model flattening, bridge, interior-point method) of the BRMOB union-bound SOCP
 * ({@link BrmobSocp}): multi-armed with dense Σ for k = 50, 200, 500 and linear with k = 10,000 arms, d = 20.
 * Every solve must end optimal and verified, otherwise the benchmark fails rather than timing a failure.
 * Run: {@code ./mvnw -q -pl tests -am -DskipTests package exec:exec -Djmh.args=SolveBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class SolveBenchmark {
    /** "mab-K" is multi-armed with K arms; "linear-K-D" is linear with K arms and D features. */
    @Param({"mab-50", "mab-200", "mab-500", "linear-10000-20"})
    public String instance;

    private Model model;

    @Setup(Level.Trial) public void build() {
        String[] p = instance.split("-");
        model = p[0].equals("mab") ? BrmobSocp.build(Integer.parseInt(p[1]), 0, true, 1)
                : BrmobSocp.build(Integer.parseInt(p[1]), Integer.parseInt(p[2]), false, 1);
    }

    @Benchmark public double solve() {
        Solution s = model.solve();
        if (s.status() != ProblemStatus.OPTIMAL || !s.verify().solutionVerified(1e-7))
            throw new IllegalStateException(instance + ": " + s.status() + " " + s.verify().summary());
        return s.objective();
    }

    @TearDown public void close() { model.close(); }
}
