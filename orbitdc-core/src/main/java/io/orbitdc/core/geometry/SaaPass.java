package io.orbitdc.core.geometry;

import java.time.Duration;
import java.time.Instant;

/** One passage of a satellite through the {@link SaaRegion}, UTC; {@code truncated} if cut by the window. */
public record SaaPass(String satelliteId, Instant start, Instant end, boolean truncated) {

    public double durationS() {
        return Duration.between(start, end).toNanos() * 1e-9;
    }
}
