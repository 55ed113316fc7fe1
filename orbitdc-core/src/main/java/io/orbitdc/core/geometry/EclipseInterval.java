package io.orbitdc.core.geometry;

import java.time.Duration;
import java.time.Instant;

/**
 * One shadow passage of one satellite. {@link Kind#UMBRA}: the Sun is fully hidden by the Earth;
 * {@link Kind#PENUMBRA}: the Sun is at least partly hidden — a penumbra interval therefore
 * contains the umbra interval of the same passage (conical shadow, WGS-84 Earth, solar radius
 * 696,000 km). Times are UTC instants; an interval cut by the analysis window is marked
 * {@code truncated}.
 */
public record EclipseInterval(String satelliteId, Kind kind, Instant start, Instant end, boolean truncated) {

    /** Shadow type. */
    public enum Kind {
        UMBRA, PENUMBRA
    }

    public EclipseInterval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("eclipse interval ends before it starts: " + start + " .. " + end);
        }
    }

    public double durationS() {
        return Duration.between(start, end).toNanos() * 1e-9;
    }
}
