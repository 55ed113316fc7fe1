package io.orbitdc.cli;

import io.orbitdc.core.study.Progress;
import io.orbitdc.core.twin.SatelliteSample;
import io.orbitdc.core.twin.StepRecorder;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Shows a long verb's progress on stderr, phase by phase (prepare, twin, service stage, writing,
 * ...), whatever stdout is. A daemon ticker draws it, so a phase that reports nothing still shows
 * (with its elapsed time). During the twin the recorded samples give the fraction done, and a
 * time left once more than {@value #ETA_AFTER_PERCENT} % is done (before that, an estimate is noise).
 *
 * <p>Two styles: a bar redrawn in place twice a second (a terminal), or plain lines — one when a
 * phase starts (with {@code --progress always}) and one at least every {@value #LINE_EVERY_S} s —
 * for logs and CI. Thread-safe: samples arrive from every worker thread.
 */
final class ProgressMeter implements StepRecorder, Progress, AutoCloseable {

    /** Percent done before a time left is shown. */
    static final int ETA_AFTER_PERCENT = 2;
    /** Seconds between plain lines. */
    static final int LINE_EVERY_S = 10;
    private static final long BAR_EVERY_MS = 500;
    private static final int WIDTH = 78;

    /** How the meter draws. */
    enum Style { NONE, BAR, LINES, LINES_AT_PHASES }

    private final PrintWriter err;
    private final String verb;
    private final Style style;
    private final long startNs = System.nanoTime();
    private final AtomicLong samples = new AtomicLong();
    private final AtomicReference<Phase> phase = new AtomicReference<>();
    private final ScheduledExecutorService ticker;
    private volatile long expected = 0;
    private volatile double durationS;

    private record Phase(String name, long startNs) {
    }

    ProgressMeter(PrintWriter err, String verb, Style style) {
        this.err = err;
        this.verb = verb;
        this.style = style;
        if (style == Style.NONE) {
            this.ticker = null;
            return;
        }
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orbitdc-progress");
            t.setDaemon(true);
            return t;
        });
        long every = style == Style.BAR ? BAR_EVERY_MS : LINE_EVERY_S * 1000L;
        ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Sizes the twin phase: {@code satellites} × recordings per satellite samples are expected.
     *
     * @param steps      steps per satellite
     * @param everySteps recording interval, steps
     * @param durationS  simulated span, s
     */
    void expectTwin(int satellites, int steps, int everySteps, double durationS) {
        // the twin records after every everySteps-th step and after the last one
        long perSatellite = steps / everySteps + (steps % everySteps == 0 ? 0 : 1);
        this.expected = Math.max(1, perSatellite * satellites);
        this.durationS = durationS;
    }

    /** A twin phase a Study call plans on its own (orbitdc report): sized like {@link #expectTwin}. */
    @Override
    public void twinPlanned(int satellites, int steps, int everySteps, double durationS) {
        expectTwin(satellites, steps, everySteps, durationS);
    }

    @Override
    public void phase(String name) {
        phase.set(new Phase(name, System.nanoTime()));
        if (style == Style.BAR || style == Style.LINES_AT_PHASES) {
            tick();
        }
    }

    @Override
    public void record(SatelliteSample sample) {
        samples.incrementAndGet();
    }

    /** Stops drawing and clears the bar (idempotent). */
    @Override
    public void close() {
        if (ticker == null || ticker.isShutdown()) {
            return;
        }
        ticker.shutdownNow();
        try {
            // a tick already drawing finishes before the bar is cleared
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (style == Style.BAR) {
            synchronized (err) {
                err.print("\r" + " ".repeat(WIDTH) + "\r");
                err.flush();
            }
        }
    }

    private void tick() {
        Phase p = phase.get();
        if (style == Style.NONE) {
            return;
        }
        if (p == null) {
            return;
        }
        long now = System.nanoTime();
        boolean twin = p.name().equals("twin") && expected > 0;
        String text = line(verb, p.name(), twin ? samples.get() / (double) expected : Double.NaN,
                (now - p.startNs()) / 1e9, (now - startNs) / 1e9, durationS);
        synchronized (err) {
            if (style == Style.BAR) {
                String shown = text.length() > WIDTH ? text.substring(0, WIDTH) : text;
                err.print("\r" + shown + " ".repeat(WIDTH - shown.length()));
            } else {
                err.println("orbitdc: " + text);
            }
            err.flush();
        }
    }

    /**
     * One progress line: the phase, its elapsed time, and for a metered phase the fraction done
     * and, past {@value #ETA_AFTER_PERCENT} %, the time left at the rate so far.
     *
     * @param fraction  fraction of the phase done, NaN when the phase is not metered
     * @param phaseS    seconds since the phase started
     * @param totalS    seconds since the verb started
     * @param durationS simulated span, s (twin only)
     */
    static String line(String verb, String phase, double fraction, double phaseS, double totalS, double durationS) {
        StringBuilder b = new StringBuilder(verb).append(": ").append(phase);
        if (!Double.isNaN(fraction)) {
            double f = Math.min(1.0, Math.max(0.0, fraction));
            b.append(String.format(Locale.ROOT, " %3.0f %% (simulated %.1f of %.1f d)", 100 * f,
                    f * durationS / 86400, durationS / 86400));
            if (100 * f > ETA_AFTER_PERCENT) {
                b.append(", about ").append(duration(phaseS * (1 - f) / f)).append(" left");
            }
        }
        b.append(", ").append(duration(totalS)).append(" elapsed");
        return b.toString();
    }

    /** Seconds as "42 s", "3 min 05 s", "2 h 07 min". */
    static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
