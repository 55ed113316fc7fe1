/**
 * Launch engine: which vehicles carry a sized fleet to its orbital planes, how many launches, on
 * what calendar and at what price ({@link io.orbitdc.core.launch.LaunchPlanner}), the Monte Carlo of
 * launch failures and slips ({@link io.orbitdc.core.launch.DeploymentSimulation}), and the cost of
 * excluding a provider ({@link io.orbitdc.core.launch.IndependenceCost}). Vehicles come from a
 * sourced catalog with a status per vehicle. Documented in docs/models/launch-planner.md.
 */
package io.orbitdc.core.launch;
