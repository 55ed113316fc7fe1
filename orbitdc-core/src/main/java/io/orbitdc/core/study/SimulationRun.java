package io.orbitdc.core.study;

import io.orbitdc.core.report.ServiceReport;
import io.orbitdc.core.report.SimulationReport;
/**
 * The answer of {@link Study#simulate(SimulateOptions)}: the twin's report (where the nameplate
 * compute went, energy, heat, radiation, failures, training) and the service stage's report over
 * the same fleet and span (downlink, inference latency, Earth observation, link capacity).
 */
public record SimulationRun(SimulationReport twin, ServiceReport service) {
}
