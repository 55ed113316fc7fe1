package io.orbitdc.core.scenario;

/** One orbit and the satellites that fly it. */
public record Shell(OrbitSpec orbit, ConstellationSpec constellation) {
}
