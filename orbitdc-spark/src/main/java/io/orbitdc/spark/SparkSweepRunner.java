package io.orbitdc.spark;

import io.orbitdc.core.sweep.PointEvaluator;
import io.orbitdc.core.sweep.PointResult;
import io.orbitdc.core.sweep.SweepPlan;
import io.orbitdc.core.sweep.SweepRunner;
import io.orbitdc.core.sweep.SweepSource;
import io.orbitdc.core.sweep.SweepStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a sweep on Spark: the point ids still missing from {@code DIR/sweep.duckdb} are cut into
 * ranges, each range is one Spark task that rebuilds the plan from the sweep's text
 * ({@link SweepSource#plan()}, never a serialised engine) and evaluates its points with the core
 * {@link PointEvaluator}; the driver collects the ranges a wave at a time and appends them in id
 * order to the same {@link SweepStore} the local runner writes. Hence the {@code points} table is
 * the local runner's row for row (a point's result depends only on the sweep and its id), and
 * driver memory holds one wave, whatever the number of points.
 *
 * <p>Resume: a rerun opens the same store and computes the ids from the first one not stored, as
 * the local runner does; a killed wave is recomputed whole.
 */
public final class SparkSweepRunner {

    /** Tasks per core in a wave: enough to balance uneven point costs, few enough to keep the driver's wave small. */
    static final int TASKS_PER_CORE = 4;

    private SparkSweepRunner() {
    }

    public static SweepRunner.Summary run(JavaSparkContext spark, SweepSource source, Path dir, SweepRunner.Options options) {
        SweepPlan plan = source.plan();
        PointEvaluator evaluator = new PointEvaluator(plan);
        long failed = 0;
        try (SweepStore store = SweepStore.open(dir, plan, evaluator.headlines())) {
            long start = store.done();
            int tasks = Math.max(1, spark.defaultParallelism() * TASKS_PER_CORE);
            long remaining = plan.size() - start;
            // points per task: the whole remainder in one wave when it is small, else the batch size
            long per = Math.max(1, Math.min(options.batch(), (remaining + tasks - 1) / tasks));
            for (long from = start; from < plan.size(); ) {
                List<long[]> ranges = new ArrayList<>();
                for (int t = 0; t < tasks && from < plan.size(); t++) {
                    long to = Math.min(plan.size(), from + per);
                    ranges.add(new long[] {from, to});
                    from = to;
                }
                List<PointRow> rows = spark.parallelize(ranges, ranges.size())
                        .mapPartitions(it -> evaluate(source, it)).collect();
                List<PointResult> batch = new ArrayList<>(rows.size());
                for (PointRow r : rows) {
                    PointResult result = new PointResult(plan.point(r.id()), r.values(), Optional.ofNullable(r.error()));
                    batch.add(result);
                    failed += result.ok() ? 0 : 1;
                }
                store.append(batch); // in id order: collect() keeps the partitions' order
                options.progress().stored(store.done(), plan.size(), failed);
            }
            store.complete(options.parquet());
            return new SweepRunner.Summary(dir.resolve(SweepStore.FILE), plan.size(), start, plan.size() - start, failed, true);
        }
    }

    /** On an executor: the task's ranges of point ids, evaluated by a plan rebuilt from text. */
    private static Iterator<PointRow> evaluate(SweepSource source, Iterator<long[]> ranges) {
        PointEvaluator evaluator = new PointEvaluator(source.plan());
        List<PointRow> out = new ArrayList<>();
        while (ranges.hasNext()) {
            long[] r = ranges.next();
            for (long id = r[0]; id < r[1]; id++) {
                PointResult p = evaluator.evaluate(id);
                out.add(new PointRow(id, p.values(), p.error().orElse(null)));
            }
        }
        return out.iterator();
    }
}
