package io.orbitdc.core.study;

import io.orbitdc.core.twin.StepRecorder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@link Study#htmlReport(HtmlReportOptions)} gathers what the page shows.
 *
 * @param from      a results directory to show: the {@code --out DIR} of {@code orbitdc simulate}
 *                  (its {@code results.duckdb}: the twin's series and summary, no twin is flown) and/or of
 *                  {@code orbitdc sweep} (its {@code sweep.duckdb}: the heat map, the ratio's CDF and bands)
 * @param twin      whether to fly the twin when {@code from} has no results database
 * @param threads   worker threads for the twin, ≥ 1 (the answer does not depend on them)
 * @param orbitdcVersion the version recorded in the twin's temporary results database
 * @param progress  receives the twin's sampled states (a progress meter); {@link StepRecorder#NONE} for none
 * @param phases    told when the report moves to its next phase
 */
public record HtmlReportOptions(Optional<Path> from, Twin twin, int threads, String orbitdcVersion,
                                StepRecorder progress, Progress phases) {

    /**
     * Largest fleet × steps the report flies by default ({@link Twin#AUTO}): the shipped
     * suncatcher-like day (81 satellites × 2,880 steps = 233,280) flies in seconds; a year of it
     * (28 M) takes minutes and is what {@code orbitdc simulate --out} then {@code --from} is for.
     */
    public static final long AUTO_TWIN_SATELLITE_STEPS = 250_000;

    /** When the report flies the digital twin itself. */
    public enum Twin {
        /** When the run is at most {@link #AUTO_TWIN_SATELLITE_STEPS} satellite-steps. */
        AUTO,
        /** Always (the scenario's whole duration, however long). */
        ALWAYS,
        /** Never: the page shows no twin unless {@code from} holds a results database. */
        NEVER
    }

    public HtmlReportOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: found " + threads + "; expected ≥ 1");
        }
        if (from == null || twin == null || orbitdcVersion == null || progress == null || phases == null) {
            throw new IllegalArgumentException("from, twin, version, progress and phases must be given");
        }
    }

    /** The defaults: no results directory, {@link Twin#AUTO}, {@code threads} workers, no progress. */
    public static HtmlReportOptions of(int threads) {
        return new HtmlReportOptions(Optional.empty(), Twin.AUTO, threads, "unknown", StepRecorder.NONE, Progress.NONE);
    }

    public HtmlReportOptions from(Path dir) {
        return new HtmlReportOptions(Optional.of(dir), twin, threads, orbitdcVersion, progress, phases);
    }

    public HtmlReportOptions twin(Twin choice) {
        return new HtmlReportOptions(from, choice, threads, orbitdcVersion, progress, phases);
    }

    public HtmlReportOptions version(String version) {
        return new HtmlReportOptions(from, twin, threads, version, progress, phases);
    }

    public HtmlReportOptions reportingTo(StepRecorder samples, Progress listener) {
        return new HtmlReportOptions(from, twin, threads, orbitdcVersion, samples, listener);
    }
}
