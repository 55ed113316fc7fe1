/**
 * The digital twin's time-stepping core: a fleet flown step by step through a precomputed
 * {@link io.orbitdc.core.twin.GeometryTimeline}, with per-satellite power
 * ({@link io.orbitdc.core.twin.PowerChain}: array, battery, load shedding, energy ledger), heat
 * ({@link io.orbitdc.core.twin.ThermalNetwork} with a {@link io.orbitdc.core.twin.ThrottleController}),
 * radiation ({@link io.orbitdc.core.twin.RadiationState}) and hardware failures
 * ({@link io.orbitdc.core.twin.FailureState}), reduced by {@link io.orbitdc.core.twin.TwinEngine}
 * into a {@link io.orbitdc.core.twin.TwinSummary} that says where the nameplate compute went.
 *
 * <p>Physics is reused from {@code io.orbitdc.core.sizing} (array factors, radiator loads, dose
 * model, per-rad event figures) so a twin and a sizing of the same design agree in steady state.
 * Each step a {@link io.orbitdc.core.twin.schedule.SchedulerPolicy} sets the compute duty; a
 * fleet-wide training job ({@link io.orbitdc.core.workload}) is run step-major in blocks by the
 * engine. Equations, assumptions and validation: docs/models/twin-*.md. Links, inference and
 * earth-observation workloads and result storage are not part of this package yet.
 */
package io.orbitdc.core.twin;
