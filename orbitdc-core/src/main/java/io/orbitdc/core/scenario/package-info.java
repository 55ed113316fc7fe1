/**
 * The scenario file format (v1): loading YAML with source locations, binding every field to SI
 * values with its default, bounds and unit, and reporting every problem at once as
 * FILE:LINE:COL field: message ({@link io.orbitdc.core.scenario.ScenarioException}). The field
 * definitions are in {@code scenario.schema}; docs/scenario-format.md is the user's page.
 */
package io.orbitdc.core.scenario;
