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
}
