package io.orbitdc.core.twin.schedule;

/**
 * Runs everything the thermal throttle allows: full duty, or the throttled duty while the die is
 * above its limit. This is the twin's behaviour before schedulers existed, kept bit for bit
 * (docs/models/twin-scheduler.md); power shortfalls are left to load shedding.
 */
public final class GreedyPolicy implements SchedulerPolicy {
    public static final String NAME = "greedy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double duty(SatelliteView view) {
        return view.throttleDuty();
    }

    @Override
    public boolean followsThrottle() {
        return true;
    }

    /** Stateless: every instance is the same policy. */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return NAME.hashCode();
    }
}
