package io.orbitdc.core.twin.schedule;

/**
 * Decides, each step, what fraction of a satellite's working accelerators' compute to run.
 * The twin calls {@link #duty} once per satellite per step with an immutable
 * {@link SatelliteView} and clamps the answer to [0, view.throttleDuty()]: the hardware thermal
 * throttle can never be overridden, and a policy can only ask for less. Power is then drawn as
 * {@code units·P·(idle + (1 − idle)·duty)}, and anything the bus cannot supply is still shed
 * (compute first, then thermal control, then the bus).
 *
 * <p>Implementations are found by {@link SchedulerPolicies} through {@link java.util.ServiceLoader}:
 * a public class with a public no-argument constructor, listed in
 * {@code META-INF/services/io.orbitdc.core.twin.schedule.SchedulerPolicy}, and a unique
 * {@link #name}. Rules that keep runs reproducible (same scenario and seed, byte-identical
 * results on any thread count): {@link #duty} is a pure function of the view — no randomness of
 * its own, no fields written after construction, no static or shared mutable state, no clock or
 * I/O. One instance serves every satellite from several threads at once. A policy that needs
 * memory keeps it in the view (previous duty, temperatures), not in itself. See
 * docs/models/twin-scheduler.md.
 */
public interface SchedulerPolicy {
    /** Name a scenario uses to pick this policy: lower-case words joined by '-', unique on the classpath. */
    String name();

    /**
     * Duty for the step described by {@code view}, in [0, 1] (values above the throttle's duty are
     * cut to it; NaN is an error).
     */
    double duty(SatelliteView view);

    /**
     * Whether {@link #duty} is always the view's throttle duty (the policy runs everything the
     * throttle allows and reads nothing else): the twin then takes that duty without building a
     * view each step. False unless a policy declares it; declaring it wrongly changes results.
     */
    default boolean followsThrottle() {
        return false;
    }
}
