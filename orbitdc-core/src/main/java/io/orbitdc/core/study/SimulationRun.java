package io.orbitdc.core.study;

/**
 * The answer of {@link Study#simulate(SimulateOptions)}: the twin's report (where the nameplate
 * compute went, energy, heat, radiation, failures, training) and the service stage's report over
 * the same fleet and span (downlink, inference latency, Earth observation, link capacity).
 */
public record SimulationRun(SimulateStage.SimulationReport twin, ServiceReport service) {
}
