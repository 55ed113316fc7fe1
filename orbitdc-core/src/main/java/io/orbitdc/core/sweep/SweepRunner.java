package io.orbitdc.core.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs every point of a plan into a {@link SweepStore}: batches of points in id order, the points of
 * a batch in parallel on {@code threads} workers, each batch stored in one transaction before the
 * next starts. Memory holds one batch, whatever the number of points; output order is the id order
 * whatever the thread count; a rerun after a kill continues at the first point not stored.
 */
public final class SweepRunner {

    /** Told after every stored batch; a test may throw from it to simulate a kill. */
    @FunctionalInterface
    public interface Progress {
        void stored(long done, long total, long failed);

        Progress NONE = (d, t, f) -> { };
    }

    /** Run options: worker threads, points per batch, Parquet export at the end. */
    public record Options(int threads, int batch, boolean parquet, Progress progress) {
        public Options {
            if (threads < 1 || batch < 1) {
                throw new IllegalArgumentException("threads and batch must be positive");
            }
        }

        public static Options of(int threads) {
            return new Options(threads, Math.max(64, 32 * threads), false, Progress.NONE);
        }

        public Options withParquet(boolean p) {
            return new Options(threads, batch, p, progress);
        }

        public Options withProgress(Progress p) {
            return new Options(threads, batch, parquet, p);
        }

        public Options withBatch(int b) {
            return new Options(threads, b, parquet, progress);
        }
    }

    /** What a run did: points planned, already stored when it started, stored now, failed in this run. */
    public record Summary(Path database, long points, long resumedFrom, long evaluated, long failed, boolean complete) {
    }

    private SweepRunner() {
    }

    public static Summary run(SweepPlan plan, Path dir, Options options) {
        PointEvaluator evaluator = new PointEvaluator(plan);
        long failed = 0;
        long start;
        try (SweepStore store = SweepStore.open(dir, plan, evaluator.headlines())) {
            start = store.done();
            ForkJoinPool pool = new ForkJoinPool(options.threads());
            try {
                for (long from = start; from < plan.size(); from += options.batch()) {
                    long first = from;
                    int n = (int) Math.min(options.batch(), plan.size() - from);
                    PointResult[] results = new PointResult[n];
                    pool.submit(() -> IntStream.range(0, n).parallel()
                            .forEach(i -> results[i] = evaluator.evaluate(first + i))).get();
                    store.append(Arrays.asList(results));
                    failed += Arrays.stream(results).filter(r -> !r.ok()).count();
                    options.progress().stored(store.done(), plan.size(), failed);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("sweep interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
            store.complete(options.parquet());
            return new Summary(dir.resolve(SweepStore.FILE), plan.size(), start, plan.size() - start, failed, true);
        }
    }

    /** Every point evaluated in id order without storing (for callers that consume results themselves; holds them all). */
    public static List<PointResult> evaluateAll(SweepPlan plan) {
        PointEvaluator e = new PointEvaluator(plan);
        List<PointResult> out = new ArrayList<>();
        for (long i = 0; i < plan.size(); i++) {
            out.add(e.evaluate(i));
        }
        return out;
    }
}
