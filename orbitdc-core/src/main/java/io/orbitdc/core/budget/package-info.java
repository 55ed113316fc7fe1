/**
 * Up-front work estimates for the heavy verbs ({@code geometry}, {@code simulate}): satellites ×
 * steps × stations, the neighbour graph's expected edges from the shells' densities, CPU time and
 * memory, and a refusal naming the knob to turn when the estimate is beyond the machine
 * ({@link io.orbitdc.core.budget.WorkLimits}). Plain numbers in, no scenario: the study maps a
 * scenario onto {@link io.orbitdc.core.budget.WorkRequest}, and every front end (CLI, server, Spark)
 * asks the same estimate. Model and calibration: docs/models/work-estimate.md.
 */
package io.orbitdc.core.budget;
