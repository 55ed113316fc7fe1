package io.orbitdc.core.scenario;

/** A ground station: geodetic position and elevation mask, from the catalog or written inline. */
public record GroundStation(String id, String name, double latitudeRad, double longitudeRad, double altitudeM,
                            double minElevationRad) {
}
