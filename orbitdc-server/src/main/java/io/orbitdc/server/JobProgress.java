package io.orbitdc.server;

import io.orbitdc.core.study.Progress;
import io.orbitdc.core.twin.SatelliteSample;
import io.orbitdc.core.twin.StepRecorder;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one running job reports: the phase the {@code Study} call is in and, while the twin flies,
 * the fraction of its samples recorded (as the command line's progress meter counts them); a sweep
 * job reports its points stored, of all, and how many of them failed. It is
 * also where cancellation takes effect: once cancelled, the next phase change or sample throws
 * {@link Cancelled}, which unwinds the study call. Thread-safe: samples arrive from every worker.
 */
final class JobProgress implements StepRecorder, Progress {

    /** Thrown inside a study call to stop a cancelled job. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final AtomicLong samples = new AtomicLong();
    private volatile long pointsDone;
    private volatile long pointsTotal;
    private volatile long pointsFailed;
    private volatile long expected;
    private volatile String phase = "queued";
    private volatile boolean cancelled;

    /**
     * Sizes the twin phase: one sample per satellite after every {@code everySteps}-th step and
     * after the last one.
     */
    void expectTwin(int satellites, int steps, int everySteps) {
        long perSatellite = steps / everySteps + (steps % everySteps == 0 ? 0 : 1);
        expected = Math.max(1, perSatellite * satellites);
    }

    @Override
    public void phase(String name) {
        checkCancelled();
        phase = name;
    }

    @Override
    public void record(SatelliteSample sample) {
        checkCancelled();
        samples.incrementAndGet();
    }

    /** A sweep's points stored so far, of {@code total}, and how many of them failed (in this run). */
    void points(long done, long total, long failed) {
        pointsTotal = total;
        pointsFailed = failed;
        pointsDone = done;
    }

    /** Whether this job has reported sweep points. */
    boolean hasPoints() {
        return pointsTotal > 0;
    }

    long pointsDone() {
        return pointsDone;
    }

    long pointsTotal() {
        return pointsTotal;
    }

    long pointsFailed() {
        return pointsFailed;
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Throws {@link Cancelled} once the job has been cancelled. */
    void checkCancelled() {
        if (cancelled) {
            throw new Cancelled();
        }
    }

    String phaseName() {
        return phase;
    }

    /** Fraction of the twin flown, or of a sweep's points stored; NaN in an unmetered phase. */
    double fraction() {
        if (phase.equals("sweep") && pointsTotal > 0) {
            return Math.min(1.0, pointsDone / (double) pointsTotal);
        }
        long e = expected;
        if (e <= 0 || !phase.equals("twin")) {
            return Double.NaN;
        }
        return Math.min(1.0, samples.get() / (double) e);
    }
}
