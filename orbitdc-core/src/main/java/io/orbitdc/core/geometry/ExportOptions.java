package io.orbitdc.core.geometry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link GeometryOutputs} writes the detailed outputs of a geometry run.
 *
 * @param czmlStepS    CZML sample step, s (&gt; 0); Cesium interpolates between samples
 * @param oem          whether one CCSDS OEM per satellite is written
 * @param oemStepS     OEM sample step, s (&gt; 0)
 * @param oemVersion   CCSDS OEM format version: 1, 2 (no accelerations) or 3 (with accelerations)
 * @param creationDate the OEMs' CREATION_DATE: the real time of writing, or a pinned instant for
 *                     byte-identical reruns (SOURCE_DATE_EPOCH, {@code --creation-date})
 */
public record ExportOptions(double czmlStepS, boolean oem, double oemStepS, int oemVersion, Instant creationDate) {

    public ExportOptions {
        if (!(czmlStepS > 0) || !Double.isFinite(czmlStepS)) {
            throw new IllegalArgumentException("CZML step: found " + czmlStepS + " s; expected a finite value > 0");
        }
        if (!(oemStepS > 0) || !Double.isFinite(oemStepS)) {
            throw new IllegalArgumentException("OEM step: found " + oemStepS + " s; expected a finite value > 0");
        }
        if (oemVersion < 1 || oemVersion > 3) {
            throw new IllegalArgumentException("OEM version: found " + oemVersion + "; expected 1, 2 or 3");
        }
        Objects.requireNonNull(creationDate, "creation date");
    }

    /** Default steps, OEM version 3, no OEM files, created now. */
    public static ExportOptions defaults() {
        return new ExportOptions(CzmlExport.DEFAULT_STEP_S, false, OemExport.DEFAULT_STEP_S, 3, Instant.now());
    }

    /**
     * The CREATION_DATE to write: {@code given} (ISO-8601 UTC) if present, else
     * {@code sourceDateEpoch} (seconds since 1970, the reproducible-builds convention,
     * https://reproducible-builds.org/specs/source-date-epoch/) if present, else {@code now}.
     *
     * @throws IllegalArgumentException naming the source when a value does not parse
     */
    public static Instant creationDate(Optional<String> given, Optional<String> sourceDateEpoch, Instant now) {
        if (given.isPresent()) {
            try {
                return Instant.parse(given.get().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--creation-date '" + given.get()
                        + "': expected an ISO-8601 UTC instant such as 2026-01-01T00:00:00Z");
            }
        }
        if (sourceDateEpoch.isPresent() && !sourceDateEpoch.get().isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.get().strip()));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH '" + sourceDateEpoch.get()
                        + "': expected whole seconds since 1970-01-01T00:00:00Z");
            }
        }
        return now;
    }

    public ExportOptions withOem(boolean write) {
        return new ExportOptions(czmlStepS, write, oemStepS, oemVersion, creationDate);
    }
}
