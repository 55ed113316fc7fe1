package io.orbitdc.core.report.db;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A discrete event of a run, one row of the {@code events} table: something that happened to a
 * satellite (or to the whole fleet) at a step, e.g. an accelerator failure or a throttling onset.
 * The table is generic; {@code kind} names what happened and {@code detail} carries free text.
 *
 * @param satellite satellite index, or empty for a fleet-wide event
 * @param step      step index (≥ 0)
 * @param timeS     end of the step from mission start, s
 * @param kind      short machine-readable name, e.g. "accelerator-failure" (not blank)
 * @param detail    free text, may be empty
 */
public record RunEvent(OptionalInt satellite, int step, double timeS, String kind, String detail) {

    public RunEvent {
        Objects.requireNonNull(satellite, "satellite");
        Objects.requireNonNull(detail, "detail");
        if (satellite.isPresent() && satellite.getAsInt() < 0) {
            throw new IllegalArgumentException("event satellite: found " + satellite.getAsInt() + "; expected ≥ 0");
        }
        if (step < 0) {
            throw new IllegalArgumentException("event step: found " + step + "; expected ≥ 0");
        }
        if (!Double.isFinite(timeS)) {
            throw new IllegalArgumentException("event time: found " + timeS + " s; expected a finite value");
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("event kind: found " + kind + "; expected a non-blank name");
        }
    }

    /** An event of one satellite. */
    public static RunEvent of(int satellite, int step, double timeS, String kind, String detail) {
        return new RunEvent(OptionalInt.of(satellite), step, timeS, kind, detail);
    }

    /** An event of the whole fleet. */
    public static RunEvent fleet(int step, double timeS, String kind, String detail) {
        return new RunEvent(OptionalInt.empty(), step, timeS, kind, detail);
    }
}
