package io.orbitdc.core.verdict;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Evaluates draws 0..n-1 on a pool of a given size. Each draw writes only its own slot, so the
 * answer does not depend on the thread count; a worker's runtime exception reaches the caller as
 * itself (a located bad-input error stays one).
 */
final class ParallelDraws {

    private ParallelDraws() {
    }

    static void forEach(int threads, int draws, IntConsumer draw) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, draws).parallel().forEach(draw)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verdict sample interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
