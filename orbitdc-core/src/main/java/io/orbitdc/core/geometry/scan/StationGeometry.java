package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.GroundStation;
import io.orbitdc.core.orbit.Earth;

/**
 * A ground station as the fleet scan needs it: its Earth-fixed position on the WGS-84 ellipsoid,
 * its local vertical (the geodetic normal) and the sine of its elevation mask. The visibility
 * function is sin(elevation) − sin(mask), positive while the satellite is above the mask.
 * ref: nima-tr8350-2 (the ellipsoid of {@link Earth})
 */
record StationGeometry(GroundStation station, double[] positionM, double[] up, double sinMask) {

    private static final double A = Earth.ELLIPSOID_EQUATORIAL_RADIUS_M;

    static StationGeometry of(GroundStation s) {
        double lat = Math.toRadians(s.latitudeDeg());
        double lon = Math.toRadians(s.longitudeDeg());
        double e2 = Earth.ELLIPSOID_ECCENTRICITY_SQUARED;
        double sinLat = Math.sin(lat);
        double cosLat = Math.cos(lat);
        double n = A / Math.sqrt(1 - e2 * sinLat * sinLat);
        double[] p = {(n + s.altitudeM()) * cosLat * Math.cos(lon), (n + s.altitudeM()) * cosLat * Math.sin(lon),
            (n * (1 - e2) + s.altitudeM()) * sinLat};
        double[] up = {cosLat * Math.cos(lon), cosLat * Math.sin(lon), sinLat};
        return new StationGeometry(s, p, up, Math.sin(Math.toRadians(s.minElevationDeg())));
    }
}
