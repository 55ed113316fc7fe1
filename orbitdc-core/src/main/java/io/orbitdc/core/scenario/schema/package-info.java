/**
 * The single source of the scenario fields: names, types, units, defaults, bounds and descriptions
 * ({@link io.orbitdc.core.scenario.schema.ScenarioSchema}), from which the binder checks input, the
 * {@code scenario --defaults} document and the exported JSON Schema are all derived, with
 * "did you mean" suggestions for misspelt keys.
 */
package io.orbitdc.core.scenario.schema;
