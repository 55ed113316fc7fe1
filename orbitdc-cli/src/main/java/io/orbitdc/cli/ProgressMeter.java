package io.orbitdc.cli;

import io.orbitdc.core.twin.SatelliteSample;
import io.orbitdc.core.twin.StepRecorder;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the twin's recorded samples and redraws one progress line on a terminal — fleet-average
 * simulated time, percent done and time left — at most twice a second. Thread-safe: samples
 * arrive from every worker thread; the count is atomic and one thread at a time draws.
 */
final class ProgressMeter implements StepRecorder {

    private static final long REDRAW_NS = 500_000_000L;

    private final PrintWriter err;
    private final long expected;
    private final double durationS;
    private final long startNs = System.nanoTime();
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong nextDrawNs = new AtomicLong(startNs + REDRAW_NS);

    /**
     * @param err        where to draw (a terminal)
     * @param satellites satellites flown
     * @param steps      steps per satellite
     * @param everySteps recording interval, steps
     * @param durationS  simulated span, s
     */
    ProgressMeter(PrintWriter err, int satellites, int steps, int everySteps, double durationS) {
        this.err = err;
        // the twin records after every everySteps-th step and after the last one
        long perSatellite = steps / everySteps + (steps % everySteps == 0 ? 0 : 1);
        this.expected = Math.max(1, perSatellite * satellites);
        this.durationS = durationS;
    }

    @Override
    public void record(SatelliteSample sample) {
        long done = samples.incrementAndGet();
        long now = System.nanoTime();
        long next = nextDrawNs.get();
        if (now >= next && nextDrawNs.compareAndSet(next, now + REDRAW_NS)) {
            draw(done, now);
        }
    }

    /** Clears the line once the run is over. */
    void finish() {
        synchronized (err) {
            err.print("\r" + " ".repeat(78) + "\r");
            err.flush();
        }
    }

    private void draw(long done, long now) {
        double fraction = Math.min(1.0, done / (double) expected);
        double elapsedS = (now - startNs) / 1e9;
        String eta = fraction > 0 ? String.format(Locale.ROOT, "%.0f s left", elapsedS * (1 - fraction) / fraction) : "";
        String text = String.format(Locale.ROOT, "simulated %.1f of %.1f d (fleet average)  %3.0f%%  %s",
                fraction * durationS / 86400, durationS / 86400, 100 * fraction, eta);
        synchronized (err) {
            err.print("\r" + text + " ".repeat(Math.max(0, 78 - text.length())));
            err.flush();
        }
    }
}
