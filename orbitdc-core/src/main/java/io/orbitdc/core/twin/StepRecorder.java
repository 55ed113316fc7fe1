package io.orbitdc.core.twin;

/**
 * Receives per-satellite samples at the recording interval, e.g. to stream them into a results
 * database as the run goes (so memory does not grow with mission length). Calls for one satellite
 * come in step order from one thread at a time (a run with a training job steps in blocks, and a
 * satellite's next block may run on another worker, after the previous block has completed);
 * calls for different satellites may come from different
 * threads at the same time, so implementations must be thread-safe across satellites. Ordering
 * between satellites is not defined: a writer that needs a fixed order should key rows by
 * (satellite, step).
 */
@FunctionalInterface
public interface StepRecorder {
    /** A recorder that drops every sample. */
    StepRecorder NONE = sample -> { };

    void record(SatelliteSample sample);

    /**
     * A discrete event of satellite {@code satellite} during step {@code step} (ending at
     * {@code timeS}): kinds are {@code accelerator-failure}, {@code host-failure},
     * {@code power-string-failure}, {@code satellite-lost}, {@code tid-failure}, {@code crash},
     * {@code throttle-start} and {@code throttle-end}; {@code detail} says how many or why.
     * Same threading contract as samples; events are sent whatever the recording interval.
     * Ignored by default.
     */
    default void event(int satellite, int step, double timeS, String kind, String detail) {
    }

    /**
     * A recorder that hands each sample to this one, then to {@code next} (e.g. a progress meter
     * and a results database). Thread-safe across satellites if both are.
     */
    default StepRecorder andThen(StepRecorder next) {
        java.util.Objects.requireNonNull(next, "next recorder");
        StepRecorder first = this;
        return new StepRecorder() {
            @Override
            public void record(SatelliteSample sample) {
                first.record(sample);
                next.record(sample);
            }

            @Override
            public void event(int satellite, int step, double timeS, String kind, String detail) {
                first.event(satellite, step, timeS, kind, detail);
                next.event(satellite, step, timeS, kind, detail);
            }
        };
    }
}
