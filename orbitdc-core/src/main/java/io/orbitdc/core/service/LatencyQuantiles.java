package io.orbitdc.core.service;

/**
 * Quantiles of the end-to-end latency of an inference request (queueing + service + light time +
 * contact wait), with what produced them. When the queue is unstable (utilisation ≥ 1 at some
 * time), the quantiles are infinite and {@code stable} is false.
 *
 * @param p50S            median latency (s)
 * @param p99S            99th-percentile latency (s)
 * @param meanS           mean latency (s)
 * @param utilisation     server utilisation (the request-weighted mean over the day for a run)
 * @param waitProbability probability a request queues (request-weighted for a run)
 * @param lightTimeS      round-trip light time included (s)
 * @param stable          whether the queue was stable throughout
 */
public record LatencyQuantiles(double p50S, double p99S, double meanS, double utilisation, double waitProbability,
                               double lightTimeS, boolean stable) {
}
