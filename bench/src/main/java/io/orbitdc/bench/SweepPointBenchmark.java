package io.orbitdc.bench;

import io.orbitdc.core.sweep.PointEvaluator;
import io.orbitdc.core.sweep.SweepFileReader;
import io.orbitdc.core.sweep.SweepPlan;
import io.orbitdc.core.sweep.SweepPoint;
import io.orbitdc.core.study.Study;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One sweep point of the shipped worked example (scenarios/sweeps/gigawatt-vs-abilene.yaml) on one
 * core after warm-up: binding the point's scenario (base read once, overrides applied), size + cost
 * through the Study API, and the whole point as the runner does it (plus the verbs' JSON documents
 * its columns are read from). Issue 12's target: size + cost ≤ 1 ms per point.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar SweepPointBenchmark} from the repository root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepPointBenchmark {

    @Param("scenarios/sweeps/gigawatt-vs-abilene.yaml")
    public String sweep;

    private SweepPlan plan;
    private PointEvaluator evaluator;
    private long next;

    @Setup
    public void setup() {
        plan = SweepPlan.create(SweepFileReader.read(Path.of(sweep)));
        evaluator = new PointEvaluator(plan);
    }

    private SweepPoint point() {
        return plan.point(next++ % plan.size());
    }

    @Benchmark
    public Object bind() {
        return plan.study(point());
    }

    @Benchmark
    public void sizeAndCost(Blackhole bh) {
        Study s = plan.study(point());
        bh.consume(s.size());
        bh.consume(s.cost());
    }

    @Benchmark
    public Object evaluatePoint() {
        return evaluator.evaluate(point());
    }
}
