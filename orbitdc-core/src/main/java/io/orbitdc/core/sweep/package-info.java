/**
 * Sweeps: one base scenario evaluated over a grid, lists and random designs of its inputs, every
 * point through the {@link io.orbitdc.core.study.Study} API with {@link io.orbitdc.core.scenario.Overrides}.
 * {@link io.orbitdc.core.sweep.SweepFileReader} reads the sweep file (located errors),
 * {@link io.orbitdc.core.sweep.SweepPlan} numbers the points (stable ids, per-point seeds),
 * {@link io.orbitdc.core.sweep.PointEvaluator} runs one point, {@link io.orbitdc.core.sweep.SweepRunner}
 * runs them all on a thread pool into a resumable {@link io.orbitdc.core.sweep.SweepStore} (DuckDB),
 * with progress after every stored batch and, for a caller that cancels (the server), a stop between points.
 */
package io.orbitdc.core.sweep;
