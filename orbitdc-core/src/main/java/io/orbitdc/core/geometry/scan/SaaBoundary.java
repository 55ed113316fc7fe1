package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.SaaRegion;
import org.orekit.utils.Constants;

/**
 * The SAA boundary function of a satellite from its Earth-fixed position: the region's signed
 * {@link SaaRegion#inside} at the geocentric latitude, longitude and height over the equatorial
 * radius. North of 20 deg geocentric latitude no boundary can be within a step (the widest
 * region, scale 1.4, reaches 31 deg north of its −25 deg centre, i.e. +6 deg), so callers skip
 * the rotation and the trigonometry there and use −1 (outside).
 */
final class SaaBoundary {

    private static final double EARTH_RADIUS_M = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    /** Geocentric latitude above which no SAA boundary can be within one step (sin 20 deg). */
    private static final double SKIP_SIN_LAT = Math.sin(Math.toRadians(20));

    private SaaBoundary() {
    }

    /** Whether a satellite at inertial height z, radius r, may be near the SAA (else its value is −1). */
    static boolean near(double z, double r) {
        return z / r <= SKIP_SIN_LAT;
    }

    /** The boundary function (positive inside) for an Earth-fixed position {@code fixed[0..2]}, |r| = r, m. */
    static double value(SaaRegion saa, double[] fixed, double r) {
        return saa.inside(Math.toDegrees(Math.asin(fixed[2] / r)), Math.toDegrees(Math.atan2(fixed[1], fixed[0])),
                r - EARTH_RADIUS_M);
    }
}
