package io.orbitdc.core.verdict;

import io.orbitdc.core.study.Study;

/**
 * Where the verdict's sample comes from: its own Latin hypercube over the cost inputs
 * ({@link CostInputSampler}), or an existing sweep's results. The seam at which a sweep engine
 * plugs in.
 */
@FunctionalInterface
public interface SampleSource {
    Sample sample(Study study);

    /** The bounds every sampler shares: at least 16 draws (a P10 needs a few below it), at least one thread. */
    static void checkSize(int draws, int threads) {
        if (draws < 16) {
            throw new IllegalArgumentException("draws " + draws + ": expected at least 16");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + ": expected at least 1");
        }
    }
}
