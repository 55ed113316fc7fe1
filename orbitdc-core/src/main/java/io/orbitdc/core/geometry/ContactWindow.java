package io.orbitdc.core.geometry;

import java.time.Duration;
import java.time.Instant;

/** One pass of a satellite above a station's elevation mask, UTC; {@code truncated} if cut by the analysis window. */
public record ContactWindow(String satelliteId, String stationId, Instant start, Instant end, boolean truncated) {

    public ContactWindow {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("contact window ends before it starts: " + start + " .. " + end);
        }
    }

    public double durationS() {
        return Duration.between(start, end).toNanos() * 1e-9;
    }
}
