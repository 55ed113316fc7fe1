/**
 * Scheduler policies of the digital twin: each step a {@link io.orbitdc.core.twin.schedule.SchedulerPolicy}
 * sets a satellite's compute duty from an immutable {@link io.orbitdc.core.twin.schedule.SatelliteView}.
 * Three ship ({@code greedy}, {@code power-aware}, {@code thermal-aware}); more are added by a jar
 * on the classpath through {@link java.util.ServiceLoader}. Equations, determinism rules and how
 * to write a policy: docs/models/twin-scheduler.md.
 */
package io.orbitdc.core.twin.schedule;
