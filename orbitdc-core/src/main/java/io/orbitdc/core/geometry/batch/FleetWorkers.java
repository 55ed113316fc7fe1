package io.orbitdc.core.geometry.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed set of worker threads that run a loop split into fixed-size blocks.
 *
 * <p>The split into blocks depends only on the loop length and the block size, never on the
 * number of threads, and every block writes only its own outputs; so a computation gives
 * bit-identical results with 1 or N threads. Threads are daemons; {@link #close()} releases them.
 */
public final class FleetWorkers implements AutoCloseable {

    /** Body of a loop block [from, to). */
    @FunctionalInterface
    public interface Block {
        /**
         * @param blockIndex index of the block, 0-based
         * @param from first loop index (inclusive)
         * @param to last loop index (exclusive)
         */
        void run(int blockIndex, int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    /**
     * @param threads number of threads, at least 1 (1 runs everything in the caller's thread)
     */
    public FleetWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be >= 1, found " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "orbitdc-fleet-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** @return workers that run everything in the calling thread */
    public static FleetWorkers sequential() {
        return new FleetWorkers(1);
    }

    /** @return number of threads (including the caller) */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code block} over [0, n) in blocks of {@code blockSize}; returns when all are done.
     *
     * @param n loop length
     * @param blockSize block length, positive
     * @param block the loop body
     * @return number of blocks
     */
    public int forEachBlock(int n, int blockSize, Block block) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be >= 1, found " + blockSize);
        }
        int blocks = (n + blockSize - 1) / blockSize;
        if (pool == null || blocks <= 1) {
            for (int b = 0; b < blocks; b++) {
                block.run(b, b * blockSize, Math.min(n, (b + 1) * blockSize));
            }
            return blocks;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable runner = () -> {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                block.run(b, b * blockSize, Math.min(n, (b + 1) * blockSize));
            }
        };
        int helpers = Math.min(threads - 1, blocks - 1);
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            futures.add(pool.submit(runner));
        }
        RuntimeException first = null;
        try {
            runner.run();
        } catch (RuntimeException ex) {
            first = ex;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for fleet workers", ex);
            } catch (ExecutionException ex) {
                if (first == null) {
                    first = ex.getCause() instanceof RuntimeException re ? re
                            : new IllegalStateException("fleet worker failed", ex.getCause());
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return blocks;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
