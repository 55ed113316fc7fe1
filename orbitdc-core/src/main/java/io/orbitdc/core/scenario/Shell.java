package io.orbitdc.core.scenario;

import io.orbitdc.core.orbit.OrbitSpec;

/**
 * One orbit and the satellites that fly it.
 *
 * @param orbit         the shell's orbit (its reference satellite's mean elements)
 * @param propagator    the orbit propagator the scenario asks for, one of {@code ScenarioSchema.PROPAGATORS}
 * @param constellation how the satellites are placed around the orbit
 */
public record Shell(OrbitSpec orbit, String propagator, ConstellationSpec constellation) {
}
