/**
 * The scenario file format (v1): loading YAML with source locations, binding every field to SI
 * values with its default, bounds and unit, and reporting every problem at once as
 * FILE:LINE:COL field: message ({@link io.orbitdc.core.scenario.ScenarioException}). The field
 * definitions are in {@code scenario.schema}; docs/scenario-format.md is the user's page.
 *
 * <p>The binders build the engines' own input records directly (one record per concept, living
 * with its engine): the sizing models' {@code SolarArraySpec}, {@code PowerSystem},
 * {@code BatterySpec}, {@code RadiatorSpec} and {@code FleetTarget}, and the typed
 * {@link io.orbitdc.core.workload.Workload}s. Model choices are bound to enums at bind time
 * (radiator orientation, power regulation, constellation type, Walker pattern, workload kind),
 * the schema's words derived from the same enums, so an unknown word is a located error and no
 * stage maps strings with a fallback arm.
 */
package io.orbitdc.core.scenario;
