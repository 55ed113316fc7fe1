package io.orbitdc.core.geometry.scan;

import io.orbitdc.core.geometry.SaaRegion;
import io.orbitdc.core.orbit.Earth;

/**
 * The SAA boundary function of a satellite from its Earth-fixed position: the region's signed
 * {@link SaaRegion#inside} at the geodetic latitude, longitude and height. North of 20 deg geocentric latitude no boundary can be within a step (the widest
 * region, scale 1.4, reaches 31 deg north of its −25 deg centre, i.e. +6 deg), so callers skip
 * the rotation and the trigonometry there and use −1 (outside).
 */
final class SaaBoundary {

    private static final double EARTH_RADIUS_M = Earth.ELLIPSOID_EQUATORIAL_RADIUS_M;
    private static final double FLATTENING = Earth.ELLIPSOID_FLATTENING;
    /** First eccentricity squared of the WGS-84 ellipsoid. */
    private static final double E2 = Earth.ELLIPSOID_ECCENTRICITY_SQUARED;
    /** Geocentric latitude above which no SAA boundary can be within one step (sin 20 deg). */
    private static final double SKIP_SIN_LAT = Math.sin(Math.toRadians(20));

    private SaaBoundary() {
    }

    /**
     * Largest geocentric angle from the region's centre to any point of it, at any altitude, deg
     * (plus 1 deg for geodetic vs geocentric latitude): inside the ellipse |Δlat| + |Δlon| ≤
     * √(A² + B²) (Cauchy–Schwarz), and the great-circle arc is at most |Δlat| + |Δlon|. The fleet
     * scan skips the function beyond this plus one step's motion.
     */
    static double reachDeg(SaaRegion saa) {
        double s = SaaRegion.scale(Double.MAX_VALUE);
        return Math.hypot(saa.semiLatDeg500() * s, saa.semiLonDeg500() * s) + 1.0;
    }

    /** Whether a satellite at inertial height z, radius r, may be near the SAA (else its value is −1). */
    static boolean near(double z, double r) {
        return z / r <= SKIP_SIN_LAT;
    }

    /**
     * The boundary function (positive inside) for an Earth-fixed position {@code fixed[0..2]},
     * |r| = r, m, at the geodetic latitude and height above the WGS-84 ellipsoid, as the Orekit
     * engine's detector evaluates it. Latitude from one step of the usual fixed-point formula
     * tan φ = z / (p (1 − e² N/(N + h))) with N and h taken at the geocentric latitude: in LEO
     * within 1e-6 deg of the exact value, while geocentric latitude and height above the
     * equatorial radius would move the boundary by up to 0.2 deg and 20 km of height (tens of
     * seconds of pass time, since the region grows with height).
     */
    static double value(SaaRegion saa, double[] fixed, double r) {
        return value(saa, fixed[0], fixed[1], fixed[2], r);
    }

    /** As {@link #value(SaaRegion, double[], double)} for Earth-fixed (fx, fy, fz). */
    static double value(SaaRegion saa, double fx, double fy, double fz, double r) {
        double sin2 = fz * fz / (r * r);
        double height = r - EARTH_RADIUS_M * (1 - FLATTENING * sin2);
        double n = EARTH_RADIUS_M / Math.sqrt(1 - E2 * sin2);
        double p = Math.sqrt(fx * fx + fy * fy);
        double latitude = Math.atan2(fz, p * (1 - E2 * n / (n + height)));
        return saa.inside(Math.toDegrees(latitude), Math.toDegrees(Math.atan2(fy, fx)), height);
    }
}
