package io.orbitdc.core.geometry;

import io.orbitdc.core.InputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What {@link GeometryEngine} should compute: a fleet over [start, start + duration], the ground
 * stations for contacts, the SAA region, the solar-activity level for drag, the beta-angle sample
 * step and the largest number of satellites whose events are computed one by one with Orekit
 * (bigger fleets are evenly sub-sampled and the report says how many were evaluated).
 */
public record GeometryRequest(Fleet fleet, Instant start, Duration duration, List<GroundStation> stations,
        SaaRegion saa, SolarActivity solarActivity, double betaStepS, int maxEventSatellites) {

    /** Longest span the geometry covers: ten Julian years (the SAA model, solar activity and EOP are not meant for more). */
    public static final Duration MAX_DURATION = Duration.ofSeconds(315_576_000L);

    public GeometryRequest {
        if (fleet == null || start == null || duration == null) {
            throw new IllegalArgumentException("geometry request needs a fleet, a start instant and a duration");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new InputException("analysis duration " + duration + " out of range; expected > 0 and at most 10 yr");
        }
        stations = stations == null ? List.of() : List.copyOf(stations);
        saa = saa == null ? SaaRegion.standard() : saa;
        solarActivity = solarActivity == null ? SolarActivity.MODERATE : solarActivity;
        if (!(betaStepS > 0)) {
            throw new IllegalArgumentException("beta sample step " + betaStepS + " s must be positive");
        }
        if (maxEventSatellites < 1) {
            throw new IllegalArgumentException("maxEventSatellites " + maxEventSatellites + " must be at least 1");
        }
    }

    /** Defaults: moderate activity, standard SAA, beta every hour, events for up to 100 satellites. */
    public static GeometryRequest of(Fleet fleet, Instant start, Duration duration, List<GroundStation> stations) {
        return new GeometryRequest(fleet, start, duration, stations, SaaRegion.standard(), SolarActivity.MODERATE,
                3600.0, 100);
    }

    public Instant end() {
        return start.plus(duration);
    }
}
