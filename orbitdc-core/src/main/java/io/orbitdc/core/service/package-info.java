/**
 * Service models for the digital twin: the latency of inference requests served from orbit
 * ({@link io.orbitdc.core.service.InferenceLatency}, an M/M/c queue per satellite plus light time
 * and the wait for a ground contact) and the downlink an Earth-observation workload needs with and
 * without processing in orbit ({@link io.orbitdc.core.service.EarthObservationDownlink}).
 *
 * <p>Pure functions of their inputs, safe to call per step or per run from any thread. Equations
 * and sources: docs/models/inference-latency.md and docs/models/downlink-budget.md.
 */
package io.orbitdc.core.service;
