package io.orbitdc.examples;

import io.orbitdc.core.twin.schedule.SatelliteView;
import io.orbitdc.core.twin.schedule.SchedulerPolicy;

/**
 * A scheduler policy written outside orbitdc-core: run flat out while the battery holds more than
 * {@link #FLOOR} of its charge; below it, run only what the array feeds after the bus, so that the
 * battery is never drawn under the floor for compute. It is found through
 * {@code META-INF/services/io.orbitdc.core.twin.schedule.SchedulerPolicy} and picked by a scenario
 * with {@code scheduler: battery-floor}.
 *
 * <p>Like every policy it is a pure function of the view (no state, no randomness), so runs stay
 * reproducible on any thread count (docs/models/twin-scheduler.md).
 */
public final class BatteryFloorPolicy implements SchedulerPolicy {

    /** State of charge below which compute runs on array power only. */
    public static final double FLOOR = 0.8;

    @Override
    public String name() {
        return "battery-floor";
    }

    @Override
    public double duty(SatelliteView v) {
        if (v.soc() > FLOOR) {
            return v.throttleDuty();
        }
        double idleW = v.computePowerW(0.0);
        double swingW = v.computePowerW(1.0) - idleW;
        if (swingW <= 0.0) {
            return v.throttleDuty();
        }
        double spareW = v.arrayAtBusW() - v.housekeepingW() - idleW;
        return Math.max(0.0, Math.min(v.throttleDuty(), spareW / swingW));
    }
}
