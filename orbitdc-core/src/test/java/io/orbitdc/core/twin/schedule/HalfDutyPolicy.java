package io.orbitdc.core.twin.schedule;

/**
 * A researcher's fourth policy, as docs/models/twin-scheduler.md describes: half of what the
 * throttle allows, and nothing while a checkpoint is written. Registered through
 * src/test/resources/META-INF/services to show the ServiceLoader path works from another jar.
 */
public final class HalfDutyPolicy implements SchedulerPolicy {
    @Override
    public String name() {
        return "half-duty";
    }

    @Override
    public double duty(SatelliteView view) {
        return view.checkpointDue() ? 0.0 : 0.5 * view.throttleDuty();
    }
}
