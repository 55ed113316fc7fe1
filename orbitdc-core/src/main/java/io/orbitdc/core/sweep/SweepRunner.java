package io.orbitdc.core.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Runs every point of a plan into a {@link SweepStore}: batches of points in id order, the points of
 * a batch in parallel on {@code threads} workers, each batch stored in one transaction before the
 * next starts. Memory holds one batch, whatever the number of points; output order is the id order
 * whatever the thread count; a rerun after a kill continues at the first point not stored.
 *
 * <p>A caller may ask the run to stop ({@link Options#withStop}): no point starts once it is asked,
 * the points already evaluated in the current batch are stored up to the first one skipped (so the
 * table still holds exactly the points 0 … done−1), and the run returns an incomplete
 * {@link Summary}. Running the same plan into the same directory again continues from there.
 */
public final class SweepRunner {

    /** Told after every stored batch; a test may throw from it to simulate a kill. */
    @FunctionalInterface
    public interface Progress {
        void stored(long done, long total, long failed);

        Progress NONE = (d, t, f) -> { };
    }

    /** Run options: worker threads, points per batch, Parquet export at the end, progress, and when to stop early. */
    public record Options(int threads, int batch, boolean parquet, Progress progress, BooleanSupplier stop) {
        /** Never stops early: the command line's runs. */
        public static final BooleanSupplier NEVER = () -> false;

        public Options {
            if (threads < 1 || batch < 1) {
                throw new IllegalArgumentException("threads and batch must be positive");
            }
        }

        public Options(int threads, int batch, boolean parquet, Progress progress) {
            this(threads, batch, parquet, progress, NEVER);
        }

        public static Options of(int threads) {
            return new Options(threads, Math.max(64, 32 * threads), false, Progress.NONE);
        }

        public Options withParquet(boolean p) {
            return new Options(threads, batch, p, progress, stop);
        }

        public Options withProgress(Progress p) {
            return new Options(threads, batch, parquet, p, stop);
        }

        public Options withBatch(int b) {
            return new Options(threads, b, parquet, progress, stop);
        }

        /** Asked before every point: once it answers true no further point starts (a cancelled server job). */
        public Options withStop(BooleanSupplier s) {
            return new Options(threads, batch, parquet, progress, s);
        }
    }

    /** What a run did: points planned, already stored when it started, stored now, failed in this run. */
    public record Summary(Path database, long points, long resumedFrom, long evaluated, long failed, boolean complete) {

        /**
         * {@code orbitdc sweep --json}'s document: {@code {sweep, database, table, points, resumedFrom,
         * evaluated, failed, complete}}, with the sweep file and the database named as the caller shows them.
         */
        public com.fasterxml.jackson.databind.node.ObjectNode toJson(String sweep, String databaseShown) {
            com.fasterxml.jackson.databind.node.ObjectNode doc = io.orbitdc.core.report.JsonOutput.object();
            doc.put("sweep", sweep);
            doc.put("database", databaseShown);
            doc.put("table", "points");
            doc.put("points", points);
            doc.put("resumedFrom", resumedFrom);
            doc.put("evaluated", evaluated);
            doc.put("failed", failed);
            doc.put("complete", complete);
            return doc;
        }
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
                for (long from = start; from < plan.size() && !options.stop().getAsBoolean(); from += options.batch()) {
                    long first = from;
                    int n = (int) Math.min(options.batch(), plan.size() - from);
                    PointResult[] results = new PointResult[n];
                    pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                        if (!options.stop().getAsBoolean()) {
                            results[i] = evaluator.evaluate(first + i);
                        }
                    })).get();
                    // a stop leaves gaps: keep the points before the first one skipped, so ids stay 0 … done−1
                    int kept = 0;
                    while (kept < n && results[kept] != null) {
                        kept++;
                    }
                    List<PointResult> stored = Arrays.asList(results).subList(0, kept);
                    store.append(stored);
                    failed += stored.stream().filter(r -> !r.ok()).count();
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
            if (store.done() < plan.size()) {
                return new Summary(dir.resolve(SweepStore.FILE), plan.size(), start, store.done() - start, failed, false);
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
