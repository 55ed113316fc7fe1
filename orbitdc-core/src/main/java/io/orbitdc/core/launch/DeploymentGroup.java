package io.orbitdc.core.launch;

/**
 * The satellites one launch may serve together: one plane, or a whole shell when drift between
 * planes is allowed. A group that must fly together has to go up on a single launch.
 */
public record DeploymentGroup(String label, TargetOrbit orbit, int satellites, boolean mustFlyTogether) {
}
